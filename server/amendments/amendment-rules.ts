/** Small rules about amendments: which kind a text change is, when two ranges collide. */
import type { AmendmentKind } from '../../shared/amendments/amendment-schemas.js';
import type { StoredAnchor } from '../../shared/amendments/anchor.js';
import { badRequest } from '../http/errors.js';
import type { AmendmentRecord } from './amendments.repo.js';

export function textKind(request: { kind?: 'replace' | 'insert' | 'delete'; from: number; to: number; proposed: string }): 'replace' | 'insert' | 'delete' {
  const inferred = request.from === request.to ? 'insert' : request.proposed === '' ? 'delete' : 'replace';
  if (request.kind && request.kind !== inferred) {
    throw badRequest(`a ${request.kind} must ${request.kind === 'insert' ? 'have from equal to to' : request.kind === 'delete' ? 'propose empty text' : 'cover text and propose new text'}`);
  }
  return inferred;
}

export function storedAnchor(record: AmendmentRecord): StoredAnchor {
  return {
    kind: record.kind,
    paragraphId: record.paragraphId,
    start: record.anchorStart,
    end: record.anchorEnd,
    expected: record.expected,
    contextBefore: record.contextBefore,
    contextAfter: record.contextAfter,
  };
}

/** Whether applying one change makes the other impossible as written. */
export function overlaps(
  kindA: AmendmentKind,
  a: { from: number; to: number },
  kindB: AmendmentKind,
  b: { from: number; to: number },
): boolean {
  if (kindA === 'insert-paragraph' || kindB === 'insert-paragraph') return false;
  if (kindB === 'delete-paragraph' || kindA === 'delete-paragraph') return true;
  if (a.from === a.to && b.from === b.to) return false;
  if (a.from === a.to) return b.from < a.from && a.from < b.to;
  if (b.from === b.to) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}
