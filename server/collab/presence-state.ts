/**
 * What the server keeps and relays of a client's presence: its size capped, and only the fields the
 * Concord client reads — `user` (stamped by the server from the participant's identity) and the
 * caret's `cursor` {anchor, head} that y-prosemirror sets (Yjs relative positions as JSON). Anything
 * else a client puts there is dropped before it is stored or sent to anyone.
 */
import { z } from 'zod';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import { MalformedMessage, parseAwarenessState } from './messages.js';

const yId = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });
const relativePosition = z.object({
  type: yId.nullish(),
  tname: z.string().max(200).nullish(),
  item: yId.nullish(),
  assoc: z.number().int().optional(),
});
/** null when the editor is not focused. */
const cursorSchema = z.object({ anchor: relativePosition, head: relativePosition }).nullable();

export type RelayedPresence = { user: PresenceUser; cursor?: z.infer<typeof cursorSchema> } | null;

/**
 * The state to store and relay for one announced awareness entry (its JSON bytes as received).
 * Throws MalformedMessage when it is larger than `maxBytes` or is not a JSON object or null.
 */
export function relayedPresence(bytes: Uint8Array, user: PresenceUser, maxBytes: number): RelayedPresence {
  // Checked before the JSON is read: a megabyte of presence costs nothing but this comparison.
  if (bytes.length > maxBytes) throw new MalformedMessage(`presence state of ${bytes.length} bytes; at most ${maxBytes}`);
  const state = parseAwarenessState(bytes);
  if (state === null) return null;
  const cursor = cursorSchema.safeParse(state.cursor);
  return cursor.success ? { user, cursor: cursor.data } : { user };
}
