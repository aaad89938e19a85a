/**
 * Evidence about a component's health (a status plus human reasons) and how pieces of it combine;
 * also the small wording helpers every status reason shares.
 */
import type { Message } from '@/lib/api/message';
import type { Status } from '@/lib/api/types';
import { messageKey, say } from './say';

export interface Evidence {
  status: Status;
  /** Why, as messages (lib/model/say): the API sends their English text and the descriptors. */
  reasons: Message[];
}

/** At most this many reasons per component: the first ones say what is wrong, the rest are dropped. */
export const MAX_REASONS = 3;
/** Names listed in one reason before "and N more". */
export const MAX_NAMES = 3;

/** Natural order for names (`w-9` before `w-10`), as operators read node and pod lists. */
export const compareNames: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

const SEVERITY: Record<Status, number> = { healthy: 0, unknown: 1, degraded: 2, down: 3 };

/** The more severe of two statuses (down > degraded > unknown > healthy). */
export function worse(a: Status, b: Status): Status {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * One verdict from several sources: `unknown` sources count only when nothing else knows, failures
 * lead the reasons, and reasons are capped at MAX_REASONS.
 */
export function combineEvidence(parts: readonly (Evidence | undefined)[]): Evidence {
  const present = parts.filter((p): p is Evidence => Boolean(p));
  const known = present.filter((p) => p.status !== 'unknown');
  const counted = known.length > 0 ? known : present;
  if (counted.length === 0) return { status: 'unknown', reasons: [say('reason.noEvidence')] };
  const status = counted.reduce<Status>((acc, p) => worse(acc, p.status), 'healthy');
  const ordered = [...counted].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
  const reasons = new Map(ordered.flatMap((p) => p.reasons).map((r) => [messageKey(r), r]));
  return { status, reasons: [...reasons.values()].slice(0, MAX_REASONS) };
}

/** `a, b, c and 4 more` ("a, b, c 외 4개") as a message, with at most `cap` names. */
export function listNames(names: readonly string[], cap = MAX_NAMES): Message {
  return say('reason.names', nameList(names, cap));
}

/** A list of names for a message: at most `cap` of them joined, and how many more (`{names} and {more} more`). */
export function nameList(names: readonly string[], cap = MAX_NAMES): { names: string; more: number } {
  return { names: names.slice(0, cap).join(', '), more: Math.max(0, names.length - cap) };
}

/** `readyCountText` as a message. */
export function readyCount(ready: number, total: number, noun: 'pod' | 'node' = 'pod'): Message {
  return say(noun === 'pod' ? 'reason.podsReady' : 'reason.nodesReady', { ready, total });
}

/**
 * `1 of 1 pod ready`, `2 of 3 pods ready`, `4,998 of 5,000 nodes ready`: the one wording of a ready count,
 * shared by the reasons and the cards (the noun agrees with the total).
 */
export function readyCountText(ready: number, total: number, noun: 'pod' | 'node' = 'pod'): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return total === 1 ? `${n(ready)} of 1 ${noun} ready` : `${n(ready)} of ${n(total)} ${noun}s ready`;
}

/** `1 pod` / `3 pods`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Whole seconds between an RFC3339 time and `now`, or undefined when the time does not parse. */
export function secondsSince(time: string | null | undefined, now: number): number | undefined {
  if (!time) return undefined;
  const at = Date.parse(time);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((now - at) / 1000));
}

/**
 * A condition or check message cut to its headline: the text before the first `:` or `;`, without a
 * trailing period, first letter lowered unless it starts an acronym (`PLEG is not healthy`).
 * e.g. "container runtime network not ready: NetworkReady=false …" → "container runtime network not ready".
 */
export function headline(message: string | null | undefined, maxLength = 80): string {
  const text = (message ?? '').trim().split(/[:;\n]/)[0]?.trim().replace(/\.$/, '') ?? '';
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return lowered.length > maxLength ? `${lowered.slice(0, maxLength - 1)}…` : lowered;
}
