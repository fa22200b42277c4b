/** Why an amendment went stale, in the reader's language: from the server's code, its English text only for a code this client does not know. */
import type { AmendmentView, StaleCode } from '../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { groupLook, paragraphLabel } from './amendment-labels';
import type { DocParagraph } from './inline/paragraph-index';

const STALE_KEYS: Record<StaleCode, MessageKey> = {
  'text-changed': 'amendments.staleReason.text-changed',
  'text-ambiguous': 'amendments.staleReason.text-ambiguous',
  'paragraph-without-id': 'amendments.staleReason.paragraph-without-id',
  'preceding-paragraph-deleted': 'amendments.staleReason.preceding-paragraph-deleted',
  'paragraph-deleted': 'amendments.staleReason.paragraph-deleted',
  'paragraph-changed': 'amendments.staleReason.paragraph-changed',
  'overlaps-accepted': 'amendments.staleReason.overlaps-accepted',
};

export function staleReasonText(
  t: Translate,
  amendment: Pick<AmendmentView, 'staleReason' | 'staleCode' | 'staleParams'>,
  groups: readonly StakeholderGroup[],
  paragraphOf: (id: string) => Pick<DocParagraph, 'number' | 'kind'> | undefined,
): string {
  const { staleCode: code, staleParams: params } = amendment;
  if (!code) return amendment.staleReason ?? t('amendments.staleReason.text-changed');
  if (code !== 'overlaps-accepted') return t(STALE_KEYS[code]);
  if (!params) return t('amendments.staleReason.text-changed');
  return t(STALE_KEYS[code], { group: groupLook(t, groups, params.groupId).name, paragraph: paragraphLabel(t, paragraphOf(params.paragraphId)) });
}
