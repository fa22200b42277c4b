/**
 * What one variant shows, before any format: each block's text as chunks (unchanged, or deleted /
 * inserted by a group), proposed new paragraphs, the amendments listed under a paragraph, and the
 * compilation of amendments by group. Every renderer walks this, so the variants read alike everywhere.
 */
import { citationText, citeParagraphs, type CitationWords } from '../document/paragraph-citation.js';
import type { BlockKind, ParagraphStatus } from '../document/kinds.js';
import { isBlockKind } from '../document/kinds.js';
import { amendmentFacts, describeChange, type DescriptionPart } from './amendment-text.js';
import { captionsFor, type ExportCaptions, type ExportLanguage } from './export-captions.js';
import type { ExportAmendment, ExportBlock, ExportModel, ExportVariant, InlineRun, TrackedSegment } from './export-model.js';
import { cleanSegments, trackSegments } from './tracked-segments.js';

export interface ViewGroup {
  id: string;
  name: string;
  color: string;
}

export interface Chunk {
  type: TrackedSegment['type'];
  amendmentId: string | null;
  group: ViewGroup | null;
  runs: InlineRun[];
  /** The last chunk of an amendment shown inline: where its group label goes. */
  endsAmendment: boolean;
}

export interface AmendmentEntry {
  amendment: ExportAmendment;
  group: ViewGroup;
  description: DescriptionPart[];
  facts: { label: string; value: string }[];
}

/** Amendments of one group under its name, or (group null) a run of entries that each name their group. */
export interface AmendmentSection {
  group: ViewGroup | null;
  entries: AmendmentEntry[];
}

/**
 * Amendments listed rather than shown inline, the one structure every format writes: under a paragraph
 * (`others`: tracked ones that could not be placed; `compilation`: every one, by group), or at the end.
 */
export interface AmendmentList {
  kind: 'others' | 'compilation';
  /** The caption above the list, in the export's language. */
  title: string;
  sections: AmendmentSection[];
}

export interface ViewBlock {
  /** Unique within the export. */
  key: string;
  kind: BlockKind;
  number: string | null;
  /** How a compilation names it: "OP 3", "OP 3 (a)", "PP 2", "Heading", "Title", "New paragraph". */
  ref: string;
  status: ParagraphStatus | null;
  bracketed: boolean;
  segments: TrackedSegment[];
  chunks: Chunk[];
  /** Tracked: this block is a new paragraph proposed by that amendment. */
  proposed: AmendmentEntry | null;
  /**
   * Tracked: the open amendments on this block that could not be shown inline (overlapping, or text
   * not found); compilation: every amendment on it, by group. Empty lists are left out.
   */
  lists: AmendmentList[];
}

export interface ExportView {
  variant: ExportVariant;
  model: ExportModel;
  captions: ExportCaptions;
  groups: ViewGroup[];
  blocks: ViewBlock[];
  /** Amendments on paragraphs that are not in this text (deleted since, or not yet in this revision), by group. */
  orphans: AmendmentList | null;
  /** The amendments this variant shows: none (clean), the open ones (tracked) or all (compilation). */
  amendments: ExportAmendment[];
}

const FALLBACK_COLOR = '#555555';

export function chunksOf(segments: readonly TrackedSegment[], groupOf: (id: string) => ViewGroup): Chunk[] {
  const chunks: Chunk[] = [];
  for (const segment of segments) {
    const last = chunks[chunks.length - 1];
    const run = { text: segment.text, marks: segment.marks };
    if (last && last.type === segment.type && last.amendmentId === segment.amendmentId) last.runs.push(run);
    else chunks.push({ type: segment.type, amendmentId: segment.amendmentId, group: segment.groupId === null ? null : groupOf(segment.groupId), runs: [run], endsAmendment: false });
  }
  chunks.forEach((chunk, i) => {
    chunk.endsAmendment = chunk.amendmentId !== null && chunks[i + 1]?.amendmentId !== chunk.amendmentId;
  });
  return chunks;
}

/** A heading is cited by its words, in the language's quotation marks. */
const QUOTED: Record<ExportLanguage, (text: string) => string> = { en: (text) => `“${text}”`, fr: (text) => `«\u00a0${text}\u00a0»` };

function refsOf(blocks: readonly ExportBlock[], refs: ExportCaptions['refs'], language: ExportLanguage): string[] {
  const words: CitationWords = {
    title: refs.title,
    heading: (text) => (text ? QUOTED[language](text) : refs.heading),
    preambular: (number) => refs.preambular(Number(number)),
    operative: refs.operative,
    subparagraph: refs.subparagraph,
    looseSubItem: refs.looseSubItem,
  };
  return citeParagraphs(blocks).map((citation) => citationText(citation, words));
}

