/** How a component's pods read their ConfigMaps, as the page shows it. */
import { describe, expect, it } from 'vitest';
import { relatedConfigMaps } from './related';

describe('ConfigMap references', () => {
  it('say how a spec reads a ConfigMap, once per way, in English for the API and as messages', () => {
    const spec = {
      volumes: [{ name: 'config-volume', configMap: { name: 'coredns' } }],
      containers: [{ name: 'coredns', env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'coredns', key: 'mode' } } }] }],
    };
    const [cm] = relatedConfigMaps('coredns', [spec, spec], [{ metadata: { name: 'coredns' }, data: { Corefile: '.:53 {}' } }]);
    expect(cm!.referencedBy).toEqual(['volume config-volume', 'env MODE in coredns', 'DNS configuration']);
    expect(cm!.referencedByMessages.map((m) => m.id)).toEqual(['configRef.volume', 'configRef.env', 'configRef.dns']);
  });
});
