/** The panel's filters (group, status, paragraph, author, mine), applied to the live list on the client. */
import type { AmendmentStatus, AmendmentView } from '../../../shared/amendments/amendment-schemas.js';

export interface AmendmentFilters {
  group: string;
  status: AmendmentStatus | '';
  paragraph: string;
  author: string;
  mine: boolean;
}

export const NO_FILTERS: AmendmentFilters = { group: '', status: '', paragraph: '', author: '', mine: false };

export function isFiltered(filters: AmendmentFilters): boolean {
  return filters.group !== '' || filters.status !== '' || filters.paragraph !== '' || filters.author !== '' || filters.mine;
}

export function filterAmendments(amendments: readonly AmendmentView[], filters: AmendmentFilters, me: string): AmendmentView[] {
  return amendments.filter(
    (amendment) =>
      (!filters.group || amendment.author.groupId === filters.group) &&
      (!filters.status || amendment.status === filters.status) &&
      (!filters.paragraph || amendment.paragraphId === filters.paragraph) &&
      (!filters.author || amendment.author.participantId === filters.author) &&
      (!filters.mine || amendment.author.participantId === me),
  );
}

/** The people who proposed something, for the author filter, by name. */
export function authorsOf(amendments: readonly AmendmentView[]): Array<{ id: string; name: string }> {
  const authors = new Map<string, string>();
  for (const amendment of amendments) authors.set(amendment.author.participantId, amendment.author.name);
  return [...authors].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The paragraphs that have amendments, in document order where they still exist. */
export function amendedParagraphs(amendments: readonly AmendmentView[], order: ReadonlyMap<string, number>): string[] {
  const ids = [...new Set(amendments.map((amendment) => amendment.paragraphId))];
  return ids.sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER));
}
