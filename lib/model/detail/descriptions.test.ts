/** What a component does is a message: a line per well-known component, else why it sits in its group; its English is the API's. */
import { describe, expect, it } from 'vitest';
import { say } from '../say';
import { english } from '../english';
import { describeComponent } from './descriptions';

describe('describeComponent', () => {
  it('says what a well-known component does', () => {
    const message = describeComponent('coredns', 'add-on', { by: 'table', evidence: ['label k8s-app=kube-dns'] });
    expect(message).toEqual({ id: 'description.known.coredns' });
    expect(english(message)).toBe('Cluster DNS: answers service and pod name lookups (kube-dns Service) and forwards the rest upstream.');
  });

  it('for one placed by its shape, says so with the evidence', () => {
    const message = describeComponent('acme-agent', 'node', {
      by: 'shape',
      evidence: ['DaemonSet on every node', 'host network'],
      evidenceMessages: [say('shape.everyNode', { count: 3 }), say('shape.hostNetwork')],
    });
    expect(message.id).toBe('description.byShape');
    expect(english(message)).toMatch(/^A per-node agent running in kube-system\. kubesys does not know it by name; it is placed here by its shape: .+\.$/);
  });

  it('for an unrecognised pod, quotes what was seen; for a plain unknown one, names its group', () => {
    expect(english(describeComponent('mystery', 'add-on', { by: 'unrecognised', evidence: ['no owner'] }))).toBe(
      'A pod kubesys does not recognise (no owner); it is listed with the add-ons so nothing in kube-system is hidden.',
    );
    expect(english(describeComponent('mystery', 'monitoring'))).toBe('A monitoring or logging component running in kube-system.');
  });
});
