import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { CollabConnection } from '../../server/collab/connection.js';
import { MESSAGE_AWARENESS, MalformedMessage, decodeAwarenessEntries, parseAwarenessState } from '../../server/collab/messages.js';
import { PresenceRelay } from '../../server/collab/presence-relay.js';
import { MessageRate } from '../../server/collab/message-rate.js';
import { waitFor } from '../support/collab-client.js';

const BATCH_MS = 30;

function connection(name: string): CollabConnection {
  return {
    participantId: `pa_${name}`,
    canWrite: true,
    presence: { name, color: '#123456', groupId: 'academia', role: 'drafter', participantId: `pa_${name}` },
    send: () => undefined,
    close: () => undefined,
  };
}

/** The client ids, clocks and states of one broadcast presence message. */
function entriesOf(message: Uint8Array) {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_AWARENESS);
  return decodeAwarenessEntries(decoding.readVarUint8Array(decoder)).map((entry) => ({
    clientId: entry.clientId,
    clock: entry.clock,
    state: parseAwarenessState(entry.state),
  }));
}

function client(): Awareness {
  return new Awareness(new Y.Doc());
}

const announce = (awareness: Awareness) => encodeAwarenessUpdate(awareness, [awareness.clientID]);
/** A caret as y-prosemirror sets it: two Yjs relative positions, as JSON. */
const caret = (clock: number) => ({
  anchor: { type: null, tname: null, item: { client: 7, clock }, assoc: 0 },
  head: { type: null, tname: null, item: { client: 7, clock: clock + 2 }, assoc: -1 },
});

