/** How a revision is named on screen: the chair's name as typed, the server's checkpoint names translated. */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import type { Translate } from '../i18n/I18nProvider';
import { LIVE } from './revisions-api';

const BEFORE_RESTORING = /^Before restoring (.+)$/;
const RESTORED = /^Restored (.+)$/;

export function revisionLabel(t: Translate, revision: Pick<RevisionView, 'kind' | 'name'>): string {
  if (revision.kind === 'named') return revision.name;
  if (revision.name === 'Checkpoint (pause in editing)') return t('revisions.checkpoint.pause');
  if (revision.name === 'Checkpoint (everyone left)') return t('revisions.checkpoint.left');
  const before = BEFORE_RESTORING.exec(revision.name);
  if (before?.[1]) return t('revisions.checkpoint.beforeRestore', { name: before[1] });
  const restored = RESTORED.exec(revision.name);
  if (restored?.[1]) return t('revisions.checkpoint.restored', { name: restored[1] });
  return revision.name;
}

/** A comparison side by id: the live text, a known revision, or the name the server gave it. */
export function sideLabel(t: Translate, id: string, revisions: readonly RevisionView[], fallback?: string): string {
  if (id === LIVE) return t('compare.live');
  const revision = revisions.find((candidate) => candidate.id === id);
  return revision ? revisionLabel(t, revision) : (fallback ?? id);
}
