import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../client/i18n/interpolate.js';
import { en, fr, type MessageKey } from '../../client/i18n/messages.js';
import { checkpointNameCode } from '../../server/revisions/checkpoint-names.js';
import { staleCodeOf } from '../../server/amendments/stale-reasons.js';

/** The placeholder and plural variable names a message uses (a branch like `one {…}` is not one). */
function variables(message: string): string[] {
  const names = message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)\s*[,}]/g);
  return [...new Set([...names].map((match) => match[1] ?? ''))].sort();
}

describe('plural messages', () => {
  it('picks the French singular for 0 and 1 and the plural from 2', () => {
    const message = '{count, plural, one {# rejeté} other {# rejetés}}';
    expect([0, 1, 2, 10].map((count) => interpolate(message, { count }, 'fr'))).toEqual(['0 rejeté', '1 rejeté', '2 rejetés', '10 rejetés']);
  });

  it('picks the English singular for 1 only, and an exact =0 branch before the category', () => {
    const message = '{count, plural, =0 {no amendment} one {# amendment} other {# amendments}} of {total}';
    expect([0, 1, 2].map((count) => interpolate(message, { count, total: 3 }, 'en'))).toEqual(['no amendment of 3', '1 amendment of 3', '2 amendments of 3']);
  });

  it('fills placeholders inside a branch and keeps unknown ones as written', () => {
    expect(interpolate('{n, plural, one {# paragraph in {name}} other {# paragraphs in {name}}} {missing}', { n: 2, name: 'Rev.1' })).toBe('2 paragraphs in Rev.1 {missing}');
  });

  it('shows the counts of the synthesis in French with agreement', () => {
    const line = (counts: Record<string, number>) => interpolate(fr['dashboard.synthesisSummary'], counts, 'fr');
    expect(line({ total: 1, accepted: 0, rejected: 1, open: 0 })).toBe('1 proposé · 0 accepté · 1 rejeté · 0 en attente');
    expect(line({ total: 5, accepted: 2, rejected: 3, open: 0 })).toBe('5 proposés · 2 acceptés · 3 rejetés · 0 en attente');
    expect(interpolate(en['amendments.bulk.titleAccept'], { count: 1 }, 'en')).toBe('Accept 1 amendment?');
  });

  it('uses the same variables in French as in English for every message', () => {
    const differing = (Object.keys(en) as MessageKey[]).filter((key) => variables(en[key]).join() !== variables(fr[key]).join());
    expect(differing).toEqual([]);
  });
});

describe('codes for what the server words in English', () => {
  it('has a stale code for every reason the anchor module gives, and for an overlap', () => {
    const source = readFileSync(new URL('../../shared/amendments/anchor.ts', import.meta.url), 'utf8');
    const reasons = [...source.matchAll(/reason: '([^']+)'/g)].map((match) => match[1] ?? '');
    expect(reasons.length).toBeGreaterThan(4);
    expect(reasons.filter((reason) => staleCodeOf(reason) === null)).toEqual([]);
    expect(staleCodeOf('it overlaps amendment am_x1, which was accepted')).toEqual({ code: 'overlaps-accepted', acceptedId: 'am_x1' });
    expect(staleCodeOf('something new')).toBeNull();
  });

  it('reads checkpoint names back as codes, finding the revision a restore names', () => {
    const rev1 = { id: 'r1', kind: 'named' as const, name: 'Rev.1', createdAt: 1, restoredFrom: null };
    const before = { id: 'c1', kind: 'checkpoint' as const, name: 'Before restoring Rev.1', createdAt: 5, restoredFrom: null };
    const restored = { id: 'c2', kind: 'checkpoint' as const, name: 'Restored Rev.1', createdAt: 6, restoredFrom: 'r1' };
    const all = [rev1, before, restored];
    expect(checkpointNameCode(before, all)).toEqual({ nameCode: 'before-restoring', nameParams: { revisionId: 'r1', name: 'Rev.1' } });
    expect(checkpointNameCode(restored, all)).toEqual({ nameCode: 'restored', nameParams: { revisionId: 'r1', name: 'Rev.1' } });
    expect(checkpointNameCode({ ...before, id: 'c3', name: 'Checkpoint (pause in editing)' }, all)).toEqual({ nameCode: 'checkpoint-pause', nameParams: null });
    expect(checkpointNameCode(rev1, all)).toEqual({ nameCode: null, nameParams: null });
  });
});
