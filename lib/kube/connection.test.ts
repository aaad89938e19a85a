/** Every way a kubeconfig can be wrong gets a message a person can act on, never a stack trace. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { loadConnection } from './connection';
import { englishProblem } from './problem-english';

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
    expect(result).toMatchObject({ ok: false, problem: { code: 'unknownKubeContext', params: { context: 'dev', contexts: 'prod, staging' }, hints: ['contextsAvailable'] } });
    const words = !result.ok && englishProblem(result.problem);
    expect(words).toMatchObject({ title: 'Unknown context', detail: 'KUBE_CONTEXT=dev is not in the kubeconfig.', hints: ['Contexts available: prod, staging.'] });
  });

  it('says when the file does not exist', () => {
    const result = load({ KUBECONFIG: path.join(dir, 'missing.yaml'), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { code: 'kubeconfigMissing', params: { origin: 'KUBECONFIG' }, hints: ['checkPath', 'demo'] } });
    const words = !result.ok && englishProblem(result.problem);
    expect(words && words.detail).toContain('missing.yaml');
    expect(words && words.hints.join(' ')).toContain('npm run demo');
  });

  it('says when the file is not a kubeconfig, quoting the parser', () => {
    const result = load({ KUBECONFIG: write('broken.yaml', 'clusters: [ {name: \n  : ::'), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { code: 'kubeconfigUnreadable' } });
    expect(!result.ok && result.problem.params.files).toContain('broken.yaml');
    expect(!result.ok && result.problem.params.cause).toBeTruthy();
    expect(!result.ok && englishProblem(result.problem).title).toBe('Kubeconfig cannot be read');
  });

  it('says when there is no current context, and which contexts to choose from', () => {
    const result = load({ KUBECONFIG: write('nocurrent.yaml', kubeconfig(['prod']).replace('current-context: prod', '')), HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { code: 'noCurrentContext', hints: ['setKubeContext'] } });
    expect(!result.ok && englishProblem(result.problem).hints).toEqual(['Set KUBE_CONTEXT to one of: prod.']);
  });

  it('explains how to connect when nothing is configured', () => {
    const result = load({ HOME: dir });
    expect(result).toMatchObject({ ok: false, problem: { code: 'noCluster', hints: ['pointKubeconfig', 'demo'] } });
    expect(!result.ok && englishProblem(result.problem).title).toBe('No cluster configured');
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
