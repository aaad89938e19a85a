/** Types for scripts/client-node-lean.mjs (a module hook; these are its testable parts). */
export declare const LEAN_EXPORTS: Record<string, string>;
export declare function importsOnlyLeanNames(source: string): boolean;
