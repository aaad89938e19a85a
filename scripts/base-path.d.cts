/** Types for scripts/base-path.cjs. */
export declare const BASE_PATH_PLACEHOLDER: string;
export declare function parseBasePath(raw: string | undefined): string;
