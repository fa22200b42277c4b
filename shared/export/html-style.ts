/** The HTML export's inline stylesheet: readable on screen, clean when printed or saved as PDF. */
import type { ViewGroup } from './export-view.js';

const BASE_STYLE = `
:root { color-scheme: light; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; color: #111; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
.doc-meta { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: #444; border-bottom: 1px solid #ccc; margin-bottom: 1.5rem; padding-bottom: .5rem; }
.doc-meta p { margin: .2rem 0; }
h1.title { font-size: 16pt; text-align: center; margin: 0 0 1.5rem; }
h2.heading { font-size: 13pt; margin: 1.6rem 0 .8rem; }
p.para { margin: 0 0 .8rem; text-align: justify; }
p.numbered { padding-left: 2.5em; text-indent: -2.5em; }
p.subparagraph { margin-left: 2.5em; }
p.proposed.operative { padding-left: 2.5em; }
p.preambular { text-indent: 2.5em; }
.num { display: inline-block; min-width: 2.5em; text-indent: 0; }
ins { text-decoration: underline; font-weight: bold; }
del { text-decoration: line-through; }
.group-label { font-family: Arial, Helvetica, sans-serif; font-size: 8pt; font-weight: bold; vertical-align: super; }
.amendments { font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; margin: -.3rem 0 1rem 2.5em; padding: .4rem .8rem; border-left: 3px solid #bbb; background: #f7f7f7; }
.amendments h3 { font-size: 10pt; margin: .2rem 0 .4rem; }
.amendments h4 { font-size: 9.5pt; margin: .5rem 0 .2rem; }
.amendments ul { margin: 0 0 .3rem; padding-left: 1.2rem; }
.amendments li { margin-bottom: .35rem; }
.amendments .fact { display: block; color: #333; }
.amendments .fact-label { font-weight: bold; }
.orphans { margin-top: 2rem; }
@page { size: A4; margin: 2.5cm 2.2cm 2.5cm 2.2cm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11.5pt; }
  .doc-meta { border-bottom-color: #999; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  p { orphans: 3; widows: 3; }
  .amendments { background: none; break-inside: avoid; page-break-inside: avoid; }
  ins, del, .group-label, .amendments { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const COLOR = /^#[0-9a-f]{6}$/i;

/** A class per group, by position: ids are checked where groups are saved, but nothing user-given goes into CSS. */
export function groupClass(groups: readonly ViewGroup[], group: ViewGroup | null): string {
  const index = group ? groups.findIndex((candidate) => candidate.id === group.id) : -1;
  return index < 0 ? 'g-other' : `g${index}`;
}

export function htmlStyle(groups: readonly ViewGroup[]): string {
  const colors = groups.map((group, index) => {
    const color = COLOR.test(group.color) ? group.color : '#555555';
    return `.g${index} { color: ${color}; } .amendments h4.g${index} { border-left: 4px solid ${color}; padding-left: .4rem; }`;
  });
  return `${BASE_STYLE}.g-other { color: #555555; }\n${colors.join('\n')}\n`;
}
