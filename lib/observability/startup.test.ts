/**
 * The start-up check that the build the server runs was mapped to the BASE_PATH it was given: a build
 * started without scripts/start.mjs (still holding the placeholder) or mapped to another path must not
 * serve. The build's path is lib/public-env.ts's, which the build inlines; here it is stubbed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from '@/lib/config';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  resetConfigForTests();
});

async function problemsWith(builtFor: string, basePath: string | undefined): Promise<string[]> {
  vi.stubEnv('NEXT_PUBLIC_BASE_PATH', builtFor);
  vi.stubEnv('BASE_PATH', basePath);
  vi.resetModules();
  const { resetConfigForTests: reset } = await import('@/lib/config');
  reset();
  const { startupProblems } = await import('./startup');
  return startupProblems();
}

describe('startupProblems: the build and BASE_PATH', () => {
  it.each([
    ['', undefined],
    ['', '/'],
    ['/kubesys', '/kubesys'],
    ['/kubesys', '/kubesys/'],
    ['/ops/kube-system', '/ops/kube-system'],
  ])('a build mapped to %j starts with BASE_PATH=%j', async (builtFor, basePath) => {
    expect(await problemsWith(builtFor, basePath)).toEqual([]);
  });

  it('refuses a build mapped to another path, saying how to start it', async () => {
    expect(await problemsWith('/kubesys', '/ops/kube-system')).toEqual([
      'this build serves under "/kubesys" but BASE_PATH is "/ops/kube-system": start it with scripts/start.mjs (npm start), which maps the build to BASE_PATH',
    ]);
  });

  it('refuses the unmapped build (server.js started directly)', async () => {
    const [problem] = await problemsWith('/__KUBESYS_BASE_PATH__', undefined);
    expect(problem).toMatch(/^this build serves under "\/__KUBESYS_BASE_PATH__" but BASE_PATH is "\/": start it with scripts\/start\.mjs/);
  });
});
