/**
 * The lint boundaries of eslint.config.mjs hold: client code (components, hooks, shared contracts, any
 * 'use client' file) imports no server module, only lib/config.ts and lib/public-env.ts read the
 * environment, and the server's floors import one way (model ← kube, metrics ← server ← app). Lints
 * snippets as if they sat at the given paths, with the project's own config.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'client-boundary/no-server-imports' || m.ruleId === 'no-restricted-properties').map((m) => m.ruleId!);
}

/** The layer-zone problems of a snippet that imports `source`. */
async function zoneProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as m from '${source}';\nexport const used = m;\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

const SERVER_IMPORT = "import { ClusterCache } from '@/lib/kube/cache';\nexport const cache = ClusterCache;\n";

describe('client boundary', () => {
  it('stops components, hooks and shared contracts from importing server modules', async () => {
    for (const file of ['components/nodes/x.tsx', 'lib/hooks/use-x.ts', 'lib/api/x.ts']) {
      expect(await problems(file, SERVER_IMPORT), file).toEqual(['client-boundary/no-server-imports']);
    }
  });

  it('judges a relative import by where it lands, and catches the other server rooms and Node modules', async () => {
    expect(await problems('components/ui/x.tsx', "import { readSnapshot } from '../../lib/server/snapshot';\nexport const r = readSnapshot;\n")).toHaveLength(1);
    for (const source of ['@/lib/metrics/sampler', '@/lib/config', '@/lib/auth/session', '@kubernetes/client-node', 'node:fs', 'server-only', '@/sim/index']) {
      expect(await problems('components/ui/x.tsx', `import '${source}';\n`), source).toHaveLength(1);
    }
  });

  it("holds for a 'use client' page in app/, not for a server page", async () => {
    expect(await problems('app/x/page.tsx', `'use client';\n${SERVER_IMPORT}`)).toHaveLength(1);
    expect(await problems('app/x/page.tsx', SERVER_IMPORT)).toEqual([]);
  });

  it('lets client code import the contracts, the model, the hooks and the kit', async () => {
    const code = [
      "import { apiUrl } from '@/lib/api/urls';",
      "import { humanDuration } from '@/lib/model/duration';",
      "import { useNodes } from '@/lib/hooks/use-nodes';",
      "import { Section } from '@/components/ui/section';",
      'export const all = [apiUrl, humanDuration, useNodes, Section];',
      '',
    ].join('\n');
    expect(await problems('components/nodes/x.tsx', code)).toEqual([]);
  });
});

describe('environment', () => {
  it('is read only through lib/config.ts and lib/public-env.ts', async () => {
    const code = 'export const base = process.env.NEXT_PUBLIC_BASE_PATH;\n';
    expect(await problems('lib/api/x.ts', code)).toEqual(['no-restricted-properties']);
    expect(await problems('components/ui/x.tsx', code)).toEqual(['no-restricted-properties']);
    expect(await problems('lib/public-env.ts', code)).toEqual([]);
  });
});

describe('server floors', () => {
  it('keep the model pure and nothing below the composition root importing upward', async () => {
    const upward: [string, string][] = [
      ['lib/model/x.ts', '@/lib/kube/http'],
      ['lib/model/x.ts', '@/lib/server/snapshot'],
      ['lib/kube/x.ts', '@/lib/metrics/sampler'],
      ['lib/kube/x.ts', '@/lib/server/runtime'],
      ['lib/metrics/x.ts', '@/lib/server/snapshot'],
      ['lib/metrics/x.ts', '../server/pod-index'],
      ['lib/observability/x.ts', '@/lib/server/runtimes'],
      ['lib/server/x.ts', '@/app/api/overview/route'],
    ];
    for (const [file, source] of upward) expect(await zoneProblems(file, source), `${file} ← ${source}`).toHaveLength(1);
  });

  it('let each floor import the ones below it', async () => {
    const downward: [string, string][] = [
      ['lib/kube/x.ts', '@/lib/model/k8s'],
      ['lib/metrics/x.ts', '@/lib/kube/http'],
      ['lib/server/x.ts', '@/lib/metrics/sampler'],
      ['lib/server/x.ts', '@/lib/observability/metrics'],
      ['app/api/x/route.ts', '@/lib/server/route'],
    ];
    for (const [file, source] of downward) expect(await zoneProblems(file, source), `${file} ← ${source}`).toEqual([]);
  });
});
