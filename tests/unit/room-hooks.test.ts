import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type Db } from '../../server/db/database.js';
import { UpdateLogRepo } from '../../server/collab/update-log.repo.js';
import { RoomRegistry } from '../../server/collab/room-registry.js';
import type { RoomHookName, RoomHooks } from '../../server/collab/room-hooks.js';
import type { CollabConnection } from '../../server/collab/connection.js';
import { DocumentsRepo } from '../../server/documents/documents.repo.js';
import { FRAGMENT_NAME } from '../../shared/document/kinds.js';
import { DEFAULT_GROUPS } from '../../shared/groups.js';

const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

type Event = RoomHookName | 'sent';

/** A registry over a fresh database, with hooks that note each call in `events`. */
function setup(stored?: Y.Doc) {
  const db = openDatabase(':memory:');
  dbs.push(db);
  const log = new UpdateLogRepo(db);
  const documentId = new DocumentsRepo(db).create({ title: 'T', groups: DEFAULT_GROUPS, createdBy: null }).id;
  if (stored) log.compact(documentId, Y.encodeStateAsUpdate(stored), 0);
  const registry = new RoomRegistry(log, { idleUnloadMs: 60_000, compactAfterUpdates: 1_000 });
  const events: Event[] = [];
  const note = (name: RoomHookName) => () => events.push(name);
  const hooks: RoomHooks = {
    opened: note('opened'),
    blocksChanged: note('blocksChanged'),
    committed: note('committed'),
    compacted: note('compacted'),
    emptied: note('emptied'),
  };
  registry.use(hooks);
  return { registry, documentId, events };
}

function connection(events: Event[], name = 'a'): CollabConnection {
  return {
    participantId: `pa_${name}`,
    canWrite: true,
    presence: { name, color: '#123456', groupId: 'academia', role: 'drafter', participantId: `pa_${name}` },
    send: () => events.push('sent'),
    close: () => undefined,
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the room hooks', () => {
  it('runs opened before the blocksChanged of the ids repaired on a document stored without them', () => {
    const stored = new Y.Doc();
    stored.getXmlFragment(FRAGMENT_NAME).insert(0, [new Y.XmlElement('paragraph')]);
    const { registry, documentId, events } = setup(stored);
    registry.open(documentId);
    expect(events).toEqual(['opened', 'blocksChanged']);
    registry.closeAll();
  });

  it('runs committed before any message revealing the update goes out', async () => {
    const { registry, documentId, events } = setup();
    const room = registry.open(documentId);
    room.join(connection(events));
    events.length = 0;
    room.edit({ participantId: 'pa_a' }, (doc) => doc.getText('t').insert(0, 'hello'));
    expect(events).toEqual([]);
    await nextTurn();
    expect(events).toEqual(['committed', 'sent']);
    expect(room.log.lastSeq).toBeGreaterThan(0);
    registry.closeAll();
  });

  it('runs emptied when the last connection leaves, and not for a room already unloaded', () => {
    const { registry, documentId, events } = setup();
    const first = connection(events, 'a');
    const second = connection(events, 'b');
    const room = registry.open(documentId);
    room.join(first);
    room.join(second);
    room.leave(first);
    expect(events.filter((event) => event === 'emptied')).toHaveLength(0);
    room.leave(second);
    expect(events.filter((event) => event === 'emptied')).toHaveLength(1);

    const reopened = registry.open(documentId);
    const late = connection(events, 'c');
    reopened.join(late);
    registry.unload(documentId);
    reopened.leave(late);
    expect(events.filter((event) => event === 'emptied')).toHaveLength(1);
  });

  it('runs compacted once the snapshot holds every committed update, and not again when nothing changed', () => {
    const { registry, documentId, events } = setup();
    const room = registry.open(documentId);
    for (const word of ['a', 'b', 'c']) room.edit({ participantId: 'pa_a' }, (doc) => doc.getText('t').insert(0, word));
    registry.compact(documentId);
    expect(events).toEqual(['opened', 'committed', 'compacted']);
    expect(room.log.uncompacted).toBe(0);
    expect(room.log.throughSeq).toBe(room.log.lastSeq);
    registry.compact(documentId);
    expect(events.filter((event) => event === 'compacted')).toHaveLength(1);
    registry.closeAll();
  });
});
