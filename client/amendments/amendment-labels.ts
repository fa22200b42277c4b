/** Words for amendment kinds and statuses, paragraph labels, and group look-ups. */
import type { AmendmentKind, AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';
import { isBlockKind, type BlockKind } from '../../shared/document/kinds.js';
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import type { Translate } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { NEUTRAL_COLOUR } from '../presence/group-color';
import type { DocParagraph } from './inline/paragraph-index';

export const STATUS_KEYS: Record<AmendmentStatus, MessageKey> = {
  proposed: 'amendments.status.proposed',
  accepted: 'amendments.status.accepted',
  rejected: 'amendments.status.rejected',
  withdrawn: 'amendments.status.withdrawn',
  stale: 'amendments.status.stale',
};

export const KIND_KEYS: Record<AmendmentKind, MessageKey> = {
  replace: 'amendments.kind.replace',
  insert: 'amendments.kind.insert',
  delete: 'amendments.kind.delete',
  'insert-paragraph': 'amendments.kind.insert-paragraph',
  'delete-paragraph': 'amendments.kind.delete-paragraph',
};

const BLOCK_KEYS: Record<BlockKind, MessageKey> = {
  title: 'kind.title',
  heading: 'kind.heading',
  preambular: 'kind.preambular',
  operative: 'kind.operative',
  subparagraph: 'kind.subparagraph',
};

export function blockKindLabel(t: Translate, kind: string | null): string {
  return kind && isBlockKind(kind) ? t(BLOCK_KEYS[kind]) : t('amendments.paragraph.unknown');
}

/** "Para. 3." for numbered paragraphs, else the kind ("Preambular"), for cards and filters. */
export function paragraphLabel(t: Translate, paragraph: Pick<DocParagraph, 'number' | 'kind'> | undefined): string {
  if (!paragraph) return t('amendments.paragraph.gone');
  return paragraph.number ? t('amendments.paragraph.numbered', { number: paragraph.number }) : blockKindLabel(t, paragraph.kind);
}

/** Where an amendment applies: its paragraph, or "after" it for a new paragraph. */
export function amendmentPlace(t: Translate, kind: AmendmentKind, paragraph: Pick<DocParagraph, 'number' | 'kind'> | undefined): string {
  const label = paragraphLabel(t, paragraph);
  return kind === 'insert-paragraph' && paragraph ? t('amendments.paragraph.after', { label }) : label;
}

export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export interface GroupLook {
  name: string;
  color: string;
}

export function groupLook(t: Translate, groups: readonly StakeholderGroup[], groupId: string): GroupLook {
  const group = findGroup(groups, groupId);
  return group ? { name: groupLabel(t, group), color: group.color } : { name: groupId || '—', color: NEUTRAL_COLOUR };
}
