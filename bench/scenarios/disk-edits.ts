/** Which benchmark edits a server has on disk: its stored document loaded and its markers read. */
import { markersIn } from '../load/bench-document.js';
import { editKey } from '../load/markers.js';
import type { StorageProbe } from '../servers/server-adapter.js';

/** The keys of the edits on disk, those `counted` keeps (the measured ones, not the warm-up's). */
export function editKeysOnDisk(storage: StorageProbe, documentId: string, counted: (key: number) => boolean = () => true): Set<number> {
  const doc = storage.load(documentId);
  const keys = new Set(markersIn(doc).map((marker) => editKey(marker.writer, marker.seq)).filter(counted));
  doc.destroy();
  return keys;
}

export function countMissing(delivered: Iterable<number>, onDisk: ReadonlySet<number>): number {
  let missing = 0;
  for (const key of delivered) if (!onDisk.has(key)) missing += 1;
  return missing;
}