function list(kind: AmendmentList['kind'], title: string, sections: AmendmentSection[]): AmendmentList[] {
  return sections.some((section) => section.entries.length > 0) ? [{ kind, title, sections }] : [];
}

export function buildView(model: ExportModel, variant: ExportVariant): ExportView {
  const captions = captionsFor(model.language);
  const known = new Map(model.groups.map((group) => [group.id, group]));
  const groupOf = (id: string): ViewGroup => known.get(id) ?? { id, name: id || captions.unknownGroup, color: FALLBACK_COLOR };
  const entry = (amendment: ExportAmendment): AmendmentEntry => ({
    amendment,
    group: groupOf(amendment.author.groupId),
    description: describeChange(amendment, captions),
    facts: amendmentFacts(amendment, model.groups, captions),
  });
  const byGroup = (amendments: readonly ExportAmendment[]): AmendmentSection[] => {
    const order = [...model.groups.map((group) => group.id), ...amendments.map((a) => a.author.groupId)];
    return [...new Set(order)]
      .map((groupId) => ({ group: groupOf(groupId), entries: amendments.filter((a) => a.author.groupId === groupId).map(entry) }))
      .filter((group) => group.entries.length > 0);
  };

  const ordered = [...model.amendments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const shown = variant === 'clean' ? [] : variant === 'tracked' ? ordered.filter((a) => a.status === 'proposed') : ordered;
  const onParagraph = new Map<string, ExportAmendment[]>();
  for (const amendment of shown) {
    const list = onParagraph.get(amendment.paragraphId);
    if (list) list.push(amendment);
    else onParagraph.set(amendment.paragraphId, [amendment]);
  }

  const refs = refsOf(model.blocks, captions.refs, model.language);
  const blocks: ViewBlock[] = [];
  const attached = new Set<string>();
  const keys = new Set<string>();
  model.blocks.forEach((block, index) => {
    // A revision may hold a repeated id: its amendments go with the first block carrying it.
    const mine = block.id !== null && !attached.has(block.id) ? (onParagraph.get(block.id) ?? []) : [];
    if (block.id !== null) attached.add(block.id);
    const inText = mine.filter((a) => a.kind !== 'insert-paragraph');
    const tracked = variant === 'tracked' ? trackSegments(block.runs, inText.map((a) => ({ ...a, groupId: a.author.groupId }))) : null;
    const segments = tracked ? tracked.segments : cleanSegments(block.runs);
    const left = new Set(tracked?.leftOut.map((item) => item.id));
    const key = block.id && !keys.has(block.id) ? block.id : `block-${index}`;
    keys.add(key);
    const ref = refs[index] ?? '';
    blocks.push({
      key,
      kind: block.kind,
      number: block.number,
      ref,
      status: block.status,
      bracketed: block.status === 'bracketed',
      segments,
      chunks: chunksOf(segments, groupOf),
      proposed: null,
      lists: [
        ...list('others', captions.alsoProposed(ref), [{ group: null, entries: inText.filter((a) => left.has(a.id)).map(entry) }]),
        ...(variant === 'compilation' ? list('compilation', captions.amendmentsTo(ref), byGroup(mine)) : []),
      ],
    });
    if (variant !== 'tracked') return;
    for (const amendment of mine.filter((a) => a.kind === 'insert-paragraph')) {
      const kind = amendment.paragraphKind && isBlockKind(amendment.paragraphKind) && amendment.paragraphKind !== 'title' ? amendment.paragraphKind : 'operative';
      const inserted: TrackedSegment[] = [{ type: 'inserted', text: amendment.proposed, marks: [], amendmentId: amendment.id, groupId: amendment.author.groupId }];
      blocks.push({
        key: `new-${amendment.id}`, kind, number: null, ref: captions.refs.newParagraphAfter(ref), status: 'open', bracketed: false,
        segments: inserted, chunks: chunksOf(inserted, groupOf), proposed: entry(amendment), lists: [],
      });
    }
  });
  const orphans = list('compilation', captions.orphans, byGroup(shown.filter((a) => !attached.has(a.paragraphId))))[0] ?? null;
  return { variant, model, captions, groups: model.groups.map((group) => groupOf(group.id)), blocks, orphans, amendments: shown };
}
