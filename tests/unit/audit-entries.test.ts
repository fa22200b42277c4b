import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../shared/api/audit.js';
import { auditActors, filterAuditEntries, NO_AUDIT_FILTERS, SYSTEM_ACTOR } from '../../client/audit/audit-filters.js';
import { auditNote, describeAuditEntry, type AuditContext } from '../../client/audit/describe-entry.js';
import { interpolate } from '../../client/i18n/interpolate.js';
import { en, fr, type MessageKey } from '../../client/i18n/messages.js';

const entry = (seq: number, action: string, overrides: Partial<AuditEntryView> = {}): AuditEntryView => ({
  seq,
  at: '2026-07-09T10:00:00.000Z',
  participantId: 'pt_chair',
  participantName: 'Chair',
  groupId: 'governments',
  action,
  targetId: null,
  details: {},
  ...overrides,
});

const context: AuditContext = {
  place: (id) => (id === 'pabcdefghij' ? 'OP 7 (b)' : null),
  amendment: (id) => (id === 'am_1' ? { paragraphId: 'pabcdefghij', groupId: 'academia' } : undefined),
  group: (id) => ({ academia: 'Academia' })[id] ?? id,
  date: () => '9 Jul 2026, 12:00',
};
const english = (key: MessageKey, params?: Record<string, string | number>) => interpolate(en[key], params, 'en');
const french = (key: MessageKey, params?: Record<string, string | number>) => interpolate(fr[key], params, 'fr');

describe('audit entries in words', () => {
  it('names the paragraph as cited and the group whose amendment it was, never an id', () => {
    const rejected = entry(1, 'amendment.rejected', { targetId: 'am_1', details: { note: 'Out of scope' } });
    expect(describeAuditEntry(english, rejected, context)).toBe('Rejected the amendment of Academia to OP 7 (b)');
    expect(describeAuditEntry(french, rejected, context)).toBe('A rejeté l’amendement du groupe Academia (OP 7 (b))');
    expect(auditNote(rejected)).toBe('Out of scope');
  });

  it('says a status change from and to, and a paragraph that left the text', () => {
    expect(describeAuditEntry(english, entry(2, 'paragraph.status', { targetId: 'pabcdefghij', details: { from: 'open', status: 'agreed' } }), context)).toBe(
      'Set OP 7 (b) from Open to Agreed',
    );
    expect(describeAuditEntry(english, entry(3, 'amendment.proposed', { targetId: 'am_9', details: { paragraphId: 'pzzzzzzzzzz' } }), context)).toBe(
      'Proposed an amendment to a paragraph no longer in the text',
    );
  });

  it('filters by kind of event, group and person (or Concord itself), newest first', () => {
    const entries = [
      entry(1, 'amendment.proposed', { participantId: 'pt_ana', participantName: 'Ana', groupId: 'civil-society' }),
      entry(2, 'paragraph.status'),
      entry(3, 'amendment.stale', { participantId: null, participantName: null, groupId: null }),
      entry(4, 'revision.cut'),
    ];
    expect(filterAuditEntries(entries, NO_AUDIT_FILTERS).map((item) => item.seq)).toEqual([4, 3, 2, 1]);
    expect(filterAuditEntries(entries, { ...NO_AUDIT_FILTERS, category: 'amendments' }).map((item) => item.seq)).toEqual([3, 1]);
    expect(filterAuditEntries(entries, { ...NO_AUDIT_FILTERS, groupId: 'civil-society' }).map((item) => item.seq)).toEqual([1]);
    expect(filterAuditEntries(entries, { ...NO_AUDIT_FILTERS, participantId: SYSTEM_ACTOR }).map((item) => item.seq)).toEqual([3]);
    expect(auditActors(entries)).toEqual([
      { id: 'pt_ana', name: 'Ana' },
      { id: 'pt_chair', name: 'Chair' },
    ]);
  });
});
