/** Keeps a document's title column (what lists show without opening it) in step with its live title. */
import { readTitle } from '../../shared/document/read-blocks.js';
import type { RoomHooks } from '../collab/room-hooks.js';
import type { DocumentsRepo } from './documents.repo.js';

/** Read when the room compacts, not on every edit: the column only serves documents nobody has open. */
export function titleSync(documents: DocumentsRepo): RoomHooks {
  return {
    compacted: ({ room }) => {
      const title = readTitle(room.doc);
      const record = documents.byId(room.documentId);
      if (record && title && title !== record.title) documents.setTitle(room.documentId, title);
      else documents.touch(room.documentId);
    },
  };
}
