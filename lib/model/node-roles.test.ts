import { describe, expect, it } from 'vitest';
import { isControlPlaneNode, nodeRoles } from './node-roles';

describe('nodeRoles', () => {
  it.each<[Record<string, string> | null | undefined, string[]]>([
    [undefined, []],
    [null, []],
    [{ 'kubernetes.io/hostname': 'w1' }, []],
    [{ 'node-role.kubernetes.io/control-plane': '' }, ['control-plane']],
    [{ 'node-role.kubernetes.io/master': '', 'node-role.kubernetes.io/control-plane': '' }, ['control-plane', 'master']],
    [{ 'node-role.kubernetes.io/': '' }, []],
    [{ 'kubernetes.io/role': 'agent' }, ['agent']],
    [{ 'kubernetes.io/role': '' }, []],
    [{ 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/worker': 'true', 'node-role.kubernetes.io/etcd': 'true' }, ['etcd', 'worker']],
  ])('%j → %j', (labels, want) => {
    expect(nodeRoles(labels)).toEqual(want);
  });

  it('recognises control-plane nodes by either role name', () => {
    expect(isControlPlaneNode(['control-plane'])).toBe(true);
    expect(isControlPlaneNode(['master'])).toBe(true);
    expect(isControlPlaneNode(['worker'])).toBe(false);
    expect(isControlPlaneNode([])).toBe(false);
  });
});
