/** The live text: Tiptap bound to the session's Y.Doc, with everyone's carets, on a UN-style page. */
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { PresenceUser } from '../../shared/collab/protocol-constants.js';
import type { DocumentLimits } from '../../shared/collab/limits.js';
import { outcomeSchemaExtensions } from '../../shared/document/extensions.js';
import { Numbering } from '../../shared/document/numbering-decorations.js';
import { ParagraphIdentity } from '../../shared/document/paragraph-identity.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import { useAmendmentKit } from '../amendments/editor/amendment-kit';
import { AmendmentsEditorLayer } from '../amendments/editor/AmendmentsEditorLayer';
import { AmendmentToolbar } from '../amendments/editor/AmendmentToolbar';
import { useI18n } from '../i18n/I18nProvider';
import { LOCK_MESSAGES, ParagraphLockNotice } from '../paragraph-status/ParagraphLockNotice';
import { ParagraphStatusControl } from '../paragraph-status/ParagraphStatusControl';
import { caretRenderer, selectionRenderer } from './caret';
import type { CollabSession } from './collab-session';
import { EditorToolbar } from './EditorToolbar';
import { useExposeEditorForTests } from './expose-editor-for-tests';
import { DocumentLimitsGuard, type LimitRefusal } from './limits/document-limits-extension';
import { LimitNotice } from './limits/LimitNotice';
import { ParagraphLockGuard } from './paragraph-lock-guard';
import { TitleGuard } from './title-guard';
import { can, roleSchema } from '../../shared/roles.js';
import { ParagraphStatusDecorations, setParagraphStatuses } from './paragraph-status-decorations';
import type { ParagraphStatuses } from '../paragraph-status/queries/paragraph-queries';

interface OutcomeEditorProps {
  session: CollabSession;
  user: PresenceUser;
  groups: readonly StakeholderGroup[];
  /** Whether this person may edit the text at all (their role). */
  mayEdit: boolean;
  /** Whether editing is possible right now (e.g. not after the server refused the connection). */
  editable: boolean;
  /** The chair's paragraph statuses, kept on the server rather than in the text. */
  statuses: ParagraphStatuses;
  /** The server's limits on the live text, checked here before a change is sent. */
  limits: DocumentLimits;
}

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    class: 'outcome-text',
    'data-testid': 'editor',
    // aria-readonly is allowed on a textbox, not on a bare contenteditable div (axe: aria-allowed-attr).
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(!editable),
    spellcheck: String(editable),
  };
}

export function OutcomeEditor({ session, user, groups, mayEdit, editable, statuses, limits }: OutcomeEditorProps) {
  const { t } = useI18n();
  // Inline amendments, suggesting mode (always on for those who may not edit) and the composer shortcut.
  const kit = useAmendmentKit(session, mayEdit);
  const [refusal, setRefusal] = useState<LimitRefusal | null>(null);
  const editor = useEditor(
    {
      extensions: [
        ...outcomeSchemaExtensions(),
        ParagraphIdentity,
        Numbering,
        ParagraphStatusDecorations,
        Collaboration.configure({ document: session.ydoc }),
        CollaborationCaret.configure({
          provider: session.provider,
          user,
          render: caretRenderer(groups),
          selectionRender: selectionRenderer(groups),
        }),
        ...kit.extensions,
        ParagraphLockGuard.configure({ explain: (status) => t(LOCK_MESSAGES[status]) }),
        TitleGuard.configure({ mayEditTitle: roleSchema.safeParse(user.role).success && can(roleSchema.parse(user.role), 'document.rename') }),
        DocumentLimitsGuard.configure({
          limits,
          isLive: () => session.provider.wsconnected && session.provider.synced,
          onRefused: setRefusal,
        }),
      ],
      editable,
      editorProps: { attributes: editorAttributes(t('editor.label'), editable) },
    },
    [session],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes: editorAttributes(t('editor.label'), editable) } });
  }, [editor, editable, t]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(setParagraphStatuses(editor.state, statuses));
  }, [editor, statuses]);

  useExposeEditorForTests(editor);

  return (
    <>
      {(mayEdit || editable) && editor && (
        <div className={`editor-toolbar-bar${refusal ? ' editor-toolbar-bar--with-notice' : ''}`}>
          {mayEdit && (
            <EditorToolbar editor={editor}>
              <ParagraphStatusControl editor={editor} />
            </EditorToolbar>
          )}
          <AmendmentToolbar editor={editor} kit={kit} />
          {refusal && (
            <LimitNotice
              refusal={refusal}
              onDismiss={() => {
                setRefusal(null);
                editor.commands.focus();
              }}
            />
          )}
        </div>
      )}
      <div className={`page-paper${editable ? '' : ' page-paper--readonly'}`}>
        <EditorContent editor={editor} className="page-paper__content" />
      </div>
      {editor && <AmendmentsEditorLayer editor={editor} kit={kit} />}
      {editor && <ParagraphLockNotice editor={editor} />}
    </>
  );
}
