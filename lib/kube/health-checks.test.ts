import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHealthText } from './health-checks';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/health', name), 'utf8');

describe('parseHealthText', () => {
  it('reads every check of a healthy cluster readyz', () => {
    const report = parseHealthText(fixture('readyz-verbose-healthy.txt'), true);
    expect(report.ok).toBe(true);
    expect(report.summary).toBe('readyz check passed');
    expect(report.checks.map((c) => c.name)).toContain('etcd');
    expect(report.checks.map((c) => c.name)).toContain('poststarthook/rbac/bootstrap-roles');
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(report.checks.length).toBe(24);
  });

  it('reads livez', () => {
    const report = parseHealthText(fixture('livez-verbose-healthy.txt'), true);
    expect(report.ok).toBe(true);
    expect(report.summary).toBe('livez check passed');
  });

  it('marks failed checks with their detail', () => {
    const text = '[+]ping ok\n[-]etcd failed: reason withheld\n[+]log ok\nreadyz check failed\n';
    const report = parseHealthText(text, false);
    expect(report.ok).toBe(false);
    expect(report.checks).toEqual([
      { name: 'ping', ok: true },
      { name: 'etcd', ok: false, detail: 'reason withheld' },
      { name: 'log', ok: true },
    ]);
    expect(report.summary).toBe('readyz check failed');
  });

  it('is not ok when the status says failure even if no check line failed', () => {
    expect(parseHealthText('internal error', false).ok).toBe(false);
  });
});
