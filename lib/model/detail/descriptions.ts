/**
 * One line on what a kube-system component does, for the well-known ones; for one no table knows, why it sits
 * in its group. A message (`description.*` in messages/<locale>/model.json), so the reader gets it in their
 * language; the JSON API's English comes from the same catalogue. Pure.
 */
import type { Message } from '@/lib/api/message';
import type { GroupId, Recognition } from '@/lib/api/types';
import model from '@/messages/en/model.json';
import { joinMessages, say, verbatim, type ModelMessageId } from '../say';

type KnownId = keyof (typeof model)['description']['known'];

/** The components the catalogue describes by name (server-side: this loads the English model catalogue). */
const KNOWN: ReadonlySet<string> = new Set(Object.keys(model.description.known));

/** What the component does, in one line; for one no table knows, why it sits in its group. */
export function describeComponent(id: string, group: GroupId, recognition?: Recognition): Message {
  if (KNOWN.has(id)) return say(`description.known.${id as KnownId}` as ModelMessageId);
  const inGroup = say(`description.group.${group}`);
  if (recognition?.by === 'shape') return say('description.byShape', { group: inGroup, evidence: evidenceOf(recognition) });
  if (recognition?.by === 'unrecognised') return say('description.unrecognised', { evidence: evidenceOf(recognition) });
  return inGroup;
}

function evidenceOf(recognition: Recognition): Message {
  return recognition.evidenceMessages?.length ? joinMessages(recognition.evidenceMessages) : verbatim(recognition.evidence.join('; '));
}
