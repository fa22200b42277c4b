/**
 * The Akoma Ntoso text: the title in `<preface>`, preambular paragraphs as `<recitals>` in `<preamble>`,
 * then `<mainBody>` with headings as `<section>`s, operative paragraphs as `<paragraph eId="para_N">`
 * and their sub-items as `<subparagraph>`s; amendments listed under a paragraph as `<blockContainer>`s.
 */
import { attrs, chunksXml, descriptionXml, type EidRegistry, type ModificationLog } from './akn-inline.js';
import { escapeMarkup as esc } from './escape.js';
import type { ExportAmendment } from './export-model.js';
import type { AmendmentEntry, AmendmentList, AmendmentSection, ExportView, ViewBlock } from './export-view.js';

export interface AknBodyContext {
  view: ExportView;
  eids: EidRegistry;
  log: ModificationLog;
  amendmentOf: (id: string) => ExportAmendment | undefined;
}

function text(ctx: AknBodyContext, block: ViewBlock, destination: string): string {
  const inner = chunksXml(block.chunks, destination, ctx.log, ctx.amendmentOf);
  return block.bracketed ? `[${inner}]` : inner;
}

function entryXml(ctx: AknBodyContext, entry: AmendmentEntry, destination: string | null, withGroup: boolean): string {
  const colon = esc(ctx.view.captions.colon);
  const group = withGroup ? `<b>${esc(entry.group.name)}${colon}</b> ` : '';
  const change = descriptionXml(entry.description, entry.amendment, entry.group, destination, ctx.log, ctx.eids);
  const facts = entry.facts.map((fact) => `${esc(fact.label)}${colon} ${esc(fact.value).replace(/\n/g, '<eol/>')}`).join('<eol/>');
  return `<p class="amendment">${group}${change}</p><p class="amendment-facts">${facts}</p>`;
}

/** Entries under their group's name, each group its own container; entries with no group name theirs inline. */
function sectionsXml(ctx: AknBodyContext, owner: string, sections: readonly AmendmentSection[], destination: string | null): string {
  return sections
    .map(({ group, entries }) => {
      if (!group) return entries.map((entry) => entryXml(ctx, entry, destination, true)).join('');
      const eId = ctx.eids.unique(`${owner}__amendments_${group.id}`);
      return `<blockContainer${attrs({ eId, class: 'amendments-by-group' })}><p class="group"><b>${esc(group.name)}</b></p>${entries.map((entry) => entryXml(ctx, entry, destination, false)).join('')}</blockContainer>`;
    })
    .join('');
}

const LIST_ELEMENTS: Record<AmendmentList['kind'], { suffix: string; class: string }> = {
  others: { suffix: 'others', class: 'other-amendments' },
  compilation: { suffix: 'amendments', class: 'amendments' },
};

/** Amendments listed under a block (compilation, or tracked ones not shown inline), as block elements. */
function listed(ctx: AknBodyContext, block: ViewBlock, eId: string): string {
  return block.lists
    .map((list) => {
      const element = LIST_ELEMENTS[list.kind];
      const containerEid = ctx.eids.unique(`${eId}__${element.suffix}`);
      return `<blockContainer${attrs({ eId: containerEid, class: element.class })}><p class="heading">${esc(list.title)}</p>${sectionsXml(ctx, eId, list.sections, eId)}</blockContainer>`;
    })
    .join('');
}

export function prefaceXml(ctx: AknBodyContext, title: ViewBlock | undefined, fallbackTitle: string): string {
  const eId = ctx.eids.unique('docTitle');
  const titleXml = title ? text(ctx, title, eId) : esc(fallbackTitle);
  const { revision } = ctx.view.model;
  return `<preface><p class="title"><docTitle${attrs({ eId })}>${titleXml}</docTitle></p><p class="revision"><docStage>${esc(revision.name)}</docStage></p>${title ? listed(ctx, title, eId) : ''}</preface>`;
}

const numberPart = (block: ViewBlock) => (block.number ?? '').replace(/[^A-Za-z0-9]/g, '');
const numXml = (block: ViewBlock) => (block.number ? `<num>${esc(block.number)}</num>` : '');

