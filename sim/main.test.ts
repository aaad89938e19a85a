import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('npm run sim (sim/main.ts)', () => {
  it('prints one start line with the URL and KUBECONFIG, serves, and stops cleanly on SIGTERM', async () => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kubesys-main-')), 'kubeconfig');
    const child = spawn('node_modules/.bin/tsx', ['sim/main.ts', '--port', '0', '--admin-port', '0', '--kubeconfig', kubeconfig, '--nodes', '3', '--seed', '5']);
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    for (let i = 0; i < 1200 && !out.includes('\n'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(err).toBe('');
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const url = /https:\/\/127\.0\.0\.1:\d+/.exec(lines[0])![0];
    expect(lines[0]).toContain(`export KUBECONFIG=${kubeconfig}`);
    const kc = parse(readFileSync(kubeconfig, 'utf8'));
    expect(kc.clusters[0].cluster.server).toBe(url);
    const version = await fetch(`${url.replace('https', 'http')}/version`).catch((e: Error) => e);
    expect(version).toBeInstanceOf(Error); // TLS only: plain HTTP is not served
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('exits 2 with one line naming the problem when the dump is unreadable', async () => {
    const child = spawn('npx', ['tsx', 'sim/main.ts', '--port', '0', '--dump', '/nonexistent/dump']);
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^sim: /);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
