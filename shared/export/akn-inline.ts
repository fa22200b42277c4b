/**
 * Akoma Ntoso inline content and ids: marks as `<b>`/`<i>`/`<u>`, hard breaks as `<eol/>`, redlines as
 * `<ins>`/`<del>` with eIds, and a record of each modification for `<analysis>`.
 */
import type { DescriptionPart } from './amendment-text.js';
import { escapeMarkup as esc } from './escape.js';
import type { ExportAmendment, InlineRun } from './export-model.js';
import type { Chunk, ViewGroup } from './export-view.js';

/** One amendment as `analysis/activeModifications/textualMod` describes it. */
export interface AknModification {
  amendment: ExportAmendment;
  /** eId of the paragraph (or heading, or title) amended. */
  destination: string;
  del: string | null;
  ins: string | null;
}

/** Hands out eIds unique in the document, as the schema requires. */
export class EidRegistry {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  unique(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_.-]/g, '-') || 'x';
    let eId = clean;
    for (let n = 2; this.used.has(eId); n += 1) eId = `${clean}_${n}`;
    this.used.add(eId);
    return eId;
  }

  /** `sec_1`, `sec_2`, …: the next free number after `base`. */
  numbered(base: string): string {
    const next = (this.counters.get(base) ?? 0) + 1;
    this.counters.set(base, next);
    return this.unique(`${base}_${next}`);
  }
}

export function attrs(values: Record<string, string | null | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');
}

export function groupEid(groupId: string): string {
  return `grp_${groupId.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
}

function textXml(text: string): string {
  return esc(text).replace(/\n/g, '<eol/>');
}

export function runXml(run: InlineRun): string {
  let xml = textXml(run.text);
  if (run.marks.includes('strike')) xml = `<span class="strikethrough">${xml}</span>`;
  if (run.marks.includes('underline')) xml = `<u>${xml}</u>`;
  if (run.marks.includes('italic')) xml = `<i>${xml}</i>`;
  if (run.marks.includes('bold')) xml = `<b>${xml}</b>`;
  return xml;
}

/** Collects the redline elements of each amendment while the body is written, for `analysis`. */
export class ModificationLog {
  readonly modifications: AknModification[] = [];
  private readonly byId = new Map<string, AknModification>();

  constructor(private readonly eids: EidRegistry) {}

  /** The eId for an amendment's `<del>` or `<ins>` within `destination`, noted for its textualMod. */
  mark(amendment: ExportAmendment, destination: string, type: 'del' | 'ins'): string {
    let modification = this.byId.get(amendment.id);
    if (!modification) {
      modification = { amendment, destination, del: null, ins: null };
      this.byId.set(amendment.id, modification);
      this.modifications.push(modification);
    }
    const eId = this.eids.unique(`${amendment.id}__${type}`);
    if (modification[type] === null) modification[type] = eId;
    return eId;
  }
}

function redline(type: 'del' | 'ins', eId: string, group: ViewGroup, inner: string): string {
  return `<${type}${attrs({ eId, class: `amendment ${type === 'del' ? 'deletion' : 'insertion'}`, refersTo: `#${groupEid(group.id)}`, title: group.name })}>${inner}</${type}>`;
}

/** A paragraph's chunks; `amendmentOf` finds the amendment a redline chunk belongs to. */
export function chunksXml(
  chunks: readonly Chunk[],
  destination: string,
  log: ModificationLog,
  amendmentOf: (id: string) => ExportAmendment | undefined,
): string {
  return chunks
    .map((chunk) => {
      const inner = chunk.runs.map(runXml).join('');
      const amendment = chunk.amendmentId === null ? undefined : amendmentOf(chunk.amendmentId);
      if (chunk.type === 'same' || !amendment || !chunk.group) return inner;
      const type = chunk.type === 'deleted' ? 'del' : 'ins';
      return redline(type, log.mark(amendment, destination, type), chunk.group, inner);
    })
    .join('');
}

/** "Replace <del>x</del> with <ins>y</ins>" for a listed amendment, its redlines noted against `destination`. */
export function descriptionXml(parts: readonly DescriptionPart[], amendment: ExportAmendment, group: ViewGroup, destination: string | null, log: ModificationLog, eids: EidRegistry): string {
  return parts
    .map((part) => {
      if (part.type === 'text') return textXml(part.text);
      const type = part.type === 'deleted' ? 'del' : 'ins';
      // Amendments on paragraphs no longer in the text have no destination: shown, but not in analysis.
      const eId = destination === null ? eids.unique(`${amendment.id}__${type}`) : log.mark(amendment, destination, type);
      return redline(type, eId, group, textXml(part.text));
    })
    .join('');
}
