/**
 * The image runs what CI runs: CI has no Docker engine, so it builds and starts the app with the same
 * commands the Dockerfile uses (scripts/test-all.sh, scripts/start.mjs) and runs the journeys against
 * that. This test fails when the Dockerfile and those scripts drift apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Stage {
  name: string;
  from: string;
  instructions: { op: string; args: string }[];
}

/** Parses a Dockerfile into stages (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): { args: Record<string, string>; stages: Stage[] } {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op, rest] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = op.toUpperCase();
    if (upper === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(rest) ?? [];
      const resolved = image.replace(/\$\{(\w+)\}/g, (_, key: string) => args[key] ?? '');
      stages.push({ name: name ?? String(stages.length), from: resolved, instructions: [] });
    } else if (stages.length === 0 && upper === 'ARG') {
      const [key, value = ''] = rest.split('=');
      args[key] = value;
    } else {
      stages.at(-1)?.instructions.push({ op: upper, args: rest });
    }
  }
  return { args, stages };
}

/** The scripts start.mjs needs at run time: the files it names by path and what it imports, transitively. */
function scriptsStartLoads(): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const text = read(`scripts/${file}`);
    const named = [...text.matchAll(/'scripts', '([^']+)'/g), ...text.matchAll(/^import [^;]*from '\.\/([^']+)';$/gm)].map((m) => m[1]!);
    for (const next of named) visit(next);
  };
  visit('start.mjs');
  return [...found];
}

const docker = parseDockerfile(read('Dockerfile'));
const stage = (name: string) => {
  const found = docker.stages.find((s) => s.name === name);
  if (!found) throw new Error(`Dockerfile has no stage "${name}"`);
  return found;
};
const runs = (name: string) => stage(name).instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
const testAll = read('scripts/test-all.sh');
const ciRun = read('.ci/run');

/**
 * Node.js LTS lines and their end of life (github.com/nodejs/Release schedule.json). Node 20 ended on
 * 2026-04-30; a base image past its line's end gets no more security fixes.
 */
const NODE_LTS_END_OF_LIFE: Record<number, string> = { 22: '2027-04-30', 24: '2028-04-30', 26: '2029-04-30' };
/** The line in Active LTS when this was written; older LTS lines are maintenance only. */
const CURRENT_NODE_LTS = 26;

describe('Dockerfile', () => {
  it('is multi-stage: deps, build, runtime, all on one base image', () => {
    expect(docker.stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
    expect(new Set(docker.stages.map((s) => s.from)).size).toBe(1);
  });

  it('builds from the current Node.js LTS line, pinned to an exact release and Debian version (no floating tag)', () => {
    const [, major, distro] = /^node:(\d+)\.\d+\.\d+-(\w+)-slim$/.exec(docker.stages[0]!.from) ?? [];
    expect(docker.stages[0]!.from, 'node:<major>.<minor>.<patch>-<debian>-slim').toMatch(/^node:\d+\.\d+\.\d+-\w+-slim$/);
    expect(Number(major)).toBe(CURRENT_NODE_LTS);
    expect(['bookworm', 'trixie']).toContain(distro);
    expect(Date.parse(NODE_LTS_END_OF_LIFE[Number(major)] ?? '1970-01-01'), `Node ${major} is past its end of life`).toBeGreaterThan(Date.now());
  });

  it('keeps the app runnable on Node 20 for development (engines), so the image is not the only place it runs', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20');
  });

  it('installs dependencies with npm ci, as CI does', () => {
    expect(runs('deps').some((cmd) => /^npm ci\b/.test(cmd))).toBe(true);
    expect(ciRun).toMatch(/npm ci\b/);
  });

  it('builds one image for every sub-path: BASE_PATH is no build argument, start.mjs reads it', () => {
    expect(read('Dockerfile')).not.toMatch(/^\s*ARG\s+BASE_PATH/m);
    expect(stage('build').instructions.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ')).not.toContain('BASE_PATH');
    expect(read('scripts/start.mjs')).toMatch(/parseBasePath\(env\.BASE_PATH \?\? process\.env\.BASE_PATH\)/);
  });

  it('builds with the same `next build` command scripts/test-all.sh runs', () => {
    const build = runs('build').find((cmd) => /next build/.test(cmd));
    expect(build).toBe('npx next build');
    expect(testAll).toMatch(/^step "production build"; npx next build$/m);
  });

  it('lays out static assets with start.mjs\'s own prepareStandalone', () => {
    expect(runs('build').some((cmd) => cmd.includes("import('./scripts/start.mjs')") && cmd.includes('prepareStandalone()'))).toBe(true);
    expect(read('scripts/start.mjs')).toMatch(/export function prepareStandalone/);
  });

  it('starts exactly as `npm start` and the e2e servers do: node scripts/start.mjs', () => {
    const entrypoint = stage('runtime').instructions.find((i) => i.op === 'ENTRYPOINT');
    expect(JSON.parse(entrypoint?.args ?? 'null')).toEqual(['node', 'scripts/start.mjs']);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    // The Playwright servers run scripts/demo.ts, which starts the dashboard through start.mjs.
    expect(read('scripts/demo.ts')).toMatch(/import \{ startServer \} from '\.\/start\.mjs'/);
  });

  it('ships only the standalone output and the scripts start.mjs needs, owned by root, run as a non-root user', () => {
    const runtime = stage('runtime').instructions;
    const copies = runtime.filter((i) => i.op === 'COPY').map((i) => i.args);
    // No --chown: the files stay root's, so the runtime user cannot change the app.
    expect(copies[0]).toBe('--from=build /app/.next/standalone ./.next/standalone');
    expect(copies).toHaveLength(2);
    // Exactly the local files start.mjs loads at run time: its preload and what it imports, transitively.
    const shipped = [...copies[1]!.matchAll(/\/app\/scripts\/(\S+)/g)].map((m) => m[1]).sort();
    expect(copies[1]).toMatch(/ \.\/scripts\/$/);
    expect(shipped).toEqual(scriptsStartLoads().sort());
    const user = runtime.filter((i) => i.op === 'USER').at(-1)?.args ?? 'root';
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.find((i) => i.op === 'WORKDIR')?.args).toBe('/app');
  });

  it('gives the runtime user write access to nothing but the Next.js cache directory', () => {
    const runs = stage('runtime').instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    const chowns = runs.flatMap((cmd) => [...cmd.matchAll(/chown\s+(?:-\S+\s+)*\S+\s+(\S+)/g)].map((m) => m[1]));
    expect(chowns).toEqual(['.next/standalone/.next/cache']);
    expect(runs.some((cmd) => /chmod -R go-w \/app/.test(cmd))).toBe(true);
    expect(runs.join('\n')).not.toMatch(/chmod[^\n]*(\+w|777|666)/);
  });

  it('keeps the build context free of local builds and dependencies', () => {
    const ignored = read('.dockerignore').split(/\r?\n/);
    for (const entry of ['node_modules', '.next', '.git', '.sim']) expect(ignored).toContain(entry);
  });

  it('mounts a writable emptyDir where the image leaves Next.js its cache directory', () => {
    const deployment = read('deploy/deployment.yaml');
    expect(read('Dockerfile')).toMatch(/mkdir -p \.next\/standalone\/\.next\/cache/);
    expect(deployment).toContain('mountPath: /app/.next/standalone/.next/cache');
  });
});
