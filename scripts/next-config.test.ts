/**
 * Nothing for development ships: the production build does not know the `.dev.tsx` page extension,
 * so app/dev/preview (and the sample data only it imports) exists in `next dev` alone. The running
 * production build is checked too: e2e/security-errors.spec.ts asks it for /dev/preview. A build is made
 * for the base-path placeholder whatever BASE_PATH says; `next dev` serves BASE_PATH itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_PATH_PLACEHOLDER } from './base-path.cjs';

const ROOT = path.resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const config = require('../next.config.js') as (phase: string) => { pageExtensions: string[]; basePath: string; env: Record<string, string> };

/** Every file under app/ that Next would treat as a page or route with these extensions. */
function routeFiles(extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name === `page.${ext}` || entry.name === `route.${ext}`)) found.push(path.relative(ROOT, full));
    }
  };
  walk(path.join(ROOT, 'app'));
  return found;
}

describe('next.config.js', () => {
  it.each([PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER])('%s: no page under app/dev/ is a route', (phase) => {
    const routes = routeFiles(config(phase).pageExtensions);
    expect(routes.filter((file) => file.startsWith('app/dev/'))).toEqual([]);
    expect(routes).toContain('app/page.tsx');
  });

  it('next dev serves the preview', () => {
    expect(routeFiles(config(PHASE_DEVELOPMENT_SERVER).pageExtensions)).toContain('app/dev/preview/page.dev.tsx');
  });
});

describe('next.config.js: the base path', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER])('%s: the placeholder, whatever BASE_PATH says (it is read at start)', (phase) => {
    vi.stubEnv('BASE_PATH', '/kubesys');
    expect(config(phase)).toMatchObject({ basePath: BASE_PATH_PLACEHOLDER, env: { NEXT_PUBLIC_BASE_PATH: BASE_PATH_PLACEHOLDER } });
  });

  it('next dev serves BASE_PATH as it is when dev starts, normalised, and refuses a malformed one', () => {
    vi.stubEnv('BASE_PATH', '/ops/kube-system/');
    expect(config(PHASE_DEVELOPMENT_SERVER)).toMatchObject({ basePath: '/ops/kube-system', env: { NEXT_PUBLIC_BASE_PATH: '/ops/kube-system' } });
    vi.stubEnv('BASE_PATH', 'kubesys');
    expect(() => config(PHASE_DEVELOPMENT_SERVER)).toThrow('BASE_PATH "kubesys" must start with "/"');
  });
});
