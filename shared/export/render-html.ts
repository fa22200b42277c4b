/**
 * A self-contained, print-ready HTML page: inline stylesheet, no scripts or external assets (its own
 * Content-Security-Policy forbids them), every user-written string escaped.
 */
import type { DescriptionPart } from './amendment-text.js';
import { escapeMarkup as esc } from './escape.js';
import { exportHeading } from './export-heading.js';
import type { InlineRun } from './export-model.js';
import type { AmendmentEntry, AmendmentList, AmendmentSection, Chunk, ExportView, ViewBlock, ViewGroup } from './export-view.js';
import { groupClass, htmlStyle } from './html-style.js';

const MARK_TAGS = [['bold', 'strong'], ['italic', 'em'], ['underline', 'u'], ['strike', 's']] as const;

function runHtml(run: InlineRun): string {
  let html = esc(run.text).replace(/\n/g, '<br>');
  for (const [mark, tag] of MARK_TAGS) if (run.marks.includes(mark)) html = `<${tag}>${html}</${tag}>`;
  return html;
}

function chunkHtml(view: ExportView, chunk: Chunk, amendmentTitles: Map<string, string>): string {
  const inner = chunk.runs.map(runHtml).join('');
  if (chunk.type === 'same') return inner;
  const tag = chunk.type === 'deleted' ? 'del' : 'ins';
  const cls = groupClass(view.groups, chunk.group);
  const title = amendmentTitles.get(chunk.amendmentId ?? '') ?? chunk.group?.name ?? '';
  const html = `<${tag} class="${cls}" title="${esc(title)}" data-amendment="${esc(chunk.amendmentId ?? '')}">${inner}</${tag}>`;
  return chunk.endsAmendment && chunk.group ? `${html}<span class="group-label ${cls}">[${esc(chunk.group.name)}]</span>` : html;
}

function descriptionHtml(view: ExportView, parts: readonly DescriptionPart[], group: ViewGroup): string {
  const cls = groupClass(view.groups, group);
  return parts
    .map((part) => {
      const text = esc(part.text).replace(/\n/g, '<br>');
      return part.type === 'text' ? text : `<${part.type === 'deleted' ? 'del' : 'ins'} class="${cls}">${text}</${part.type === 'deleted' ? 'del' : 'ins'}>`;
    })
    .join('');
}

function entryHtml(view: ExportView, entry: AmendmentEntry, withGroup: boolean): string {
  const colon = esc(view.captions.colon);
  const group = withGroup ? `<strong class="${groupClass(view.groups, entry.group)}">${esc(entry.group.name)}${colon}</strong> ` : '';
  const facts = entry.facts
    .map((fact) => `<span class="fact"><span class="fact-label">${esc(fact.label)}${colon}</span> ${esc(fact.value).replace(/\n/g, '<br>')}</span>`)
    .join('');
  return `<li data-amendment="${esc(entry.amendment.id)}">${group}${descriptionHtml(view, entry.description, entry.group)}${facts}</li>`;
}

function sectionsHtml(view: ExportView, sections: readonly AmendmentSection[]): string {
  return sections
    .map(({ group, entries }) => {
      if (!group) return `<ul>${entries.map((entry) => entryHtml(view, entry, true)).join('')}</ul>`;
      return `<section class="group"><h4 class="${groupClass(view.groups, group)}">${esc(group.name)}</h4><ul>${entries.map((entry) => entryHtml(view, entry, false)).join('')}</ul></section>`;
    })
    .join('');
}

function listHtml(view: ExportView, list: AmendmentList, block: ViewBlock): string {
  const paragraph = list.kind === 'compilation' ? ` data-paragraph="${esc(block.key)}"` : '';
  return `<div class="amendments ${list.kind}"${paragraph}><h3>${esc(list.title)}</h3>${sectionsHtml(view, list.sections)}</div>`;
}

function blockHtml(view: ExportView, block: ViewBlock, titles: Map<string, string>): string {
  const body = block.chunks.map((chunk) => chunkHtml(view, chunk, titles)).join('');
  const text = block.bracketed ? `[${body}]` : body;
  const id = `p-${esc(block.key)}`;
  if (block.kind === 'title') return `<h1 class="title" id="${id}">${text}</h1>`;
  if (block.kind === 'heading') return `<h2 class="heading" id="${id}">${text}</h2>`;
  const classes = ['para', block.kind, block.number ? 'numbered' : '', block.proposed ? 'proposed' : '', block.status ? `status-${block.status}` : ''].filter(Boolean).join(' ');
  const number = block.number ? `<span class="num">${esc(block.number)}</span>` : '';
  return `<p class="${classes}" id="${id}">${number}<span class="text">${text}</span></p>${block.lists.map((list) => listHtml(view, list, block)).join('')}`;
}

/** Hover titles for inline redlines: group, author and rationale. */
function amendmentTitles(view: ExportView): Map<string, string> {
  return new Map(view.amendments.map((amendment) => {
    const group = view.groups.find((candidate) => candidate.id === amendment.author.groupId)?.name ?? amendment.author.groupId;
    const rationale = amendment.rationale.trim() ? `: ${amendment.rationale.trim()}` : '';
    return [amendment.id, `${group} (${amendment.author.name})${rationale}`];
  }));
}

export function renderHtml(view: ExportView): string {
  const heading = exportHeading(view);
  const titles = amendmentTitles(view);
  const { legend: words, colon } = view.captions;
  const legend = view.variant === 'tracked'
    ? `<p class="legend">${esc(`${words.openAmendments}${colon}`)} <del>${esc(words.deleted)}</del> <ins>${esc(words.inserted)}</ins>${esc(words.eachFollowed)}</p>`
    : '';
  const hasTitle = view.blocks.some((block) => block.kind === 'title');
  const body = [
    hasTitle ? '' : `<h1 class="title">${esc(heading.title)}</h1>`,
    ...view.blocks.map((block) => blockHtml(view, block, titles)),
    view.orphans ? `<section class="orphans"><h2 class="heading">${esc(view.orphans.title)}</h2><div class="amendments compilation">${sectionsHtml(view, view.orphans.sections)}</div></section>` : '',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${view.captions.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Concord">
<title>${esc(`${heading.title} — ${heading.revisionName} (${heading.variantLabel})`)}</title>
<style>${htmlStyle(view.groups)}</style>
</head>
<body class="variant-${view.variant}">
<header class="doc-meta"><p>${esc(heading.subtitle)}</p>${legend}</header>
<main>
${body}
</main>
</body>
</html>
`;
}
