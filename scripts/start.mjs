#!/usr/bin/env node
/**
 * Starts the production server exactly as the container image does: the Next.js standalone output,
 * with its static assets beside it, bound to 127.0.0.1 unless BIND_ADDRESS says otherwise.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `next build` with output: 'standalone' leaves static assets and public/ for the deployer to copy. */
export function prepareStandalone(dir = root) {
  const standalone = path.join(dir, '.next', 'standalone');
  const server = path.join(standalone, 'server.js');
  if (!fs.existsSync(server)) {
    throw new Error('No production build found (.next/standalone/server.js). Run `npm run build` first.');
  }
  fs.cpSync(path.join(dir, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
  if (fs.existsSync(path.join(dir, 'public'))) {
    fs.cpSync(path.join(dir, 'public'), path.join(standalone, 'public'), { recursive: true });
  }
  return server;
}

/** Spawns the standalone server; resolves with the child process. */
export function startServer({ env = {}, stdio = 'inherit' } = {}) {
  const server = prepareStandalone();
  const child = spawn(process.execPath, [server], {
    cwd: path.dirname(server),
    stdio,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      // Next's standalone server binds to $HOSTNAME, which shells and containers often set to the
      // machine's name; bind to BIND_ADDRESS instead, loopback unless told otherwise.
      HOSTNAME: env.BIND_ADDRESS ?? process.env.BIND_ADDRESS ?? '127.0.0.1',
    },
  });
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
