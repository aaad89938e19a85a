import { describe, expect, it } from 'vitest';
import { listCaptures, loadCapture } from '@/test/captures';
import { parseCommandLine } from './command-line';
import type { RawPod } from './raw';

describe('parseCommandLine', () => {
  it.each([
    {
      name: 'flag=value, comma lists kept whole',
      command: ['kube-apiserver', '--authorization-mode=Node,RBAC', '--secure-port=6443'],
      args: [],
      want: [
        { flag: '--authorization-mode', value: 'Node,RBAC' },
        { flag: '--secure-port', value: '6443' },
      ],
    },
    {
      name: 'single-dash Go flag with a separate value (CoreDNS)',
      command: undefined,
      args: ['-conf', '/etc/coredns/Corefile'],
      want: [{ flag: '-conf', value: '/etc/coredns/Corefile' }],
    },
    {
      name: 'flags without values',
      command: ['etcd', '--client-cert-auth', '--peer-client-cert-auth=true'],
      args: [],
      want: [{ flag: '--client-cert-auth' }, { flag: '--peer-client-cert-auth', value: 'true' }],
    },
    {
      name: 'repeated flags are marked',
      command: ['x'],
      args: ['--tls-sni-cert-key=a.crt,a.key', '--v=2', '--tls-sni-cert-key=b.crt,b.key'],
      want: [
        { flag: '--tls-sni-cert-key', value: 'a.crt,a.key', isRepeated: true },
        { flag: '--v', value: '2' },
        { flag: '--tls-sni-cert-key', value: 'b.crt,b.key', isRepeated: true },
      ],
    },
    {
      name: 'positional arguments before flags and after --',
      command: ['cilium-agent'],
      args: ['agent', '--config-dir=/tmp/cilium', '--', 'extra'],
      want: [{ flag: '', value: 'agent' }, { flag: '--config-dir', value: '/tmp/cilium' }, { flag: '', value: 'extra' }],
    },
    {
      name: 'a value with = inside keeps everything after the first =',
      command: ['kube-controller-manager', '--feature-gates=A=true,B=false'],
      args: [],
      want: [{ flag: '--feature-gates', value: 'A=true,B=false' }],
    },
    { name: 'no command, no args', command: undefined, args: undefined, want: [] },
  ])('$name', ({ command, args, want }) => {
    expect(parseCommandLine(command, args)).toEqual(want);
  });
});

describe.each(listCaptures())('flags of capture %s', (capture) => {
  const pods = loadCapture(capture).pods as RawPod[];

  it('turns every container command line into rows without losing a token', () => {
    for (const pod of pods) {
      for (const c of pod.spec?.containers ?? []) {
        const tokens = [...(c.command ?? []).slice(1), ...(c.args ?? [])].filter((t) => t !== '--');
        const rows = parseCommandLine(c.command, c.args);
        const rebuilt = rows.flatMap((r) => (!r.flag ? [r.value] : r.value === undefined ? [r.flag] : [`${r.flag}=${r.value}`, r.flag, r.value]));
        for (const token of tokens) expect(rebuilt.some((t) => t === token || token.startsWith(`${t}=`) || t?.includes(token))).toBe(true);
      }
    }
  });

  it('reads the API server authorization mode where kube-system runs the API server', () => {
    const apiserver = pods.find((p) => p.metadata?.labels?.component === 'kube-apiserver');
    const c = apiserver?.spec?.containers?.[0];
    const mode = c ? parseCommandLine(c.command, c.args).find((r) => r.flag === '--authorization-mode') : undefined;
    if (apiserver) expect(mode?.value).toMatch(/RBAC/);
    else expect(mode).toBeUndefined();
  });
});
