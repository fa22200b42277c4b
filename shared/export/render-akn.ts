/** Akoma Ntoso 3.0 XML, valid against the OASIS schema: `<akomaNtoso><doc name="chairsSummary">…`. */
import { EidRegistry, groupEid, ModificationLog } from './akn-inline.js';
import { mainBodyXml, orphansXml, preambleXml, prefaceXml, type AknBodyContext } from './akn-body.js';
import { AKN_DOC_NAME, aknMeta } from './akn-meta.js';
import { exportHeading } from './export-heading.js';
import type { ExportView, ViewBlock, ViewGroup } from './export-view.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * Where the preamble ends: at the first operative paragraph, less the headings right before it
 * (they open the operative part). A text with no operative paragraph is all body.
 */
function bodyStart(blocks: readonly ViewBlock[]): number {
  const first = blocks.findIndex((block) => block.kind === 'operative');
  if (first < 0) return 0;
  let start = first;
  while (start > 0 && blocks[start - 1]?.kind === 'heading') start -= 1;
  return start;
}

/** The document's groups, then any other group an amendment shown names, each once. */
function referencedGroups(view: ExportView): ViewGroup[] {
  const groups = new Map(view.groups.map((group) => [group.id, group]));
  const lists = [...view.blocks.flatMap((block) => block.lists), ...(view.orphans ? [view.orphans] : [])];
  const listed = lists.flatMap((list) => list.sections.flatMap((section) => [section.group, ...section.entries.map((entry) => entry.group)]));
  const extra = [...view.blocks.flatMap((block) => block.chunks.map((chunk) => chunk.group)), ...listed];
  for (const group of extra) if (group && !groups.has(group.id)) groups.set(group.id, group);
  return [...groups.values()];
}

export function renderAkn(view: ExportView): string {
  const eids = new EidRegistry();
  const groups = referencedGroups(view);
  for (const reserved of ['concord', 'chair', 'author', ...groups.map((group) => groupEid(group.id))]) eids.unique(reserved);
  const amendments = new Map(view.amendments.map((amendment) => [amendment.id, amendment]));
  const ctx: AknBodyContext = { view, eids, log: new ModificationLog(eids), amendmentOf: (id) => amendments.get(id) };

  const title = view.blocks.find((block) => block.kind === 'title');
  const rest = view.blocks.filter((block) => block.kind !== 'title');
  const start = bodyStart(rest);
  const heading = exportHeading(view);
  const preface = prefaceXml(ctx, title, heading.title);
  const preamble = preambleXml(ctx, rest.slice(0, start));
  const body = mainBodyXml(ctx, rest.slice(start), orphansXml(ctx, view.orphans));
  const meta = aknMeta(view.model, view.captions, groups, ctx.log.modifications);
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}">
<doc name="${AKN_DOC_NAME}">
${meta}
${preface}
${preamble}
${body}
</doc>
</akomaNtoso>
`;
}
