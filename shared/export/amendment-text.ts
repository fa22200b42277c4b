/** How an amendment is described in a compilation or under a paragraph, the same words in every format. */
import type { AmendmentStatus } from '../amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../groups.js';
import type { ExportAmendment } from './export-model.js';

/** Literal words, or user text deleted / inserted by the amendment; each format marks these up its own way. */
export interface DescriptionPart {
  type: 'text' | 'deleted' | 'inserted';
  text: string;
}

const STATUS_LABELS: Record<AmendmentStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  stale: 'Stale (the text it amends has changed)',
};

export function statusLabel(status: AmendmentStatus): string {
  return STATUS_LABELS[status];
}

const KIND_NAMES: Record<string, string> = {
  heading: 'heading',
  preambular: 'preambular paragraph',
  operative: 'operative paragraph',
  subparagraph: 'sub-item',
};

/** The last few words before an insertion point, to say where it goes ("" at the paragraph's start). */
function contextTail(amendment: ExportAmendment): string {
  const words = amendment.contextBefore.split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  // The stored context is a window: unless it reaches back to the paragraph's start, its first word may be cut.
  const whole = amendment.from !== null && amendment.contextBefore.length >= amendment.from;
  const usable = whole || words.length < 2 ? words : words.slice(1);
  const tail = usable.slice(-6).join(' ');
  return usable.length > 6 || !whole ? `…${tail}` : tail;
}

export function describeChange(amendment: ExportAmendment): DescriptionPart[] {
  const text = (value: string): DescriptionPart => ({ type: 'text', text: value });
  switch (amendment.kind) {
    case 'replace':
      return [text('Replace '), { type: 'deleted', text: amendment.expected }, text(' with '), { type: 'inserted', text: amendment.proposed }];
    case 'insert': {
      const where = contextTail(amendment);
      return where
        ? [text('Insert '), { type: 'inserted', text: amendment.proposed }, text(` after “${where}”`)]
        : [text('Insert '), { type: 'inserted', text: amendment.proposed }, text(' at the beginning')];
    }
    case 'delete':
      return [text('Delete '), { type: 'deleted', text: amendment.expected }];
    case 'insert-paragraph': {
      const kind = KIND_NAMES[amendment.paragraphKind ?? ''] ?? 'paragraph';
      return [text(`Insert a new ${kind} after this one: `), { type: 'inserted', text: amendment.proposed }];
    }
    case 'delete-paragraph':
      return [text('Delete the paragraph: '), { type: 'deleted', text: amendment.expected }];
  }
}

function groupName(groups: readonly StakeholderGroup[], groupId: string): string {
  return groups.find((group) => group.id === groupId)?.name ?? groupId;
}

/** The groups of the co-sponsors, each once, in the order they gave their support. */
export function cosponsorGroups(amendment: ExportAmendment, groups: readonly StakeholderGroup[]): string[] {
  return [...new Set(amendment.cosponsors.map((person) => groupName(groups, person.groupId)))];
}

/** "Proposed by … (group). Co-sponsors: …. Rationale: …" as separate sentences, empty ones left out. */
export function amendmentFacts(amendment: ExportAmendment, groups: readonly StakeholderGroup[]): { label: string; value: string }[] {
  const facts = [
    { label: 'Status', value: statusLabel(amendment.status) },
    { label: 'Proposed by', value: `${amendment.author.name} (${groupName(groups, amendment.author.groupId)})` },
  ];
  const cosponsors = cosponsorGroups(amendment, groups);
  if (cosponsors.length > 0) facts.push({ label: 'Co-sponsors', value: cosponsors.join(', ') });
  if (amendment.rationale.trim()) facts.push({ label: 'Rationale', value: amendment.rationale.trim() });
  if (amendment.decision) {
    const note = amendment.decision.note.trim();
    facts.push({ label: 'Decision', value: `${amendment.decision.by}, ${amendment.decision.at.slice(0, 10)}${note ? `: ${note}` : ''}` });
  }
  return facts;
}
