import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/api/findings';
import { worldSnapshot } from '@/test/world';
import { english } from '../english';
import { say } from '../say';
import { toFinding } from './context';
import { groupFindings, ruleOf } from './group';
import { buildFindings } from './index';

const make = (id: string, severity: Finding['severity'] = 'info', title = id): Finding => toFinding('resources', {
  id, severity, title: say('verbatim', { text: title }), evidence: [], subject: { kind: 'cluster', name: 'cluster' },
});

describe('groupFindings', () => {
  it('keeps a rule that fired once as it is, under its own id and title', () => {
    expect(groupFindings([make('updates/eol', 'warning', 'Kubernetes 1.31 is past its end of life')])).toEqual([
      expect.objectContaining({ key: 'updates/eol', titleMessage: say('verbatim', { text: 'Kubernetes 1.31 is past its end of life' }), findings: [expect.objectContaining({ id: 'updates/eol' })] }),
    ]);
  });

  it('makes one group of a rule\'s repeats, titled for the group, where the first one stood', () => {
    const groups = groupFindings([
      make('nodes/not-ready:w-1', 'critical'),
      make('resources/unbounded:calico'),
      make('resources/unbounded:etcd'),
      make('security/host-network'),
      make('resources/unbounded:kube-proxy'),
    ]);
    expect(groups.map((g) => [g.key, english(g.titleMessage), g.findings.length])).toEqual([
      ['nodes/not-ready:w-1', 'nodes/not-ready:w-1', 1],
      ['resources/unbounded', '3 components run containers without requests or a memory limit', 3],
      ['security/host-network', 'security/host-network', 1],
    ]);
  });

  it('does not mix severities of one rule, and titles an unknown rule from its first finding', () => {
    const groups = groupFindings([make('dns/crash-loop:a', 'critical'), make('x/y:1', 'warning', 'Thing one'), make('x/y:2', 'warning'), make('dns/crash-loop:b', 'warning')]);
    expect(groups.map((g) => [g.severity, english(g.titleMessage)])).toEqual([
      ['critical', 'dns/crash-loop:a'],
      ['warning', 'Thing one (and 1 more like it)'],
      ['warning', 'dns/crash-loop:b'],
    ]);
    expect(ruleOf({ id: 'resources/unbounded:calico' })).toBe('resources/unbounded');
  });

  it('turns the demo world\'s eleven "no memory limit" findings into one', () => {
    const w = worldSnapshot({ nodes: 4, seed: 7, scenario: 'healthy' });
    const groups = groupFindings(buildFindings(w.snapshot, { now: w.now, configMaps: w.configMaps }));
    const unbounded = groups.filter((g) => g.key.startsWith('resources/unbounded'));
    expect(unbounded).toHaveLength(1);
    expect(unbounded[0]!.findings.length).toBeGreaterThanOrEqual(10);
    expect(english(unbounded[0]!.titleMessage)).toBe(`${unbounded[0]!.findings.length} components run containers without requests or a memory limit`);
  });
});
