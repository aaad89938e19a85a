/**
 * Findings as messages: every finding's descriptors render to its English fields (what scripts read), in
 * Korean without a missing message or argument, and stay the same while only the clock moves.
 */
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/api/findings';
import { isMoment, type Message } from '@/lib/api/message';
import ko from '@/messages/ko/model.json';
import { captureTime, loadCaptureConfigMaps } from '@/test/capture-context';
import { listCaptures, loadCapture } from '@/test/captures';
import { worldSnapshot } from '@/test/world';
import { english } from '../english';
import type { FindingsContext } from './context';
import { groupFindings } from './group';
import { buildFindings } from './index';

const translateKo = createTranslator({ locale: 'ko', messages: { model: ko }, namespace: 'model', timeZone: 'UTC' });

/** A message in Korean, moments as a fixed age (the UI's useModelText renders them the same way). */
function korean(message: Message): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, isMoment(value) ? '5분 전' : typeof value === 'object' ? korean(value) : value]),
  );
  return translateKo(message.id as Parameters<typeof translateKo>[0], values);
}

function expectDescriptorsMatch(f: Finding) {
  expect(english(f.titleMessage), f.id).toBe(f.title);
  expect(f.evidenceMessages.map(english), f.id).toEqual(f.evidence);
  expect(f.nextStepMessages.map(english), f.id).toEqual(f.nextSteps);
  for (const link of f.links) expect(english(link.labelMessage), f.id).toBe(link.label);
}

function expectKorean(f: Finding) {
  for (const message of [f.titleMessage, ...f.evidenceMessages, ...f.nextStepMessages, ...f.links.map((l) => l.labelMessage)]) {
    const text = korean(message);
    expect(text, `${f.id} ${message.id}`).not.toMatch(/^model\.|\{\w+\}/);
  }
}

function captureContext(name: string, now: number): FindingsContext {
  return {
    now,
    configMaps: loadCaptureConfigMaps(name),
    dns: { status: 'failed', name: 'kubernetes.default.svc.cluster.local', server: '10.96.0.10:53', serverSource: 'kube-dns Service', answers: [], error: 'SERVFAIL', latencyMs: 3, checkedAt: new Date(now).toISOString() },
    tls: { status: 'ok', server: '10.0.0.1:6443', subject: 'CN=kube-apiserver', issuer: 'CN=kubernetes', validFrom: '2020-01-01T00:00:00Z', validTo: new Date(now + 3 * 86_400_000).toISOString(), checkedAt: new Date(now).toISOString() },
  };
}

function degradedWorld(now?: number) {
  const w = worldSnapshot({ nodes: 4, seed: 7, scenario: 'degraded' });
  const at = now ?? w.now;
  return buildFindings(w.snapshot, {
    now: at,
    configMaps: w.configMaps,
    dns: { status: 'mismatch', name: 'kubernetes.default.svc.cluster.local', server: '127.0.0.1:5353', answers: ['10.96.0.9'], expected: '10.96.0.1', checkedAt: '' },
    podMetrics: { ok: false, at: new Date(w.now).toISOString(), message: 'the server is currently unable to handle the request' },
  });
}

describe('finding descriptors', () => {
  it.each(listCaptures())('%s: every finding\'s messages render to its English fields, and in Korean', (name) => {
    const snapshot = loadCapture(name);
    const findings = buildFindings(snapshot, captureContext(name, captureTime(snapshot)));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expectDescriptorsMatch(f);
      expectKorean(f);
    }
  });

  it('the degraded demo world: every finding\'s messages render to its English fields, and in Korean', () => {
    const findings = degradedWorld();
    expect(findings.some((f) => f.severity === 'critical')).toBe(true);
    for (const f of findings) {
      expectDescriptorsMatch(f);
      expectKorean(f);
    }
    // A group of one keeps its finding's title; a group of several is titled in the catalogue's words.
    for (const group of groupFindings(findings)) {
      const title = english(group.titleMessage);
      if (group.findings.length === 1) expect(title).toBe(group.findings[0]!.title);
      else expect(title).not.toBe('');
    }
  });

  it('says when with moments, not ages: the findings of an unchanged world are the same seconds later', () => {
    const now = worldSnapshot({ nodes: 4, seed: 7, scenario: 'degraded' }).now;
    const first = degradedWorld(now);
    // The NotReady node's last heartbeat and the crash-looping container's end are moments.
    expect(JSON.stringify(first)).toMatch(/"at":\{"at":"2026-/);
    expect(JSON.stringify(degradedWorld(now + 7_000))).toBe(JSON.stringify(first));
  });
});
