/**
 * No component renders user-facing text that is not a message: every TSX file of components/ and app/
 * is scanned (tests and the development-only preview aside). Files not yet translated are listed in
 * UNTRANSLATED: the list may only shrink, and a listed file that has become clean fails until removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals, isUserFacing } from './literals';

const ROOT = path.resolve(__dirname, '../..');

/** Not yet translated (issue 17); each entry is a debt, remove it when its file speaks through messages. */
const UNTRANSLATED: readonly string[] = [
  'components/events/events-view.tsx',
  'components/kubectl/kubectl-commands.tsx',
  'components/nodes/node-detail-tables.tsx',
  'components/nodes/node-detail-view.tsx',
  'components/nodes/node-readiness.tsx',
  'components/nodes/node-summary.tsx',
  'components/nodes/node-table.tsx',
  'components/nodes/nodes-view.tsx',
  'components/pods/pod-table.tsx',
  'components/pods/pods-view.tsx',
];

function tsxFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx') && !e.name.endsWith('.dev.tsx'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('app/dev/'))
    .sort();
}

const FILES = [...tsxFiles('components'), ...tsxFiles('app')];

describe('user-facing literals in TSX', () => {
  it.each(FILES.filter((f) => !UNTRANSLATED.includes(f)))('%s renders only messages', (file) => {
    expect(findLiterals(file, readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it.each(UNTRANSLATED.map((f) => [f]))('%s is still listed as untranslated only while it has literals', (file) => {
    expect(FILES).toContain(file);
    expect(findLiterals(file, readFileSync(path.join(ROOT, file), 'utf8')).length).toBeGreaterThan(0);
  });
});

describe('the literal scanner', () => {
  it('finds JSX text, rendered strings and read attributes', () => {
    const code = `export const A = () => <div title="Open the pod"><p>Healthy pods</p>{ok ? 'All good' : t('x')}<i aria-label={\`Copy \${x}\`} /></div>;`;
    expect(findLiterals('a.tsx', code).map((l) => l.text)).toEqual(['Open the pod', 'Healthy pods', 'All good', 'Copy']);
    const table = `export const T = () => <DataTable columns={['Name', { label: 'Last seen', className: 'w-1' }, t('x')]} meta="newest first" />;`;
    expect(findLiterals('t.tsx', table).map((l) => l.text)).toEqual(['Name', 'Last seen', 'newest first']);
  });

  it('lets names, kubectl, flags, units and punctuation through', () => {
    for (const text of ['kubectl', 'CoreDNS · kubelet', '--tail', '12 ms', '—', '(Pod)', 'kube-system', 'MAX_REASONS', 'podCount']) {
      expect(isUserFacing(text), text).toBe(false);
    }
  });

  it('leaves commands in <code> as written', () => {
    expect(findLiterals('c.tsx', 'export const C = () => <p>{t("x")} <code>kubectl get pods -n kube-system</code></p>;')).toEqual([]);
  });

  it('ignores class names, keys and calls', () => {
    const code = `export const A = () => <div className="flex items-center" key="row"><T>{t('overview.title')}</T>{name}</div>;`;
    expect(findLiterals('a.tsx', code)).toEqual([]);
  });
});