/** Preambular paragraphs: a `<recitals>` per heading; a heading with none after it stays a `<container>`. */
export function preambleXml(ctx: AknBodyContext, blocks: readonly ViewBlock[]): string {
  const groups: { heading: ViewBlock | null; items: ViewBlock[] }[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || groups.length === 0) groups.push({ heading: block.kind === 'heading' ? block : null, items: [] });
    if (block.kind !== 'heading') groups[groups.length - 1]?.items.push(block);
  }
  const parts = groups.map(({ heading, items }) => {
    if (items.length === 0 && heading) {
      const eId = ctx.eids.numbered('container');
      const headingEid = ctx.eids.unique(`${eId}__heading`);
      return `<container${attrs({ eId, name: 'heading' })}><p${attrs({ eId: headingEid })}>${text(ctx, heading, headingEid)}</p>${listed(ctx, heading, headingEid)}</container>`;
    }
    const eId = ctx.eids.numbered('recitals');
    const headingEid = ctx.eids.unique(`${eId}__heading`);
    const headingXml = heading ? `<heading${attrs({ eId: headingEid })}>${text(ctx, heading, headingEid)}</heading>` : '';
    const intro = heading && listed(ctx, heading, headingEid);
    const recitals = items.map((item) => {
      const recitalEid = ctx.eids.numbered(item.proposed ? 'recital_new' : 'recital');
      return `<recital${attrs({ eId: recitalEid })}>${numXml(item)}<p>${text(ctx, item, recitalEid)}</p>${listed(ctx, item, recitalEid)}</recital>`;
    });
    return `<recitals${attrs({ eId })}>${headingXml}${intro ? `<intro>${intro}</intro>` : ''}${recitals.join('')}</recitals>`;
  });
  return parts.length > 0 ? `<preamble>${parts.join('\n')}</preamble>` : '';
}

interface ParagraphNode {
  block: ViewBlock;
  subs: ViewBlock[];
}
interface SectionNode {
  heading: ViewBlock;
  children: ParagraphNode[];
}

function paragraphEid(ctx: AknBodyContext, block: ViewBlock): string {
  if (block.proposed) return ctx.eids.numbered('para_new');
  if (block.kind === 'operative' && block.number) return ctx.eids.unique(`para_${numberPart(block)}`);
  if (block.kind === 'subparagraph') return ctx.eids.unique(`subpara_${numberPart(block) || 'x'}`);
  return ctx.eids.numbered('para_unnumbered');
}

function paragraphXml(ctx: AknBodyContext, node: ParagraphNode): string {
  const { block } = node;
  const tag = block.kind === 'subparagraph' ? 'subparagraph' : 'paragraph';
  const eId = paragraphEid(ctx, block);
  const own = `<p>${text(ctx, block, eId)}</p>${listed(ctx, block, eId)}`;
  if (node.subs.length === 0) return `<${tag}${attrs({ eId })}>${numXml(block)}<content>${own}</content></${tag}>`;
  const subs = node.subs.map((sub) => {
    const subEid = ctx.eids.unique(sub.proposed ? `${eId}__subpara_new` : `${eId}__subpara_${numberPart(sub) || 'x'}`);
    return `<subparagraph${attrs({ eId: subEid })}>${numXml(sub)}<content><p>${text(ctx, sub, subEid)}</p>${listed(ctx, sub, subEid)}</content></subparagraph>`;
  });
  return `<${tag}${attrs({ eId })}>${numXml(block)}<intro>${own}</intro>${subs.join('')}</${tag}>`;
}

function sectionXml(ctx: AknBodyContext, section: SectionNode): string {
  const eId = ctx.eids.numbered('sec');
  const headingEid = ctx.eids.unique(`${eId}__heading`);
  const intro = listed(ctx, section.heading, headingEid);
  return `<section${attrs({ eId })}><heading${attrs({ eId: headingEid })}>${text(ctx, section.heading, headingEid)}</heading>${intro ? `<intro>${intro}</intro>` : ''}${section.children.map((child) => paragraphXml(ctx, child)).join('\n')}</section>`;
}

/** Sections by heading; sub-items nest under the operative paragraph just before them, nothing is reordered. */
export function mainBodyXml(ctx: AknBodyContext, blocks: readonly ViewBlock[], trailing: string): string {
  const top: (ParagraphNode | SectionNode)[] = [];
  let section: SectionNode | null = null;
  let operative: ParagraphNode | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      section = { heading: block, children: [] };
      top.push(section);
      operative = null;
      continue;
    }
    if (block.kind === 'subparagraph' && operative) {
      operative.subs.push(block);
      continue;
    }
    const node: ParagraphNode = { block, subs: [] };
    if (section) section.children.push(node);
    else top.push(node);
    operative = block.kind === 'operative' ? node : null;
  }
  const items = top.map((item) => ('heading' in item ? sectionXml(ctx, item) : paragraphXml(ctx, item)));
  if (trailing) items.push(trailing);
  if (items.length === 0) items.push('<p/>');
  return `<mainBody>\n${items.join('\n')}\n</mainBody>`;
}

/** Amendments on paragraphs not in this text, at the end of the body. */
export function orphansXml(ctx: AknBodyContext, orphans: AmendmentList | null): string {
  if (!orphans) return '';
  return `<blockContainer${attrs({ eId: ctx.eids.unique('orphan_amendments'), class: 'amendments' })}><p class="heading">${esc(orphans.title)}</p>${sectionsXml(ctx, 'orphans', orphans.sections, null)}</blockContainer>`;
}
