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

/** Encoded list responses kept per document (each filter a key) until one of its amendments changes. */
const LIST_BODIES_PER_DOCUMENT = 32;

export class AmendmentViewCache {
  private readonly documents = new Map<string, Map<string, CachedView>>();
  private readonly listBodies = new Map<string, Map<string, Buffer>>();

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

  /**
   * The JSON array of the entries `keep` selects, as UTF-8 bytes, built once per `key` (the filter)
   * until an amendment of the document changes: a chair's office re-reads the same lists far more
   * often than amendments change, and a list of thousands is megabytes to join and encode.
   */
  listBody(documentId: string, key: string, keep: (entry: CachedView) => boolean): Buffer {
    let bodies = this.listBodies.get(documentId);
    if (!bodies) this.listBodies.set(documentId, (bodies = new Map()));
    const known = bodies.get(key);
    if (known) return known;
    const body = Buffer.from(`[${this.entries(documentId).filter(keep).map((entry) => entry.json).join(',')}]`);
    if (bodies.size >= LIST_BODIES_PER_DOCUMENT) bodies.delete(bodies.keys().next().value as string);
    bodies.set(key, body);
    return body;
  }

  remember(view: AmendmentView): void {
    this.documents.get(view.documentId)?.set(view.id, cached(view));
    this.listBodies.delete(view.documentId);
  }

  /** The amended text moved within its paragraph (someone typed before it). */
  moved(documentId: string, id: string, from: number, to: number): void {
    const entry = this.documents.get(documentId)?.get(id);
    if (!entry || entry.view.from === null) return;
    this.remember({ ...entry.view, from, to });
  }
}
