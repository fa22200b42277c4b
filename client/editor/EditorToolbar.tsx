/** The formatting toolbar: paragraph kind (with the active one pressed), text styles and undo/redo. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { displayShortcut } from './shortcuts';
import { KIND_ITEMS, MARK_ITEMS, type MarkName } from './toolbar-items';
import { readToolbarState } from './toolbar-state';

function toggleMark(editor: Editor, mark: MarkName): void {
  const chain = editor.chain().focus();
  if (mark === 'bold') chain.toggleBold().run();
  else if (mark === 'italic') chain.toggleItalic().run();
  else if (mark === 'underline') chain.toggleUnderline().run();
  else chain.toggleStrike().run();
}

/** Arrow keys move along the toolbar, as in any desktop toolbar. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const active = document.activeElement;
  const index = active instanceof HTMLButtonElement ? buttons.indexOf(active) : -1;
  if (index < 0) return;
  const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
  next?.focus();
  event.preventDefault();
}

/** `children`: further groups at the end (e.g. the chair's paragraph status), each bringing its own divider. */
export function EditorToolbar({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const { t } = useI18n();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
  const withShortcut = (label: string, shortcut: string) => t('toolbar.withShortcut', { label, shortcut: displayShortcut(shortcut) });
  const inTitle = state.kind === 'title';
  // Kinds and statuses belong to paragraphs: until the caret is in one, say so instead of only greying out.
  const outsideParagraph = inTitle || state.kind === null;
  const hintId = useId();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar.label')} onKeyDown={moveFocus} data-testid="editor-toolbar">
      <fieldset className="editor-toolbar__group" aria-label={t('toolbar.kinds')}>
        {inTitle && <span className="editor-toolbar__current">{t('kind.title')}</span>}
        {KIND_ITEMS.map((item) => {
          const label = withShortcut(t(item.label), item.shortcut);
          // Named by its visible words (then the shortcut), so the name a speech user says matches what is seen.
          return (
            <button
              key={item.kind}
              type="button"
              className="tool-button tool-button--kind"
              aria-pressed={state.kind === item.kind}
              title={label}
              disabled={inTitle}
              aria-describedby={outsideParagraph ? hintId : undefined}
              data-kind={item.kind}
              onClick={() => editor.chain().focus().setBlockKind(item.kind).run()}
            >
              <span className="tool-button__glyph" aria-hidden="true">
                {item.glyph}
              </span>
              <span className="tool-button__text">{t(item.label)}</span>
              <span className="visually-hidden"> ({displayShortcut(item.shortcut)})</span>
            </button>
          );
        })}
      </fieldset>
      <span className="editor-toolbar__divider" aria-hidden="true" />
      <fieldset className="editor-toolbar__group" aria-label={t('toolbar.marks')}>
        {MARK_ITEMS.map((item) => {
          const label = withShortcut(t(item.label), item.shortcut);
          return (
            <button
              key={item.mark}
              type="button"
              className={`tool-button tool-button--mark tool-button--${item.mark}`}
              aria-pressed={state.marks[item.mark]}
              aria-label={label}
              title={label}
              data-mark={item.mark}
              onClick={() => toggleMark(editor, item.mark)}
            >
              <span aria-hidden="true">{item.glyph}</span>
            </button>
          );
        })}
      </fieldset>
      <span className="editor-toolbar__divider" aria-hidden="true" />
      <fieldset className="editor-toolbar__group" aria-label={t('toolbar.history')}>
        <button
          type="button"
          className="tool-button tool-button--icon"
          aria-label={withShortcut(t('history.undo'), 'Mod-Z')}
          title={withShortcut(t('history.undo'), 'Mod-Z')}
          disabled={!state.canUndo}
          onClick={() => editor.chain().focus().undo().run()}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="tool-button tool-button--icon"
          aria-label={withShortcut(t('history.redo'), 'Mod-Shift-Z')}
          title={withShortcut(t('history.redo'), 'Mod-Shift-Z')}
          disabled={!state.canRedo}
          onClick={() => editor.chain().focus().redo().run()}
        >
          <span aria-hidden="true">↷</span>
        </button>
      </fieldset>
      {children}
      {outsideParagraph && (
        <p className="editor-toolbar__hint" id={hintId} data-testid="toolbar-hint">
          {t('toolbar.needParagraph')}
        </p>
      )}
    </div>
  );
}
