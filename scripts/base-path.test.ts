/**
 * BASE_PATH's rules: the root and plain paths pass, a trailing slash is normalised, and everything an
 * Ingress could not route as given (no leading slash, `..`, spaces, a URL, encoded bytes) is refused with
 * the reason; `npm start` refuses it before it looks for a build.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BASE_PATH_PLACEHOLDER, parseBasePath } from './base-path.cjs';

const run = promisify(execFile);

describe('parseBasePath', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['/kubesys', '/kubesys'],
    ['/kubesys/', '/kubesys'],
    ['/ops/kube-system', '/ops/kube-system'],
    ['/ops/kube-system//', '/ops/kube-system'],
    ['/a.b/c_d/e~f/v1.2', '/a.b/c_d/e~f/v1.2'],
  ])('%j is served as %j', (raw, expected) => {
    expect(parseBasePath(raw)).toBe(expected);
  });

  it.each([
    ['kubesys', 'must start with "/"'],
    ['ops/kube-system/', 'must start with "/"'],
    ['/ops/../kube-system', 'has a "." or ".." segment'],
    ['/./kubesys', 'has a "." or ".." segment'],
    ['/kube system', 'contains white space'],
    [' /kubesys', 'contains white space'],
    ['/kubesys\n', 'contains white space'],
    ['https://ops.example.com/kubesys', 'is a URL; give only its path, the host name goes in ALLOWED_HOSTS'],
    ['//ops.example.com/kubesys', 'is a URL'],
    ['/ops//kubesys', 'has an empty segment ("//")'],
    ['/kube%2Fsys', 'may contain only letters, digits and - . _ ~'],
    ['/kubesys?x=1', 'may contain only letters, digits'],
    ['/kubesys#top', 'may contain only letters, digits'],
    ['/kübesys', 'may contain only letters, digits'],
    ['/"onload="x', 'may contain only letters, digits'],
    [`/${'a'.repeat(200)}`, 'is longer than 200 characters'],
    [BASE_PATH_PLACEHOLDER, "contains the build's placeholder"],
  ])('%j is refused: %s', (raw, why) => {
    expect(() => parseBasePath(raw)).toThrow(why);
  });

  it('names the value and shows what would work', () => {
    expect(() => parseBasePath('kubesys')).toThrow(
      'BASE_PATH "kubesys" must start with "/" (e.g. BASE_PATH=/kubesys or BASE_PATH=/ops/kube-system; unset (or "/") serves at the root)',
    );
  });

  it('the placeholder itself is a base path Next.js accepts and a plain replacement cannot get wrong', () => {
    expect(BASE_PATH_PLACEHOLDER).toMatch(/^\/[A-Za-z_]+$/);
  });
});

describe('npm start with a malformed BASE_PATH', () => {
  it('exits 1 with the reason, before it looks for a build', async () => {
    const start = path.resolve(__dirname, 'start.mjs');
    const result = await run(process.execPath, [start], { env: { ...process.env, BASE_PATH: '/ops/../kube-system', NEXT_DIST_DIR: '.no-such-build' } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'kubesys: BASE_PATH "/ops/../kube-system" has a "." or ".." segment (e.g. BASE_PATH=/kubesys or BASE_PATH=/ops/kube-system; unset (or "/") serves at the root)\n',
    );
  });
});
