/** One audit entry in words people read: what happened, to which paragraph as it is cited, whose proposal. */
import type { AuditEntryView } from '../../shared/api/audit.js';
import type { Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export interface AuditContext {
  /** "OP 3", "PP 12 "; null for a paragraph no longer in the text. */
  place: (paragraphId: string) => string | null;
  /** The amendment an entry names, when the list still has it. */
  amendment: (amendmentId: string) => { paragraphId: string; groupId: string } | undefined;
  group: (groupId: string) => string;
  date: (iso: string) => string;
}

const STATUS_KEYS: Record<string, MessageKey> = {
  open: 'status.open',
  bracketed: 'status.bracketed',
  agreed: 'status.agreed',
  'agreed-ad-ref': 'audit.status.agreedAdRef',
};

const AMENDMENT_ACTIONS: Record<string, MessageKey> = {
  'amendment.proposed': 'audit.amendment.proposed',
  'amendment.revised': 'audit.amendment.revised',
  'amendment.accepted': 'audit.amendment.accepted',
  'amendment.rejected': 'audit.amendment.rejected',
  'amendment.withdrawn': 'audit.amendment.withdrawn',
  'amendment.supported': 'audit.amendment.supported',
  'amendment.support-withdrawn': 'audit.amendment.supportWithdrawn',
  'amendment.commented': 'audit.amendment.commented',
  'amendment.stale': 'audit.amendment.stale',
};

const PLAIN_ACTIONS: Record<string, MessageKey> = {
  'amendment-period.opened': 'audit.period.opened',
  'amendment-period.closed': 'audit.period.closed',
  'silence.cancelled': 'audit.silence.cancelled',
  'silence.held': 'audit.silence.held',
  'silence.broken': 'audit.silence.brokenOutcome',
};

const NAMED_ACTIONS: Record<string, MessageKey> = {
  'revision.cut': 'audit.revision.cut',
  'revision.checkpoint': 'audit.revision.checkpoint',
  'revision.restored': 'audit.revision.restored',
  'document.renamed': 'audit.document.renamed',
};

export function describeAuditEntry(t: Translate, entry: AuditEntryView, context: AuditContext): string {
  const detail = (key: string): string => {
    const value = entry.details[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const placeOf = (paragraphId: string): string => (paragraphId && context.place(paragraphId)) || t('audit.place.gone');
  const status = (value: string): string => {
    const key = STATUS_KEYS[value];
    return key ? t(key) : value;
  };

  const amendmentKey = AMENDMENT_ACTIONS[entry.action];
  if (amendmentKey) {
    const amendment = entry.targetId ? context.amendment(entry.targetId) : undefined;
    const paragraphId = detail('paragraphId') || amendment?.paragraphId || '';
    return t(amendmentKey, { place: placeOf(paragraphId), group: amendment ? context.group(amendment.groupId) : t('audit.group.unknown') });
  }
  if (entry.action === 'paragraph.status' || entry.action === 'paragraph.reopened') {
    const params = { place: placeOf(entry.targetId ?? ''), from: status(detail('from') || 'open'), to: status(detail('status')) };
    if (detail('silenceProcedureId')) return t('audit.paragraph.bracketedBySilence', params);
    return t(entry.action === 'paragraph.reopened' ? 'audit.paragraph.reopened' : 'audit.paragraph.status', params);
  }
  if (entry.action === 'silence.started') return t('audit.silence.started', { deadline: context.date(detail('deadline')) });
  if (entry.action === 'silence.broken' && detail('paragraphId')) return t('audit.silence.broke', { place: placeOf(detail('paragraphId')) });
  const named = NAMED_ACTIONS[entry.action];
  if (named) return t(named, { name: detail('name') || detail('title') });
  const plain = PLAIN_ACTIONS[entry.action];
  return plain ? t(plain) : t('audit.other', { action: entry.action });
}

/** The note or reason an entry carries, shown under it. */
export function auditNote(entry: AuditEntryView): string | null {
  for (const key of ['note', 'reason'] as const) {
    const value = entry.details[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}
