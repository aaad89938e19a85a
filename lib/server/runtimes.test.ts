/**
 * The runtime registry: one runtime per kubeconfig context, created on first view, the same one after,
 * disposed when idle (the default stays), the least recently viewed disposed at the cap, and a change
 * of the kubeconfig file (context added, removed, credentials rotated) picked up without a restart.
 * The servers listen nowhere: the runtimes are created and disposed, never synced.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { clusterCatalogue } from './cluster-catalogue';
import { appMetricsResponse } from './runtime-metrics';
import { liveRuntimes, resetRuntimesForTests, runtimeFor, sweepRuntimes } from './runtimes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-runtimes-'));
const file = path.join(dir, 'config');
const ENV = ['KUBECONFIG', 'KUBE_CONTEXT', 'CLUSTER_CACHE_MAX', 'CLUSTER_IDLE_MS', 'HOME'] as const;
const saved = Object.fromEntries(ENV.map((key) => [key, process.env[key]]));

/** A kubeconfig of `contexts`, each its own cluster on a closed port, sharing one user with `token`. */
function writeKubeconfig(contexts: string[], token = 'first', current = contexts[0]): void {
  const text = `apiVersion: v1
kind: Config
clusters:
${contexts.map((c) => `- name: ${c}\n  cluster:\n    server: https://127.0.0.1:9\n    insecure-skip-tls-verify: true`).join('\n')}
users:
- name: me
  user:
    token: ${token}
contexts:
${contexts.map((c) => `- name: ${c}\n  context:\n    cluster: ${c}\n    user: me`).join('\n')}
current-context: ${current}
`;
  fs.writeFileSync(file, text);
  // The same second and size can hide a rewrite from mtime alone on coarse file systems: move the clock.
  const stamp = new Date(Date.now() + Math.floor(Math.random() * 1e6));
  fs.utimesSync(file, stamp, stamp);
}

function setEnv(env: Partial<Record<(typeof ENV)[number], string>>): void {
  for (const key of ENV) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  resetConfigForTests();
  resetRuntimesForTests();
}

const live = () => liveRuntimes().map(([context]) => context).sort();

beforeEach(() => {
  writeKubeconfig(['alpha', 'beta', 'gamma']);
  setEnv({ KUBECONFIG: file, HOME: dir });
});

afterEach(() => {
  resetRuntimesForTests();
  setEnv(saved);
});

describe('runtimeFor', () => {
  it('creates a runtime per context on first use and returns the same one after', () => {
    const first = runtimeFor('beta');
    expect(first.ok && first.runtime.connection.contextName).toBe('beta');
    expect(runtimeFor('beta')).toBe(first);
    expect(live()).toEqual(['beta']);
  });

  it('gives bare paths the current-context, or KUBE_CONTEXT', () => {
    const bare = runtimeFor();
    expect(bare.ok && bare.context).toBe('alpha');
    setEnv({ KUBECONFIG: file, HOME: dir, KUBE_CONTEXT: 'gamma' });
    const chosen = runtimeFor();
    expect(chosen.ok && chosen.context).toBe('gamma');
  });

  it('names the contexts there are for an unknown one', () => {
    const result = runtimeFor('delta');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.unknownContext).toEqual({ context: 'delta', contexts: ['alpha', 'beta', 'gamma'] });
    expect(live()).toEqual([]);
  });

  it('keeps at most CLUSTER_CACHE_MAX runtimes, disposing the least recently viewed but never the default first', async () => {
    setEnv({ KUBECONFIG: file, HOME: dir, CLUSTER_CACHE_MAX: '2' });
    writeKubeconfig(['alpha', 'beta', 'gamma', 'delta']);
    runtimeFor(); // alpha, the default
    runtimeFor('beta');
    expect(live()).toEqual(['alpha', 'beta']);
    runtimeFor('gamma');
    expect(live()).toEqual(['alpha', 'gamma']);
    runtimeFor('delta');
    expect(live()).toEqual(['alpha', 'delta']);
  });

  it('disposes runtimes unviewed for CLUSTER_IDLE_MS, but not the default one', () => {
    setEnv({ KUBECONFIG: file, HOME: dir, CLUSTER_IDLE_MS: '60000' });
    runtimeFor();
    runtimeFor('beta');
    sweepRuntimes(Date.now() + 30_000);
    expect(live()).toEqual(['alpha', 'beta']);
    sweepRuntimes(Date.now() + 61_000);
    expect(live()).toEqual(['alpha']);
  });

  it('keeps a runtime whose log somebody follows, however long ago its last request was', () => {
    setEnv({ KUBECONFIG: file, HOME: dir, CLUSTER_IDLE_MS: '60000' });
    const beta = runtimeFor('beta');
    if (!beta.ok) throw new Error('beta has no runtime');
    const following = vi.spyOn(beta.runtime.logs, 'stats').mockReturnValue({ upstream: 1, viewers: 1 });
    sweepRuntimes(Date.now() + 61_000);
    expect(live()).toEqual(['beta']);
    following.mockReturnValue({ upstream: 0, viewers: 0 });
    sweepRuntimes(Date.now() + 62_000);
    expect(live()).toEqual(['beta']);
    sweepRuntimes(Date.now() + 61_000 + 61_000);
    expect(live()).toEqual([]);
  });
});

describe('a changed kubeconfig', () => {
  it('adds a new context and forgets a removed one, disposing its runtime', () => {
    runtimeFor('gamma');
    writeKubeconfig(['alpha', 'beta', 'delta']);
    clusterCatalogue(true);
    expect(live()).toEqual([]);
    const added = runtimeFor('delta');
    expect(added.ok && added.runtime.connection.contextName).toBe('delta');
    expect(runtimeFor('gamma')).toMatchObject({ ok: false, unknownContext: { contexts: ['alpha', 'beta', 'delta'] } });
  });

  it('builds a new runtime with rotated credentials; contexts whose entries did not change keep theirs', () => {
    const before = runtimeFor('beta');
    const other = runtimeFor('alpha');
    writeKubeconfig(['alpha', 'beta', 'gamma'], 'rotated');
    clusterCatalogue(true);
    // Every context shares the user, so both were rebuilt; with it unchanged, nothing is.
    const after = runtimeFor('beta');
    expect(after).not.toBe(before);
    expect(after.ok && after.runtime.connection.kc.getCurrentUser()?.token).toBe('rotated');
    const again = runtimeFor('alpha');
    expect(again).not.toBe(other);
    writeKubeconfig(['alpha', 'beta', 'gamma'], 'rotated', 'alpha');
    clusterCatalogue(true);
    expect(runtimeFor('alpha')).toBe(again);
  });

  it('is noticed by the sweep within a second, without anyone asking', async () => {
    runtimeFor('gamma');
    writeKubeconfig(['alpha', 'beta']);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    sweepRuntimes();
    expect(live()).toEqual([]);
  });
});

describe('the app metrics of every cluster', () => {
  it('labels each cached kind and health source with the context of its cluster: the default and every live one', async () => {
    runtimeFor('beta');
    const text = await (await appMetricsResponse()).text();
    for (const context of ['alpha', 'beta']) {
      expect(text).toMatch(new RegExp(`kubesys_informer_state\\{context="${context}",kind="pods",state="[a-z]+"\\} 1`));
      expect(text).toMatch(new RegExp(`kubesys_health_polls_total\\{context="${context}"\\} \\d+`));
    }
    expect(text).not.toContain('context="gamma"');
  });
});
