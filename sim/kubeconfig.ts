/**
 * The kubeconfig the demo cluster writes for itself: CA data, the user its `--auth` mode accepts (a
 * bearer token, client certificate files or an exec plugin), `proxy-url` and `tls-server-name` when set,
 * and a context named after the source, current, in the layout kubectl and client-node read.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

export interface KubeconfigInput {
  name: string;
  server: string;
  caPem: string;
  /** `users[].user`: `{ token }`, `{ client-certificate, client-key }` or `{ exec }`. */
  user: Record<string, unknown>;
  proxyUrl?: string;
  tlsServerName?: string;
}

/** Build the kubeconfig YAML; its context defaults to the `kube-system` namespace, the product's subject. */
export function buildKubeconfig({ name, server, caPem, user, proxyUrl, tlsServerName }: KubeconfigInput): string {
  const userName = `${name}-admin`;
  const cluster = {
    server,
    'certificate-authority-data': Buffer.from(caPem).toString('base64'),
    ...(proxyUrl ? { 'proxy-url': proxyUrl } : {}),
    ...(tlsServerName ? { 'tls-server-name': tlsServerName } : {}),
  };
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster }],
    users: [{ name: userName, user }],
    contexts: [{ name, context: { cluster: name, user: userName, namespace: 'kube-system' } }],
    'current-context': name,
    preferences: {},
  });
}

/** Write the kubeconfig with mode 0600 (it holds a credential), creating the directory. */
export function writeKubeconfig(path: string, input: KubeconfigInput): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buildKubeconfig(input), { mode: 0o600 });
  chmodSync(path, 0o600);
}
