/**
 * Akoma Ntoso `<meta>`: FRBR identification after AKN4UN (country `un`, language `eng` or `fra`, IRIs such as
 * `/akn/un/doc/chairs-summary/2025-07-11/<slug>/eng@rev1`), the modifications amendments propose,
 * and the TLC references for the authors and the stakeholder groups.
 */
import type { AmendmentKind } from '../amendments/amendment-schemas.js';
import { attrs, groupEid, type AknModification } from './akn-inline.js';
import type { ExportCaptions } from './export-captions.js';
import type { ExportModel } from './export-model.js';
import type { ViewGroup } from './export-view.js';

export const AKN_DOC_NAME = 'chairsSummary';
const AKN_SUBTYPE = 'chairs-summary';
const SOURCE = '#concord';

export interface AknIris {
  work: string;
  expression: string;
  manifestation: string;
  date: string;
  expressionDate: string;
}

function isoDate(iso: string): string {
  const date = iso.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '1970-01-01';
}

export function aknIris(model: ExportModel, language: string): AknIris {
  const date = isoDate(model.document.createdAt);
  const work = `/akn/un/doc/${AKN_SUBTYPE}/${date}/${model.document.slug}`;
  const expression = `${work}/${language}@${model.revision.slug}`;
  return { work, expression, manifestation: `${expression}.akn`, date, expressionDate: isoDate(model.revision.createdAt) };
}

function identification(model: ExportModel, iris: AknIris, language: string): string {
  const value = (name: string, v: string) => `<${name}${attrs({ value: v })}/>`;
  const author = (href: string) => `<FRBRauthor${attrs({ href, as: '#author' })}/>`;
  return `<identification source="${SOURCE}">
<FRBRWork>${value('FRBRthis', `${iris.work}/!main`)}${value('FRBRuri', iris.work)}<FRBRdate${attrs({ date: iris.date, name: 'creation' })}/>${author('#chair')}${value('FRBRcountry', 'un')}${value('FRBRsubtype', AKN_SUBTYPE)}${value('FRBRnumber', model.document.slug)}${value('FRBRname', model.document.title)}</FRBRWork>
<FRBRExpression>${value('FRBRthis', `${iris.expression}/!main`)}${value('FRBRuri', iris.expression)}<FRBRdate${attrs({ date: iris.expressionDate, name: model.revision.id === null ? 'export' : 'revision' })}/>${author('#chair')}${value('FRBRversionNumber', model.revision.name)}<FRBRlanguage${attrs({ language })}/></FRBRExpression>
<FRBRManifestation>${value('FRBRthis', `${iris.expression}/!main.xml`)}${value('FRBRuri', iris.manifestation)}<FRBRdate${attrs({ date: isoDate(model.generatedAt), name: 'export' })}/>${author('#concord')}${value('FRBRformat', 'application/akn+xml')}</FRBRManifestation>
</identification>`;
}

const MOD_TYPES: Record<AmendmentKind, string> = {
  replace: 'substitution',
  insert: 'insertion',
  delete: 'repeal',
  'insert-paragraph': 'insertion',
  'delete-paragraph': 'repeal',
};

function analysis(modifications: readonly AknModification[]): string {
  if (modifications.length === 0) return '';
  const mods = modifications.map((mod, index) => {
    const old = mod.del ? `<old${attrs({ href: `#${mod.del}` })}/>` : '';
    const added = mod.ins ? `<new${attrs({ href: `#${mod.ins}` })}/>` : '';
    return `<textualMod${attrs({ type: MOD_TYPES[mod.amendment.kind], eId: `amod_${index + 1}` })}><source${attrs({ href: `#${groupEid(mod.amendment.author.groupId)}` })}/><destination${attrs({ href: `#${mod.destination}` })}/>${old}${added}</textualMod>`;
  });
  return `<analysis source="${SOURCE}"><activeModifications>\n${mods.join('\n')}\n</activeModifications></analysis>`;
}

function references(groups: readonly ViewGroup[], names: ExportCaptions['akn']): string {
  const org = (eId: string, href: string, showAs: string) => `<TLCOrganization${attrs({ eId, href, showAs })}/>`;
  return `<references source="${SOURCE}">
${org('concord', '/akn/ontology/organizations/concord', 'Concord')}
${org('chair', '/akn/ontology/organizations/un/chair', names.chair)}
${groups.map((group) => org(groupEid(group.id), `/akn/ontology/organizations/un/stakeholder-group/${encodeURIComponent(group.id)}`, group.name)).join('\n')}
<TLCRole${attrs({ eId: 'author', href: '/akn/ontology/roles/author', showAs: names.author })}/>
</references>`;
}

export function aknMeta(model: ExportModel, captions: ExportCaptions, groups: readonly ViewGroup[], modifications: readonly AknModification[]): string {
  const language = captions.aknLang;
  return `<meta>\n${identification(model, aknIris(model, language), language)}\n${analysis(modifications)}\n${references(groups, captions.akn)}\n</meta>`;
}
