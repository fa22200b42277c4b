/**
 * The chair's paragraph status buttons in the editor toolbar (open, bracketed, agreed ad ref, agreed) for the
 * paragraph under the cursor, with keyboard shortcuts. Others see the result, not the control.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import { can } from '../../shared/roles.js';
import { errorMessage } from '../api/error-message';
import { displayShortcut } from '../editor/shortcuts';
import { useI18n } from '../i18n/I18nProvider';
import { useOptionalRevisionsContext } from '../revisions/revisions-context';
import { Spinner } from '../ui/Spinner';
import { readCurrentParagraph, sameParagraph } from './current-paragraph';
import { useSetParagraphStatus } from './queries/paragraph-queries';
import { STATUS_ITEMS, statusForKey } from './status-items';

function StatusButtons({ editor, documentId }: { editor: Editor; documentId: string }) {
  const { t } = useI18n();
  const current = useEditorState({ editor, selector: ({ editor: now }) => readCurrentParagraph(now), equalityFn: sameParagraph });
  const setting = useSetParagraphStatus(documentId);
  const pending = setting.isPending ? setting.variables.status : null;
  const disabled = !current?.takesStatus;

  function apply(status: ParagraphStatus) {
    const paragraph = readCurrentParagraph(editor);
    if (!paragraph?.takesStatus || paragraph.status === status || setting.isPending) return;
    setting.mutate({ paragraphId: paragraph.id, status });
  }

  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      const status = statusForKey(event);
      if (!status) return;
      event.preventDefault();
      applyRef.current(status);
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor]);

  return (
    <>
      <span className="editor-toolbar__divider" aria-hidden="true" />
      <fieldset className="editor-toolbar__group status-control" aria-label={t('status.group')} data-testid="status-control">
      {STATUS_ITEMS.map((item) => {
        const label = t('toolbar.withShortcut', { label: t(item.label), shortcut: displayShortcut(item.shortcut) });
        return (
          <button
            key={item.status}
            type="button"
            className={`tool-button tool-button--status tool-button--status-${item.status}`}
            aria-pressed={!disabled && current.status === item.status}
            aria-label={label}
            title={disabled ? t('status.noStatus') : label}
            disabled={disabled || pending !== null}
            data-testid={`status-${item.status}`}
            onClick={() => apply(item.status)}
          >
            {pending === item.status ? (
              <Spinner size="small" />
            ) : (
              <span className="tool-button__glyph status-glyph" aria-hidden="true">
                {item.glyph}
              </span>
            )}
            <span className="tool-button__text">{t(item.label)}</span>
          </button>
        );
      })}
      {setting.error && (
        <span className="status-control__error" role="alert">
          {t('status.failed', { message: errorMessage(t, setting.error) })}
        </span>
      )}
      </fieldset>
    </>
  );
}

export function ParagraphStatusControl({ editor }: { editor: Editor }) {
  const context = useOptionalRevisionsContext();
  if (!context || !can(context.role, 'paragraphs.status')) return null;
  return <StatusButtons editor={editor} documentId={context.documentId} />;
}
