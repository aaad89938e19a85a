/**
 * The kubeconfig the demo cluster writes for itself: CA data, a bearer token user, and a context named
 * after the source, current, in the layout kubectl and client-node read.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

export interface KubeconfigInput {
  name: string;
  server: string;
  caPem: string;
  token: string;
}

/** Build the kubeconfig YAML; its context defaults to the `kube-system` namespace, the product's subject. */
export function buildKubeconfig({ name, server, caPem, token }: KubeconfigInput): string {
  const user = `${name}-admin`;
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name, context: { cluster: name, user, namespace: 'kube-system' } }],
    'current-context': name,
    preferences: {},
  });
}

/** Write the kubeconfig with mode 0600 (it holds a token), creating the directory. */
export function writeKubeconfig(path: string, input: KubeconfigInput): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buildKubeconfig(input), { mode: 0o600 });
  chmodSync(path, 0o600);
}
