/** How an amendment is described in a compilation or under a paragraph, the same words in every format. */
import type { StakeholderGroup } from '../groups.js';
import type { ChangeTemplates, ExportCaptions } from './export-captions.js';
import type { ExportAmendment } from './export-model.js';

/** Literal words, or user text deleted / inserted by the amendment; each format marks these up its own way. */
export interface DescriptionPart {
  type: 'text' | 'deleted' | 'inserted';
  text: string;
}

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

/** Splits a caption template at `{deleted}`, `{inserted}` and `{where}` into the parts a format marks up. */
export function fillChange(template: string, values: { deleted?: string; inserted?: string; where?: string }): DescriptionPart[] {
  return template
    .split(/(\{(?:deleted|inserted|where)\})/)
    .filter(Boolean)
    .map((piece): DescriptionPart => {
      if (piece === '{deleted}') return { type: 'deleted', text: values.deleted ?? '' };
      if (piece === '{inserted}') return { type: 'inserted', text: values.inserted ?? '' };
      return { type: 'text', text: piece === '{where}' ? (values.where ?? '') : piece };
    })
    // Adjacent literal pieces read as one (the words around `{where}`).
    .reduce<DescriptionPart[]>((parts, part) => {
      const last = parts[parts.length - 1];
      if (last && last.type === 'text' && part.type === 'text') last.text += part.text;
      else parts.push(part);
      return parts;
    }, []);
}

function newParagraphTemplate(templates: ChangeTemplates, kind: string | null): string {
  switch (kind) {
    case 'heading': case 'preambular': case 'operative': case 'subparagraph': return templates.insertParagraph[kind];
    default: return templates.insertParagraph.paragraph;
  }
}

export function describeChange(amendment: ExportAmendment, captions: ExportCaptions): DescriptionPart[] {
  const templates = captions.change;
  const deleted = amendment.expected;
  const inserted = amendment.proposed;
  switch (amendment.kind) {
    case 'replace': return fillChange(templates.replace, { deleted, inserted });
    case 'insert': {
      const where = contextTail(amendment);
      return fillChange(where ? templates.insertAfter : templates.insertAtStart, { inserted, where });
    }
    case 'delete': return fillChange(templates.delete, { deleted });
    case 'insert-paragraph': return fillChange(newParagraphTemplate(templates, amendment.paragraphKind), { inserted });
    case 'delete-paragraph': return fillChange(templates.deleteParagraph, { deleted });
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
export function amendmentFacts(amendment: ExportAmendment, groups: readonly StakeholderGroup[], captions: ExportCaptions): { label: string; value: string }[] {
  const labels = captions.facts;
  const facts = [
    { label: labels.status, value: captions.statuses[amendment.status] },
    { label: labels.proposedBy, value: `${amendment.author.name} (${groupName(groups, amendment.author.groupId)})` },
  ];
  const cosponsors = cosponsorGroups(amendment, groups);
  if (cosponsors.length > 0) facts.push({ label: labels.cosponsors, value: cosponsors.join(', ') });
  if (amendment.rationale.trim()) facts.push({ label: labels.rationale, value: amendment.rationale.trim() });
  if (amendment.decision) {
    const { by, at, note } = amendment.decision;
    facts.push({ label: labels.decision, value: captions.decision(by, at.slice(0, 10), note.trim()) });
  }
  return facts;
}
