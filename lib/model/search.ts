/**
 * Ranks components, nodes, pods and pod statuses against what a person typed in the search box, by name
 * first and then by keyword (a pod's status: "CrashLoop" finds the crash-looping pods). Pure; fast
 * enough for 15,000 candidates per keystroke.
 */

import type { GroupId } from '@/lib/api/types';
import { compareNames } from './evidence';

/** `status`: a kubectl pod status, leading to the pod list filtered by it. */
export type SearchKind = 'status' | 'component' | 'node' | 'pod';

/** What the second line says, as facts for the UI to word in the reader's language (`detail` is its English). */
export type SearchAbout =
  | { kind: 'component'; name: string; group: GroupId }
  | { kind: 'node'; roles: string[] }
  | { kind: 'pod'; status: string; node?: string }
  | { kind: 'status'; count: number };

export interface SearchCandidate {
  kind: SearchKind;
  name: string;
  href: string;
  /** A short second line, in English: the component's group, a pod's node, a node's roles. */
  detail?: string;
  /** The same line's facts (the search service always gives both). */
  about?: SearchAbout;
  /** Also matched, after the name: a pod's status. */
  keywords?: string;
}

export interface SearchCandidateIndex {
  items: readonly SearchCandidate[];
  lower: readonly string[];
  lowerKeywords: readonly string[];
}

export function indexCandidates(items: readonly SearchCandidate[]): SearchCandidateIndex {
  return { items, lower: items.map((c) => c.name.toLowerCase()), lowerKeywords: items.map((c) => c.keywords?.toLowerCase() ?? '') };
}

const KIND_ORDER: Record<SearchKind, number> = { status: 0, component: 1, node: 2, pod: 3 };
/** A keyword match ranks after every name match. */
const KEYWORD_PENALTY = 4;
const BOUNDARY = /[-._/:]/;

/**
 * How well `name` matches `q` (both lower-case): 0 exact, 1 prefix, 2 prefix of a word inside the
 * name (after `-`, `.`, `_`, `/`, `:`), 3 anywhere; undefined for no match.
 */
export function matchScore(name: string, q: string): number | undefined {
  if (name === q) return 0;
  const at = name.indexOf(q);
  if (at < 0) return undefined;
  if (at === 0) return 1;
  for (let i = at; i >= 0; i = name.indexOf(q, i + 1)) {
    if (i > 0 && BOUNDARY.test(name[i - 1]!)) return 2;
    if (i + 1 >= name.length) break;
  }
  return 3;
}

/**
 * The best `limit` matches: by score (a keyword match after every name match), then statuses before
 * components before nodes before pods, then shorter names, then alphabetically.
 */
export function rankMatches(index: SearchCandidateIndex, query: string, limit = 20): SearchCandidate[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: { score: number; item: SearchCandidate }[] = [];
  for (let i = 0; i < index.items.length; i++) {
    let score = matchScore(index.lower[i]!, q);
    if (score === undefined && index.lowerKeywords[i]) {
      const byKeyword = matchScore(index.lowerKeywords[i]!, q);
      if (byKeyword !== undefined) score = byKeyword + KEYWORD_PENALTY;
    }
    if (score !== undefined) hits.push({ score, item: index.items[i]! });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] ||
      a.item.name.length - b.item.name.length ||
      compareNames(a.item.name, b.item.name),
  );
  return hits.slice(0, limit).map((h) => h.item);
}
