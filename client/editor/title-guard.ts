/**
 * Keeps the title block read-only for everyone but the chair, who renames the document: the server
 * refuses any other role's update that touches the title (and closes that connection), so the editor
 * never makes such a change in the first place.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';

export interface TitleGuardOptions {
  mayEditTitle: boolean;
}

const titleGuardKey = new PluginKey('titleGuard');

/** Whether the transaction changes the title block (its text, marks or id) or puts anything before it. */
function changesTitle(tr: Transaction): boolean {
  const before = tr.before.firstChild;
  if (before?.type.name !== 'title') return false;
  const after = tr.doc.firstChild;
  return !after || !before.eq(after);
}

export const TitleGuard = Extension.create<TitleGuardOptions>({
  name: 'titleGuard',

  addOptions() {
    return { mayEditTitle: false };
  },

  addProseMirrorPlugins() {
    const { mayEditTitle } = this.options;
    return [
      new Plugin({
        key: titleGuardKey,
        filterTransaction: (tr) => mayEditTitle || !tr.docChanged || tr.getMeta('y-sync$') !== undefined || !changesTitle(tr),
      }),
    ];
  },
});
