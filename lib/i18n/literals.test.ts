/**
 * No component renders user-facing text that is not a message: every TSX file of components/ and app/,
 * and every `.ts` module of components/, is scanned (tests and the development-only preview aside). Files not yet translated are listed in
 * UNTRANSLATED: the list may only shrink, and a listed file that has become clean fails until removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals, isUserFacing } from './literals';

const ROOT = path.resolve(__dirname, '../..');

/** Not yet translated (issue 17); each entry is a debt, remove it when its file speaks through messages. */
const UNTRANSLATED: readonly string[] = [
];

/** Modules only the development preview (app/dev/) imports: sample data, never shown to a reader. */
const DEVELOPMENT_ONLY: readonly string[] = ['components/overview/sample-data.ts'];

/** The files of `dir` ending in one of `extensions`, tests and development-only files aside. */
function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)) && !/\.(test|dev)\.tsx?$|\.d\.ts$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('app/dev/') && !DEVELOPMENT_ONLY.includes(f))
    .sort();
}

const FILES = [...sourceFiles('components', ['.tsx', '.ts']), ...sourceFiles('app', ['.tsx'])];

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

  it('finds text kept in module constants: records, arrays of labels, templates', () => {
    const code = [
      "const TITLE: Record<State, string> = { down: 'API server unreachable', ok: 'Connected' };",
      "const LABELS = ['All statuses', 'Not ready'] as const;",
      'const count = `${n} nodes shown`;',
      "export const C = () => <p>{TITLE.down} {LABELS[0]} {count}</p>;",
    ].join('\n');
    expect(findLiterals('c.tsx', code).map((l) => l.text)).toEqual(['API server unreachable', 'Connected', 'All statuses', 'Not ready', 'nodes shown']);
  });

  it('finds default props and parameters, and text a function returns', () => {
    const code = [
      "export function Panel({ title = 'Could not load', empty = t('x') }: Props) { return <p>{title}{empty}</p>; }",
      "function label(s: Status) { if (s === 'down') return 'Unreachable'; return s === 'ok' ? t('ok') : 'Unknown state'; }",
      "const short = (n: number) => n === 1 ? 'one pod' : `${n} pods`;",
    ].join('\n');
    expect(findLiterals('p.tsx', code).map((l) => l.text)).toEqual(['Could not load', 'Unreachable', 'Unknown state', 'one pod']);
  });

  it("finds the same in a component's .ts module", () => {
    const code = "export const rangeLabel = (h: number) => (h === 1 ? 'the last hour' : `the last ${h} hours`);";
    expect(findLiterals('components/charts/units.ts', code).map((l) => l.text)).toEqual(['the last hour', 'the last', 'hours']);
  });

  it('lets kept ids, keys, class names, URLs, commands, units and Kubernetes kinds through', () => {
    const code = [
      "const GROUPS = ['control-plane', 'add-on', 'monitoring'];",
      "const ROW = 'grid grid-cols-[5.5rem_minmax(8rem,12rem)_1fr] items-baseline gap-x-3 text-sm';",
      "const TONE: Record<Status, string> = { down: 'Bad thing', ok: 'Good thing' };",
      "const badgeClass = 'Some Class Name';",
      "const DOCS = 'https://kubernetes.io/docs/concepts/overview/';",
      "const HOME = '/components/coredns';",
      "const CHECK = 'kubectl get pods -n kube-system -o wide';",
      "const UNITS = ['Gi', 'Mi', 'Ki'];",
      "const KIND_LABELS = { configmaps: 'ConfigMaps', leases: 'node Leases', endpoints: 'Endpoints' };",
      "const STATE = { phase: 'Running' };",
      "function same(a: string) { return a === 'Some words' ? 1 : 0; }",
      "export const C = ({ size = 'md', label = t('x') }) => <p className={cx(ROW, 'flex')}>{t('x', { count: 2 })}</p>;",
    ].join('\n');
    expect(findLiterals('k.tsx', code)).toEqual([]);
  });

  it('ignores class names, keys and calls', () => {
    const code = `export const A = () => <div className="flex items-center" key="row"><T>{t('overview.title')}</T>{name}</div>;`;
    expect(findLiterals('a.tsx', code)).toEqual([]);
  });
});
