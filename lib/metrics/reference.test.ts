import { describe, expect, it } from 'vitest';
import { componentReference } from './reference';

const pod = (phase: string, containers: object[]) => ({ status: { phase }, spec: { containers } });

describe('componentReference', () => {
  it('sums requests and limits of running pods in millicores and bytes', () => {
    const coredns = { resources: { requests: { cpu: '100m', memory: '70Mi' }, limits: { memory: '170Mi' } } };
    expect(componentReference([pod('Running', [coredns]), pod('Running', [coredns]), pod('Succeeded', [coredns])])).toEqual({
      cpuRequests: 200,
      cpuLimits: null,
      memoryRequests: 140 * 2 ** 20,
      memoryLimits: 340 * 2 ** 20,
    });
  });

  it('is all null for pods without resources', () => {
    expect(componentReference([pod('Running', [{}])])).toEqual({ cpuRequests: null, cpuLimits: null, memoryRequests: null, memoryLimits: null });
  });
});
