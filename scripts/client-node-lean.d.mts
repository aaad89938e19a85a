/** Types for scripts/client-node-lean.mjs (the standalone build's lean client-node). */
export declare const LEAN_MODULE: string;
export declare const LEAN_EXPORTS: Record<string, string>;
export declare function importsOnlyLeanNames(source: string): boolean;
export declare function leanClientNode(standaloneDir: string): 'applied' | 'no client-node' | 'imports changed';
