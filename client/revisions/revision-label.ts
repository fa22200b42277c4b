/** How a revision is named on screen: the chair's name as typed, the server's checkpoint names from their codes. */
import type { RevisionView } from '../../shared/revisions/revision-schemas.js';
import type { Translate } from '../i18n/I18nProvider';
import { LIVE } from './revisions-api';

type Named = Pick<RevisionView, 'id' | 'kind' | 'name' | 'nameCode' | 'nameParams'>;

/** `all`: the document's revisions, so that a restore names the restored revision as this client would. */
export function revisionLabel(t: Translate, revision: Pick<RevisionView, 'kind' | 'name' | 'nameCode' | 'nameParams'>, all: readonly Named[] = [], depth = 0): string {
  const { nameCode: code, nameParams: params } = revision;
  if (revision.kind === 'named' || !code) return revision.name;
  if (code === 'checkpoint-pause') return t('revisions.checkpoint.pause');
  if (code === 'checkpoint-everyone-left') return t('revisions.checkpoint.left');
  if (!params) return revision.name;
  // A restore of a restore of …: one level of names is enough to say which text it was.
  const restored = depth === 0 ? all.find((candidate) => candidate.id === params.revisionId) : undefined;
  const name = restored ? revisionLabel(t, restored, all, depth + 1) : params.name;
  return t(code === 'before-restoring' ? 'revisions.checkpoint.beforeRestore' : 'revisions.checkpoint.restored', { name });
}

/** A comparison side by id: the live text, a known revision, or the name the server gave it. */
export function sideLabel(t: Translate, id: string, revisions: readonly RevisionView[], fallback?: string): string {
  if (id === LIVE) return t('compare.live');
  const revision = revisions.find((candidate) => candidate.id === id);
  return revision ? revisionLabel(t, revision, revisions) : (fallback ?? id);
}
