import { describe, expect, it } from 'vitest';
import { supportedFields } from './fields';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { StatusError } from './status';

const labels = { app: 'dns', tier: 'addon', rev: '3' };

describe('parseLabelSelector', () => {
  it.each([
    ['app=dns', true],
    ['app==dns', true],
    ['app!=dns', false],
    ['missing!=x', true],
    ['app in (a, dns)', true],
    ['app notin (dns)', false],
    ['missing notin (dns)', true],
    ['tier', true],
    ['!tier', false],
    ['!missing', true],
    ['app=dns,tier=addon', true],
    ['app=dns,tier=core', false],
    ['rev>2', true],
    ['rev<2', false],
    ['  ', true],
  ])('%j matches %s', (sel, expected) => {
    const pred = parseLabelSelector(sel);
    expect(pred ? pred(labels) : true).toBe(expected);
  });

  it('treats a missing label set as empty', () => {
    expect(parseLabelSelector('app!=x')!(undefined)).toBe(true);
    expect(parseLabelSelector('app')!(undefined)).toBe(false);
  });

  it('rejects what the API server cannot parse with a 400', () => {
    for (const bad of ['app in dns', '=x', 'a b']) {
      expect(() => parseLabelSelector(bad), bad).toThrow(StatusError);
    }
  });
});

describe('parseFieldSelector', () => {
  const pods = supportedFields('/pods');

  it('matches =, == and != on supported fields', () => {
    const fields = { 'metadata.name': 'p', 'spec.nodeName': 'n1', 'status.phase': 'Running' };
    expect(parseFieldSelector('spec.nodeName=n1', pods)!(fields)).toBe(true);
    expect(parseFieldSelector('spec.nodeName==n2', pods)!(fields)).toBe(false);
    expect(parseFieldSelector('status.phase!=Running', pods)!(fields)).toBe(false);
    expect(parseFieldSelector('metadata.name=p,status.phase=Running', pods)!(fields)).toBe(true);
    expect(parseFieldSelector('spec.nodeName=', pods)!({ 'spec.nodeName': '' })).toBe(true);
  });

  it('knows each resource’s selectable fields', () => {
    expect(pods).toEqual(expect.arrayContaining(['metadata.name', 'metadata.namespace', 'spec.nodeName', 'status.phase']));
    expect(supportedFields('/events')).toEqual(expect.arrayContaining(['involvedObject.name', 'involvedObject.kind', 'type', 'reason']));
    expect(supportedFields('events.k8s.io/events')).toEqual(expect.arrayContaining(['regarding.name', 'reason']));
    expect(supportedFields('apps/deployments')).toEqual(['metadata.name', 'metadata.namespace']);
  });

  it('refuses unsupported fields like the real server', () => {
    expect(() => parseFieldSelector('spec.nodeName=x', supportedFields('/nodes'))).toThrow('field label not supported: spec.nodeName');
  });
});
