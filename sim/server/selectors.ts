/**
 * Label and field selectors as the API server parses them (`app in (a,b),!canary`, `spec.nodeName=n1`),
 * compiled once per request into predicates over an object's labels or selectable fields.
 */
import { badRequest } from './status';

export type Labels = Record<string, string> | undefined;
export type LabelPredicate = (labels: Labels) => boolean;
export type FieldPredicate = (fields: Record<string, string>) => boolean;

/** Split on commas that are not inside parentheses. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const KEY = String.raw`[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?`;
const SET_RE = new RegExp(`^(${KEY})\\s+(in|notin)\\s*\\((.*)\\)$`);
const CMP_RE = new RegExp(`^(${KEY})\\s*(==|!=|=|>|<)\\s*(.*)$`);
const EXISTS_RE = new RegExp(`^(!?)\\s*(${KEY})$`);

function parseRequirement(req: string): LabelPredicate {
  let m = SET_RE.exec(req);
  if (m) {
    const key = m[1];
    const values = new Set(m[4].split(',').map((v) => v.trim()));
    return m[3] === 'in'
      ? (l) => l?.[key] !== undefined && values.has(l[key])
      : (l) => l?.[key] === undefined || !values.has(l[key]);
  }
  m = CMP_RE.exec(req);
  if (m) {
    const [, key, , op, raw] = m;
    const value = raw.trim();
    if (op === '>' || op === '<') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw badRequest(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
      return (l) => l?.[key] !== undefined && (op === '>' ? Number(l[key]) > n : Number(l[key]) < n);
    }
    return op === '!=' ? (l) => l?.[key] !== value : (l) => l?.[key] === value;
  }
  m = EXISTS_RE.exec(req);
  if (m) {
    const key = m[2];
    return m[1] ? (l) => l?.[key] === undefined : (l) => l?.[key] !== undefined;
  }
  throw badRequest(`unable to parse requirement: found '${req}', expected: in, notin, =, ==, !=, gt, lt`);
}

/**
 * Compile a `labelSelector` query value. Semantics of the API server: requirements are ANDed; `!=` and
 * `notin` match objects that lack the key; an empty selector matches everything.
 */
export function parseLabelSelector(s: string | null | undefined): LabelPredicate | undefined {
  if (!s || !s.trim()) return undefined;
  const preds = splitTopLevel(s).map(parseRequirement);
  return (labels) => preds.every((p) => p(labels));
}

/**
 * Compile a `fieldSelector` query value (`a=b`, `a==b`, `a!=b`, comma-ANDed). A field the resource does
 * not support is a 400 `field label not supported: X`, like the real server.
 */
export function parseFieldSelector(s: string | null | undefined, supported: readonly string[]): FieldPredicate | undefined {
  if (!s || !s.trim()) return undefined;
  const preds = splitTopLevel(s).map((req): FieldPredicate => {
    const m = /^([^!=]+?)\s*(==|!=|=)\s*(.*)$/.exec(req);
    if (!m) throw badRequest(`invalid selector: '${s}'; can't understand '${req}'`);
    const [, field, op, value] = m;
    if (!supported.includes(field)) throw badRequest(`field label not supported: ${field}`);
    const unescaped = value.replace(/\\(.)/g, '$1');
    return op === '!=' ? (f) => (f[field] ?? '') !== unescaped : (f) => (f[field] ?? '') === unescaped;
  });
  return (fields) => preds.every((p) => p(fields));
}
