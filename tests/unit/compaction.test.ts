import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openDatabase, type Db } from '../../server/db/database.js';
import { UpdateLogRepo, type PendingUpdate } from '../../server/collab/update-log.repo.js';
import { RoomRegistry } from '../../server/collab/room-registry.js';
import { DocumentsRepo } from '../../server/documents/documents.repo.js';
import { DEFAULT_GROUPS } from '../../shared/groups.js';
import { tempDataDir } from '../support/test-server.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const dir = tempDataDir('concord-compaction-');
  dirs.push(dir);
  const db = openDatabase(join(dir, 'concord.sqlite'));
  dbs.push(db);
  const documentId = new DocumentsRepo(db).create({ title: 'T', groups: DEFAULT_GROUPS, createdBy: null }).id;
  return { db, log: new UpdateLogRepo(db), documentId };
}

/** Edits a doc and returns each update it produced, attributed in turn to the given participants. */
function typedUpdates(doc: Y.Doc, words: string[], participants: string[], documentId: string): PendingUpdate[] {
  const updates: PendingUpdate[] = [];
  const capture = (update: Uint8Array) => updates.push({ documentId, participantId: participants[updates.length % participants.length] ?? null, data: update, createdAt: 1_700_000_000_000 + updates.length * 1000 });
  doc.on('update', capture);
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  doc.off('update', capture);
  return updates;
}

function loadText(log: UpdateLogRepo, documentId: string): string {
  const stored = log.load(documentId);
  const doc = new Y.Doc();
  for (const part of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) Y.applyUpdate(doc, part);
  return doc.getText('t').toString();
}

describe('compacting the update log', () => {
  it('replaces the log with a snapshot holding the same text', () => {
    const { log, documentId } = setup();
    const doc = new Y.Doc();
    log.appendBatch(typedUpdates(doc, ['a', 'b', 'c', 'd'], ['pa_1'], documentId));
    const lastSeq = log.load(documentId).lastSeq;
    log.compact(documentId, Y.encodeStateAsUpdate(doc), lastSeq);
    expect(log.storedBytes(documentId).logRows).toBe(0);
    expect(loadText(log, documentId)).toBe('abcd');
  });

  it('keeps updates that arrived after the state it compacted', () => {
    const { log, documentId } = setup();
    const doc = new Y.Doc();
    log.appendBatch(typedUpdates(doc, ['a', 'b'], ['pa_1'], documentId));
    const snapshotState = Y.encodeStateAsUpdate(doc);
    const throughSeq = log.load(documentId).lastSeq;
    // These land while the snapshot is being prepared.
    log.appendBatch(typedUpdates(doc, ['c', 'd'], ['pa_2'], documentId));
    log.compact(documentId, snapshotState, throughSeq);
    expect(log.storedBytes(documentId).logRows).toBe(2);
    expect(loadText(log, documentId)).toBe('abcd');
  });

  it('keeps the record of who sent the updates it folds away', () => {
    const { log, documentId } = setup();
    const doc = new Y.Doc();
    log.appendBatch(typedUpdates(doc, ['a', 'b', 'c', 'd', 'e', 'f'], ['pa_alice', 'pa_bob', 'pa_carol'], documentId));
    const before = log.contributions(documentId).map((c) => [c.participantId, c.updates]);
    log.compact(documentId, Y.encodeStateAsUpdate(doc), log.load(documentId).lastSeq);
    const after = log.contributions(documentId).map((c) => [c.participantId, c.updates]);
    expect(before).toEqual([['pa_alice', 2], ['pa_bob', 2], ['pa_carol', 2]]);
    expect(after).toEqual(before);
  });

  it('is triggered by the registry once enough updates pile up, without losing any', async () => {
    const { log, documentId } = setup();
    const registry = new RoomRegistry(log, { idleUnloadMs: 60_000, compactAfterUpdates: 10 });
    const room = registry.open(documentId);
    for (let i = 0; i < 25; i++) {
      room.edit({ participantId: 'pa_x' }, (doc) => doc.getText('t').insert(i, String(i % 10)));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    registry.commitPending();
    expect(log.storedBytes(documentId).snapshot).toBeGreaterThan(0);
    expect(log.storedBytes(documentId).logRows).toBeLessThan(10);
    expect(loadText(log, documentId)).toBe('0123456789012345678901234');
    registry.closeAll();
  });
});
