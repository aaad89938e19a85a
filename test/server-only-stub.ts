// Lets server-only modules load under vitest, which is not the Next.js bundler.
export {};
