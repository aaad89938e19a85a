/** The ROLES of a node as `kubectl get nodes` prints them, from its labels. Pure; the node pages' own (the demo cluster's printer finds roles itself). */

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_ROLE_LABEL = 'kubernetes.io/role';

/**
 * The ROLES of a node, sorted: the suffix of every `node-role.kubernetes.io/<role>` label and the value
 * of a non-empty `kubernetes.io/role` label. Kubernetes fact: kubeadm labels control-plane nodes
 * `node-role.kubernetes.io/control-plane` (and `master` before 1.24); workers carry no role label.
 */
export function nodeRoles(labels: Record<string, string> | null | undefined): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (key.startsWith(NODE_ROLE_PREFIX)) {
      const role = key.slice(NODE_ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (key === NODE_ROLE_LABEL && value) {
      roles.add(value);
    }
  }
  return [...roles].sort();
}

/** What the UI filters by when a node has no role label (kubectl prints `<none>`). */
export const NO_ROLE = 'none';

/** True when the node carries the `control-plane` (or legacy `master`) role. */
export function isControlPlaneNode(roles: readonly string[]): boolean {
  return roles.includes('control-plane') || roles.includes('master');
}
