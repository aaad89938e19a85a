/** Types for scripts/share-chunks.mjs. */
export declare function chunkBody(content: Buffer): string;
export declare function shareDuplicateChunks(serverDir: string): { shared: number; bytes: number };
