/** Every way a kubeconfig can be wrong gets a message a person can act on, never a stack trace. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { loadConnection } from './connection';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-kubeconfig-'));
const saved = { KUBECONFIG: process.env.KUBECONFIG, KUBE_CONTEXT: process.env.KUBE_CONTEXT, HOME: process.env.HOME };

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function load(env: { KUBECONFIG?: string; KUBE_CONTEXT?: string; HOME?: string }) {
  for (const key of ['KUBECONFIG', 'KUBE_CONTEXT', 'HOME'] as const) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  resetConfigForTests();
  return loadConnection();
}

const kubeconfig = (contexts: string[], current = contexts[0]) => `apiVersion: v1
kind: Config
clusters:
${contexts.map((c) => `- name: ${c}\n  cluster:\n    server: https://${c}.example:6443`).join('\n')}
users:
- name: me
  user:
    token: abc
contexts:
${contexts.map((c) => `- name: ${c}\n  context:\n    cluster: ${c}\n    user: me`).join('\n')}
current-context: ${current}
`;

afterEach(() => {
  load(saved);
});

describe('loadConnection', () => {
  it('uses the kubeconfig named by KUBECONFIG and lists its contexts', () => {
    const result = load({ KUBECONFIG: write('two.yaml', kubeconfig(['prod', 'staging'], 'staging')), HOME: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.connection).toMatchObject({ contextName: 'staging', server: 'https://staging.example:6443', source: 'kubeconfig' });
    expect(result.connection.contexts).toEqual(['prod', 'staging']);
  });

  it('switches context with KUBE_CONTEXT', () => {
    const result = load({ KUBECONFIG: write('ctx.yaml', kubeconfig(['prod', 'staging'])), KUBE_CONTEXT: 'staging', HOME: dir });
    expect(result.ok && result.connection.server).toBe('https://staging.example:6443');
  });

  it('names an unknown context and the ones available', () => {
    const result = load({ KUBECONFIG: write('ctx2.yaml', kubeconfig(['prod', 'staging'])), KUBE_CONTEXT: 'dev', HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { title: 'Unknown context' } });
    expect(!result.ok && result.problem.hints.join(' ')).toContain('prod, staging');
  });

  it('says when the file does not exist', () => {
    const result = load({ KUBECONFIG: path.join(dir, 'missing.yaml'), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { title: 'Kubeconfig not found' } });
    expect(!result.ok && result.problem.detail).toContain('missing.yaml');
    expect(!result.ok && result.problem.hints.join(' ')).toContain('npm run demo');
  });

  it('says when the file is not a kubeconfig', () => {
    const result = load({ KUBECONFIG: write('broken.yaml', 'clusters: [ {name: \n  : ::'), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { title: 'Kubeconfig cannot be read' } });
    expect(!result.ok && result.problem.detail).toContain('broken.yaml');
  });

  it('says when there is no current context', () => {
    const result = load({ KUBECONFIG: write('nocurrent.yaml', kubeconfig(['prod']).replace('current-context: prod', '')), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { title: 'No usable context' } });
  });

  it('explains how to connect when nothing is configured', () => {
    const result = load({ HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { title: 'No cluster configured' } });
  });

  it('falls back to ~/.kube/config', () => {
    fs.mkdirSync(path.join(dir, 'home', '.kube'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'home', '.kube', 'config'), kubeconfig(['laptop']));
    const result = load({ HOME: path.join(dir, 'home') });
    expect(result.ok && result.connection.contextName).toBe('laptop');
  });

  it('merges several files as kubectl does: the first definition of a name and the first current-context win', () => {
    const first = write('first.yaml', kubeconfig(['prod']).replace('current-context: prod', ''));
    const second = write('second.yaml', kubeconfig(['prod', 'staging'], 'staging').replace('token: abc', 'token: from-second').replace(/prod\.example/g, 'shadowed.example'));
    const result = load({ KUBECONFIG: [first, second].join(path.delimiter), HOME: dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.connection.contexts).toEqual(['prod', 'staging']);
    expect(result.connection.contextName).toBe('staging');
    expect(result.connection.kc.getUser('me')?.token).toBe('abc');
    expect(result.connection.kc.getCluster('prod')?.server).toBe('https://prod.example:6443');
  });

  it('keeps the user\'s token-file, relative to the file that defines it, to be re-read later', () => {
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'token'), 'from-file');
    const file = path.join(sub, 'token-file.yaml');
    fs.writeFileSync(file, kubeconfig(['prod']).replace('token: abc', 'token-file: token'));
    // kubectl resolves it against the kubeconfig's directory, not the working directory.
    const cwd = process.cwd();
    process.chdir(os.tmpdir());
    try {
      const result = load({ KUBECONFIG: file, HOME: dir });
      expect(result.ok && result.connection.userOrigin).toEqual({ dir: sub, tokenFile: path.join(sub, 'token') });
      expect(result.ok && result.connection.kc.getCurrentUser()?.token).toBe('from-file');
    } finally {
      process.chdir(cwd);
    }
  });
});
