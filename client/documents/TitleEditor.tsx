/** The document title in the header; the chair clicks it to rename the document in place. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../shared/api/documents.js';
import { errorMessage } from '../api/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { Spinner } from '../ui/Spinner';

interface TitleEditorProps {
  title: string;
  mayRename: boolean;
  onRename: (title: string) => Promise<void>;
}

export function TitleEditor({ title, mayRename, onRename }: TitleEditorProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const shown = title || t('document.untitled');

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  function start() {
    setDraft(title);
    setError(null);
    setEditing(true);
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const next = draft.trim();
    if (!next || next === title) return setEditing(false);
    setBusy(true);
    try {
      await onRename(next);
      setEditing(false);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (!mayRename) {
    return (
      <h1 className="doc-title" data-testid="document-title">
        {shown}
      </h1>
    );
  }

  if (!editing) {
    return (
      <h1 className="doc-title">
        <button type="button" className="doc-title__button" onClick={start} title={t('document.rename')} aria-label={`${t('document.rename')}: ${shown}`} data-testid="document-title">
          <span className="doc-title__text">{shown}</span>
          <svg className="doc-title__pencil" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M11.5 2.5l2 2L5 13H3v-2z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
          </svg>
        </button>
      </h1>
    );
  }

  return (
    <form className="doc-title doc-title--editing" onSubmit={(event) => void save(event)}>
      <input
        ref={inputRef}
        className="input doc-title__input"
        value={draft}
        maxLength={MAX_TITLE_LENGTH}
        aria-label={t('document.renameLabel')}
        aria-describedby="rename-hint"
        disabled={busy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setEditing(false);
            setError(null);
          }
        }}
        data-testid="rename-input"
      />
      {busy && <Spinner size="small" />}
      <span id="rename-hint" className="visually-hidden">
        {t('document.renameHint')}
      </span>
      {error !== null && (
        <span className="doc-title__error" role="alert">
          {t('document.renameFailed', { message: errorMessage(t, error) })}
        </span>
      )}
    </form>
  );
}
