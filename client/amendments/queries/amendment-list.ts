/** The amendments of one document as the cache holds them, and the pure updates pushed events and answers make. */
import type { AmendmentView } from '../../../shared/amendments/amendment-schemas.js';

export interface AmendmentList {
  /** Oldest first, as the server lists them. */
  amendments: readonly AmendmentView[];
  periodOpen: boolean;
}

/** A newer wording or decision always wins; at the same version the latest word (supporters, comments) does. */
function newer(next: AmendmentView, current: AmendmentView | undefined): boolean {
  return !current || next.version >= current.version;
}

function byCreation(a: AmendmentView, b: AmendmentView): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function withAmendment(list: AmendmentList, amendment: AmendmentView): AmendmentList {
  const index = list.amendments.findIndex((item) => item.id === amendment.id);
  if (index === -1) return { ...list, amendments: [...list.amendments, amendment].sort(byCreation) };
  if (!newer(amendment, list.amendments[index])) return list;
  return { ...list, amendments: list.amendments.map((item, at) => (at === index ? amendment : item)) };
}

export function withPeriod(list: AmendmentList, open: boolean): AmendmentList {
  return list.periodOpen === open ? list : { ...list, periodOpen: open };
}

export function sortedList(amendments: readonly AmendmentView[], periodOpen: boolean): AmendmentList {
  return { amendments: [...amendments].sort(byCreation), periodOpen };
}
