/**
 * What the sub-path journeys share: where a request went relative to an entry's prefix, kubectl pointed
 * at an entry's /api/k8s, and the pods of a component as that entry's dashboard reports them.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext, Page, Request } from '@playwright/test';
import type { Entry } from './mounts';

const run = promisify(execFile);
const emptyKubeconfig = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-subpath-kubectl-')), 'config');
fs.writeFileSync(emptyKubeconfig, '');

/** The page's URL with the entry's home as the browser shows it (`http://…/kubesys`, `http://…:port/`). */
export function home(entry: Entry): string {
  return entry.basePath ? entry.url : `${entry.url}/`;
}

/** Records every request a page makes, to check afterwards that none left the entry's prefix. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Requests that went anywhere but this entry's origin and prefix (data: and blob: URLs aside). */
export function outsidePrefix(entry: Entry, requests: readonly Request[]): string[] {
  const origin = new URL(entry.url).origin;
  return requests
    .map((request) => new URL(request.url()))
    .filter((url) => url.protocol.startsWith('http'))
    .filter((url) => url.origin !== origin || !(url.pathname === entry.basePath || url.pathname.startsWith(`${entry.basePath}/`)))
    .map((url) => url.href);
}

/** kubectl pointed at the entry's /api/k8s instead of a cluster: no credentials of its own. */
export async function kubectl(entry: Entry, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('kubectl', ['--kubeconfig', emptyKubeconfig, '--server', `${entry.url}/api/k8s`, ...args], { timeout: 30_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Pod names of a component, from the entry's own overview API (through nginx). */
export async function podsOf(request: APIRequestContext, entry: Entry, componentId: string): Promise<string[]> {
  const response = await request.get(`${entry.url}/api/overview?pods=all`);
  const body = (await response.json()) as { groups: { components: { id: string; pods: { name: string }[] }[] }[] };
  return body.groups.flatMap((g) => g.components).find((c) => c.id === componentId)?.pods.map((p) => p.name) ?? [];
}
