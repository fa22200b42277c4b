/**
 * The names the server gives checkpoints: the English `name` stored with the revision (what API clients
 * and old rows have) and the code clients translate, read back from it.
 */
import type { CheckpointNameCode, CheckpointNameParams } from '../../shared/revisions/revision-schemas.js';

export const CHECKPOINT_NAMES = {
  pause: 'Checkpoint (pause in editing)',
  everyoneLeft: 'Checkpoint (everyone left)',
  beforeRestoring: (name: string) => `Before restoring ${name}`,
  restored: (name: string) => `Restored ${name}`,
} as const;

const BEFORE_RESTORING = /^Before restoring (.+)$/s;
const RESTORED = /^Restored (.+)$/s;

interface NamedRecord {
  id: string;
  kind: 'named' | 'checkpoint';
  name: string;
  createdAt: number;
  restoredFrom: string | null;
}

export interface NameCode {
  nameCode: CheckpointNameCode | null;
  nameParams: CheckpointNameParams | null;
}

/**
 * A checkpoint's name as a code. The revision a restore names is found by id when it was recorded,
 * else as the latest one of that name cut before (`others`: the document's revisions at hand).
 */
export function checkpointNameCode(record: NamedRecord, others: readonly NamedRecord[]): NameCode {
  const none = { nameCode: null, nameParams: null };
  if (record.kind !== 'checkpoint') return none;
  if (record.name === CHECKPOINT_NAMES.pause) return { nameCode: 'checkpoint-pause', nameParams: null };
  if (record.name === CHECKPOINT_NAMES.everyoneLeft) return { nameCode: 'checkpoint-everyone-left', nameParams: null };
  const restored = RESTORED.exec(record.name)?.[1];
  if (restored !== undefined) return { nameCode: 'restored', nameParams: { revisionId: record.restoredFrom, name: restored } };
  const before = BEFORE_RESTORING.exec(record.name)?.[1];
  if (before === undefined) return none;
  const earlier = others
    .filter((other) => other.id !== record.id && other.name === before && other.createdAt <= record.createdAt)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  return { nameCode: 'before-restoring', nameParams: { revisionId: earlier?.id ?? null, name: before } };
}
