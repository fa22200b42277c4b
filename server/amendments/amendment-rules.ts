/** Small rules about amendments: which kind a text change is, when two ranges collide. */
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

export { overlaps } from '../../shared/amendments/overlap.js';
