/** The one list of extensions defining the document schema, shared by the editor and the server. */
import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { OutcomeDocument, Operative, Preambular, SectionHeadingWithCommands, Subparagraph, Title } from './nodes.js';

export function outcomeSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      link: false,
      trailingNode: false,
      undoRedo: false,
    }),
    OutcomeDocument,
    Title,
    Operative,
    Preambular,
    SectionHeadingWithCommands,
    Subparagraph,
  ];
}

export function outcomeSchema() {
  return getSchema(outcomeSchemaExtensions());
}
