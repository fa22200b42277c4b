/** Words for amendment kinds and statuses, paragraph labels, and group look-ups. */
import type { AmendmentKind, AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';
import { isBlockKind, type BlockKind } from '../../shared/document/kinds.js';
import { citationText, type CitationWords, type ParagraphCitation } from '../../shared/document/paragraph-citation.js';
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

/** The reader's words for a citation ("PP 12", "OP 7 (b)", a heading's words). */
export function citationWords(t: Translate): CitationWords {
  return {
    title: t('kind.title'),
    heading: (text) => (text ? t('amendments.cite.heading', { text }) : t('kind.heading')),
    preambular: (number) => t('amendments.cite.preambular', { number }),
    operative: (number) => t('amendments.cite.operative', { number }),
    subparagraph: (operative, letter) => t('amendments.cite.subparagraph', { operative, letter }),
    looseSubItem: (letter) => t('amendments.cite.looseSubItem', { letter }),
  };
}

export function citationLabel(t: Translate, citation: ParagraphCitation): string {
  return citationText(citation, citationWords(t));
}

/** A paragraph as people cite it ("PP 12", "OP 7 (b)"); from its number and kind alone where only those are known. */
type Labelled = Pick<DocParagraph, 'number' | 'kind'> & { citation?: ParagraphCitation };

export function paragraphLabel(t: Translate, paragraph: Labelled | undefined): string {
  if (!paragraph) return t('amendments.paragraph.gone');
  if (paragraph.citation) return citationLabel(t, paragraph.citation);
  return paragraph.number ? t('amendments.paragraph.numbered', { number: paragraph.number }) : blockKindLabel(t, paragraph.kind);
}

/** Where an amendment applies: its paragraph, or "after" it for a new paragraph. */
export function amendmentPlace(t: Translate, kind: AmendmentKind, paragraph: Labelled | undefined): string {
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
