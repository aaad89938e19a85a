/** Why a kind is unknown, as a message: its own module, light enough for the header's tooltips in the browser. */
import type { Message } from '@/lib/api/message';
import { say, verbatim } from './say';

/**
 * The words the cache gives a kind it cannot list (`not served by this API server (…)`, `not in the
 * capture`) as a message; other text (an API server's error) stays as it is, inside the message.
 */
export function unavailableWhy(text: string): Message {
  const served = /^not served by this API server(.*)$/s.exec(text);
  if (served) return say('problem.unservedDetail', { detail: served[1]!.trim() || 'none' });
  const captured = /^not in the capture(.*)$/s.exec(text);
  if (captured) return say('problem.notCaptured', { detail: captured[1]!.trim() || 'none' });
  return verbatim(text);
}
