/** Types for scripts/map-build.mjs. */
export declare const RUN_DIR: string;
export interface MappedBuild {
  dir: string;
  server: string;
  files: number;
  mapped: number;
  /** Server chunks written as a `require` of an identical first copy (share-chunks.mjs). */
  sharedChunks: number;
}
export declare function builtBasePath(standaloneDir: string, distDir: string): string;
export declare function mapBuild(options: { standaloneDir: string; distDir: string; basePath: string; owner?: number }): MappedBuild;
export declare function removeStaleRuns(runRoot: string): void;
export declare function mapRoutesManifest(text: string, basePath: string): string;
export declare function replacePlaceholder(content: Buffer, basePath: string, file?: string): Buffer;
export declare function rscTextRows(content: Buffer): [number, number][];
