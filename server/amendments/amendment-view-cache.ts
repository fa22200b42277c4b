/**
 * The amendments of each open document as ready views and their JSON, kept current by every change
 * (all of which go through the service): listing thousands of amendments is a filter and a join,
 * not thousands of rows read and re-serialized on every request.
 */
import type { AmendmentFilter, AmendmentView } from '../../shared/amendments/amendment-schemas.js';

interface CachedView {
  view: AmendmentView;
  json: string;
}

const cached = (view: AmendmentView): CachedView => ({ view, json: JSON.stringify(view) });

export function matchesFilter(view: AmendmentView, filter: AmendmentFilter, meId: string): boolean {
  if (filter.group && view.author.groupId !== filter.group) return false;
  if (filter.status && view.status !== filter.status) return false;
  if (filter.paragraph && view.paragraphId !== filter.paragraph) return false;
  if (filter.author && view.author.participantId !== filter.author) return false;
  if (filter.mine && view.author.participantId !== meId) return false;
  return true;
}

export class AmendmentViewCache {
  private readonly documents = new Map<string, Map<string, CachedView>>();

  constructor(private readonly loadAll: (documentId: string) => AmendmentView[]) {}

  /** In proposal order. */
  entries(documentId: string): CachedView[] {
    let views = this.documents.get(documentId);
    if (!views) {
      views = new Map(this.loadAll(documentId).map((view) => [view.id, cached(view)]));
      this.documents.set(documentId, views);
    }
    return [...views.values()];
  }

  remember(view: AmendmentView): void {
    this.documents.get(view.documentId)?.set(view.id, cached(view));
  }

  /** The amended text moved within its paragraph (someone typed before it). */
  moved(documentId: string, id: string, from: number, to: number): void {
    const entry = this.documents.get(documentId)?.get(id);
    if (!entry || entry.view.from === null) return;
    this.remember({ ...entry.view, from, to });
  }
}
