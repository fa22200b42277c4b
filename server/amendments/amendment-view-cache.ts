/**
 * The amendments of each open document as ready views and their JSON, kept current by every change
 * (all of which go through the service): listing thousands of amendments is a filter and a join,
 * not thousands of rows read and re-serialized on every request.
 */
import { gzipSync } from 'node:zlib';
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

/**
 * Large list responses kept per document (each filter a key) until one of its amendments changes;
 * small ones (a paragraph's, an author's) cost less to rebuild than to keep, and would push the
 * large ones out.
 */
const LIST_BODIES_PER_DOCUMENT = 16;
const KEEP_BODIES_FROM_BYTES = 64 * 1024;

/** A response body in UTF-8, and gzipped on first demand (thousands of amendments: megabytes that shrink ~10×). */
export class EncodedBody {
  private compressed: Uint8Array<ArrayBuffer> | null = null;
  constructor(readonly raw: Uint8Array<ArrayBuffer>) {}

  gzipped(): Uint8Array<ArrayBuffer> {
    // Level 1: most of the gain for a fraction of the time, since it is redone after every change.
    this.compressed ??= new Uint8Array(gzipSync(this.raw, { level: 1 }));
    return this.compressed;
  }
}

export class AmendmentViewCache {
  private readonly documents = new Map<string, Map<string, CachedView>>();
  private readonly listBodies = new Map<string, Map<string, EncodedBody>>();
  /** Other figures computed from all of a document's views, by name, until one of them changes. */
  private readonly derivedValues = new Map<string, Map<string, unknown>>();

  constructor(private readonly loadAll: (documentId: string) => AmendmentView[]) {}

  /** In proposal order. */
  entries(documentId: string): CachedView[] {
    return [...this.views(documentId).values()];
  }

  /**
   * A response listing the entries `keep` selects (`wrap` puts their JSON array into the body), built
   * once per `key` until an amendment of the document changes: a chair's office re-reads the same
   * lists far more often than amendments change, and a list of thousands is megabytes to join and encode.
   */
  listBody(documentId: string, key: string, keep: (entry: CachedView) => boolean, wrap: (array: string) => string): EncodedBody {
    let bodies = this.listBodies.get(documentId);
    if (!bodies) {
      bodies = new Map();
      this.listBodies.set(documentId, bodies);
    }
    const known = bodies.get(key);
    if (known) return known;
    const body = new EncodedBody(new TextEncoder().encode(wrap(`[${this.entries(documentId).filter(keep).map((entry) => entry.json).join(',')}]`)));
    if (body.raw.length < KEEP_BODIES_FROM_BYTES) return body;
    if (bodies.size >= LIST_BODIES_PER_DOCUMENT) bodies.delete(bodies.keys().next().value as string);
    bodies.set(key, body);
    return body;
  }

  /**
   * Keeps a changed amendment's view. The document's views are loaded first if they are not yet: from
   * its first amendment on, a document's list never needs loading again (thousands of views take a
   * few hundred ms to build, which a list request would otherwise pay).
   */
  remember(view: AmendmentView): void {
    this.views(view.documentId).set(view.id, cached(view));
    this.listBodies.delete(view.documentId);
    this.derivedValues.delete(view.documentId);
  }

  /** `compute` over every view of the document, kept under `name` until one of them changes. */
  derived<T>(documentId: string, name: string, compute: (entries: CachedView[]) => T): T {
    let values = this.derivedValues.get(documentId);
    if (!values) {
      values = new Map();
      this.derivedValues.set(documentId, values);
    }
    if (!values.has(name)) values.set(name, compute(this.entries(documentId)));
    return values.get(name) as T;
  }

  private views(documentId: string): Map<string, CachedView> {
    let views = this.documents.get(documentId);
    if (!views) {
      views = new Map(this.loadAll(documentId).map((view) => [view.id, cached(view)]));
      this.documents.set(documentId, views);
    }
    return views;
  }

  /** The amended text moved within its paragraph (someone typed before it). */
  moved(documentId: string, id: string, from: number, to: number): void {
    const entry = this.documents.get(documentId)?.get(id);
    if (!entry || entry.view.from === null) return;
    this.remember({ ...entry.view, from, to });
  }
}