describe('presence relay', () => {
  const sent: Uint8Array[] = [];
  let relay: PresenceRelay;
  afterEach(() => {
    relay.destroy();
    sent.length = 0;
  });

  function start(): PresenceRelay {
    relay = new PresenceRelay(new Y.Doc(), (message) => sent.push(message), BATCH_MS);
    return relay;
  }

  it('sends a real change at once, stamped with the participant the server knows', () => {
    start();
    const alice = connection('Alice');
    relay.join(alice);
    const tab = client();
    tab.setLocalState({ cursor: caret(3), user: { name: 'Someone Else' } });
    relay.apply(alice, announce(tab));
    expect(sent).toHaveLength(1);
    const [entry] = entriesOf(sent[0] as Uint8Array);
    expect(entry?.clientId).toBe(tab.clientID);
    expect(entry?.state).toMatchObject({ cursor: caret(3), user: { name: 'Alice', groupId: 'academia' } });
  });

  it('keeps only the user and a well-formed caret of a state, for everyone and for newcomers', () => {
    start();
    const alice = connection('Alice');
    relay.join(alice);
    const tab = client();
    const shaped = caret(5);
    tab.setLocalState({ cursor: { ...shaped, extra: 'x', anchor: { ...shaped.anchor, note: 'y' } }, avatar: 'data:…', user: { name: 'Alice', bio: 'long' } });
    relay.apply(alice, announce(tab));
    const everyone = relay.everyone();
    for (const message of [sent[0], everyone]) {
      const [entry] = entriesOf(message as Uint8Array);
      expect(entry?.state).toEqual({ user: alice.presence, cursor: shaped });
    }
    tab.setLocalState({ cursor: { anchor: 'here' }, selection: [1, 2] });
    relay.apply(alice, announce(tab));
    expect(entriesOf(sent[1] as Uint8Array)[0]?.state).toEqual({ user: alice.presence });
  });

  it('charges echoes to the message rate only past one per presence message sent', () => {
    start();
    const alice = connection('Alice');
    const rate = new MessageRate(3, 1, () => 0);
    const bob = { ...connection('Bob'), rate };
    relay.join(alice);
    relay.join(bob);
    const tab = client();
    tab.setLocalState({ cursor: caret(1) });
    relay.apply(alice, announce(tab));
    const echo = announce(tab);
    // One broadcast since Bob joined, plus the copy of everyone he got on joining: two free echoes.
    relay.apply(bob, echo);
    relay.apply(bob, echo);
    for (let i = 0; i < 3; i++) relay.apply(bob, echo);
    expect(() => relay.apply(bob, echo)).toThrow(rate.refusal);
  });

  it('refuses a presence state larger than the cap before reading it', () => {
    start();
    const alice = { ...connection('Alice'), maxPresenceBytes: 1024 };
    relay.join(alice);
    const tab = client();
    tab.setLocalState({ cursor: caret(1), padding: 'x'.repeat(1100) });
    expect(() => relay.apply(alice, announce(tab))).toThrow(/presence state of \d+ bytes; at most 1024/);
    expect(sent).toHaveLength(0);
    expect(relay.awareness.getStates().size).toBe(0);
  });

  it('gathers renewals (same state, newer clock) from several people into one message', async () => {
    start();
    const tabs = ['Alice', 'Bashir', 'Chen'].map((name) => {
      const who = connection(name);
      relay.join(who);
      const tab = client();
      tab.setLocalState({ cursor: caret(1) });
      relay.apply(who, announce(tab));
      return { who, tab };
    });
    expect(sent).toHaveLength(3);
    for (const { who, tab } of tabs) {
      tab.setLocalState({ cursor: caret(1) });
      relay.apply(who, announce(tab));
    }
    expect(sent).toHaveLength(3);
    await waitFor(() => sent.length > 3, 'the batch of renewals');
    expect(sent).toHaveLength(4);
    const renewed = entriesOf(sent[3] as Uint8Array);
    expect(renewed.map((entry) => entry.clientId).sort()).toEqual(tabs.map(({ tab }) => tab.clientID).sort());
    expect(renewed.every((entry) => entry.clock === 2)).toBe(true);
  });

  it('does not renew someone who left before the renewals went out', async () => {
    start();
    const alice = connection('Alice');
    relay.join(alice);
    const tab = client();
    tab.setLocalState({ cursor: caret(1) });
    relay.apply(alice, announce(tab));
    tab.setLocalState({ cursor: caret(1) });
    relay.apply(alice, announce(tab));
    relay.leave(alice);
    // Bob's renewal, asked for after Alice's, goes out in the same batch or a later one: once it is out, hers had its chance.
    const bob = connection('Bob');
    relay.join(bob);
    const bobTab = client();
    bobTab.setLocalState({ cursor: caret(2) });
    relay.apply(bob, announce(bobTab));
    bobTab.setLocalState({ cursor: caret(2) });
    relay.apply(bob, announce(bobTab));
    const renewedBob = () => sent.some((message) => entriesOf(message).some((entry) => entry.clientId === bobTab.clientID && entry.clock === 2));
    await waitFor(renewedBob, "Bob's renewal");
    const aboutAlice = sent.flatMap((message) => entriesOf(message)).filter((entry) => entry.clientId === tab.clientID);
    // The arrival, then the departure (a null state); no renewal after it.
    expect(aboutAlice.map((entry) => entry.state === null)).toEqual([false, true]);
  });

  it('skips echoes of someone else\'s presence without reading their JSON', () => {
    start();
    const alice = connection('Alice');
    const bob = connection('Bob');
    relay.join(alice);
    relay.join(bob);
    const tab = client();
    tab.setLocalState({ cursor: caret(1) });
    relay.apply(alice, announce(tab));
    // Bob's client echoes Alice's state back with the same clock (and, here, garbage for its state).
    const echo = encodeAwarenessUpdate(tab, [tab.clientID]);
    const garbled = echo.slice();
    garbled[garbled.length - 2] = 0x7b; // still well-framed bytes, no longer valid JSON
    expect(() => relay.apply(bob, garbled)).not.toThrow();
    expect(sent).toHaveLength(1);
    // A new identity with bad JSON is refused.
    const stranger = client();
    stranger.setLocalState({ cursor: caret(2) });
    const bad = encodeAwarenessUpdate(stranger, [stranger.clientID]);
    bad[bad.length - 2] = 0x7b;
    expect(() => relay.apply(bob, bad)).toThrow(MalformedMessage);
  });
});
