#!/usr/bin/env node
/**
 * Starts the production server exactly as the container image does: the Next.js standalone output,
 * with its static assets beside it, mapped to the BASE_PATH given now (scripts/map-build.mjs), bound to
 * 127.0.0.1 unless BIND_ADDRESS says otherwise.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBasePath } from './base-path.cjs';
import { leanClientNode } from './client-node-lean.mjs';
import { mapBuild } from './map-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The preload that gives the app the TCP peer address and response timings (see server-hooks.cjs). */
export const SERVER_HOOKS = path.join(root, 'scripts', 'server-hooks.cjs');
/** Node's arguments before the server script, as the image runs it (the benches start it the same way). */
export const SERVER_NODE_ARGS = ['--require', SERVER_HOOKS];

/**
 * `next build` with output: 'standalone' leaves static assets and public/ for the deployer to copy.
 * The image copies them at build time (its root filesystem is read-only), so a missing source with
 * the target in place is fine. It also points the build's client-node at the lean KubeConfig (once; later
 * calls find it done and write nothing). NEXT_DIST_DIR names another build directory (default `.next`).
 */
export function prepareStandalone(dir = root, distDir = process.env.NEXT_DIST_DIR || '.next') {
  const standalone = path.join(dir, distDir, 'standalone');
  const server = path.join(standalone, 'server.js');
  if (!fs.existsSync(server)) {
    throw new Error(`No production build found (${distDir}/standalone/server.js). Run \`npm run build\` first.`);
  }
  const staticDir = path.join(dir, distDir, 'static');
  if (fs.existsSync(staticDir)) {
    fs.cpSync(staticDir, path.join(standalone, distDir, 'static'), { recursive: true });
  } else if (!fs.existsSync(path.join(standalone, distDir, 'static'))) {
    throw new Error(`No static assets in ${distDir}/static or beside the standalone server.`);
  }
  if (fs.existsSync(path.join(dir, 'public'))) {
    fs.cpSync(path.join(dir, 'public'), path.join(standalone, 'public'), { recursive: true });
  }
  // KubeConfig without client-node's generated API, in the build's copy (see client-node-lean.mjs).
  if (leanClientNode(standalone) === 'imports changed') {
    console.warn('kubesys: this client-node\'s KubeConfig imports more of its generated API; it loads in full (about 25 MB more heap).');
  }
  return server;
}

/**
 * Spawns the standalone server under BASE_PATH (from `env`, else the environment); returns the child
 * process. Throws with a readable message when BASE_PATH is malformed or there is no usable build.
 */
export function startServer({ env = {}, stdio = 'inherit' } = {}) {
  const basePath = parseBasePath(env.BASE_PATH ?? process.env.BASE_PATH);
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next';
  const standalone = path.dirname(prepareStandalone(root, distDir));
  const mapped = mapBuild({ standaloneDir: standalone, distDir, basePath });
  const bindAddress = env.BIND_ADDRESS ?? process.env.BIND_ADDRESS ?? '127.0.0.1';
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, mapped.server], {
    cwd: mapped.dir,
    stdio,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      // Normalised (`/kubesys/` → `/kubesys`): the app checks that it matches the build it runs.
      BASE_PATH: basePath,
      // Next's standalone server binds to $HOSTNAME, which shells and containers often set to the
      // machine's name; bind to BIND_ADDRESS instead, loopback unless told otherwise. The app reads
      // BIND_ADDRESS to refuse AUTH_MODE=none on a reachable address without ALLOW_OPEN=true.
      HOSTNAME: bindAddress,
      BIND_ADDRESS: bindAddress,
    },
  });
  // Removed when the server exits, or with this process if it goes first (the demo does not wait).
  const removeMapped = () => fs.rmSync(mapped.dir, { recursive: true, force: true });
  child.once('exit', removeMapped);
  process.once('exit', removeMapped);
  return child;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const child = startServer();
    const stop = (signal) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  } catch (error) {
    console.error(`kubesys: ${error.message}`);
    process.exit(1);
  }
}
