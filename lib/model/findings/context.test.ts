import { describe, expect, it } from 'vitest';
import { GroupsByThree } from './context';

describe('GroupsByThree', () => {
  it('keeps one group per three keys, first seen first, made once', () => {
    const groups = new GroupsByThree<{ label: string; count: number }>();
    let made = 0;
    const add = (a: string, b: string, c: string) => {
      groups.at(a, b, c, () => {
        made += 1;
        return { label: `${a}/${b}/${c}`, count: 0 };
      }).count += 1;
    };
    add('kube-proxy', 'DaemonSet', 'kube-proxy');
    add('Calico', 'DaemonSet', 'calico-node');
    add('kube-proxy', 'DaemonSet', 'kube-proxy');
    add('Calico', 'Deployment', 'calico-kube-controllers');
    add('Calico', 'DaemonSet', 'calico-node');
    expect(groups.groups).toEqual([
      { label: 'kube-proxy/DaemonSet/kube-proxy', count: 2 },
      { label: 'Calico/DaemonSet/calico-node', count: 2 },
      { label: 'Calico/Deployment/calico-kube-controllers', count: 1 },
    ]);
    expect(made).toBe(3);
  });

  it('tells keys apart that one joined string would not', () => {
    const groups = new GroupsByThree<string>();
    groups.at('a b', 'c', 'd', () => 'first');
    const second = groups.at('a', 'b c', 'd', () => 'second');
    expect(second).toBe('second');
    expect(groups.groups).toEqual(['first', 'second']);
  });
});
