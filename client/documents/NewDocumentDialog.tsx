/** Chairs open a new document: a title, optionally Markdown typed, pasted or loaded from a .md file. */
import { useId, useState, type FormEvent } from 'react';
import type { CreateDocumentRequest } from '../../shared/api/documents.js';
import { DEFAULT_GROUPS } from '../../shared/groups.js';
import { documentPath, navigate } from '../app/router';
import { useMe } from '../auth/MeProvider';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel } from '../i18n/labels';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorBox';
import { MarkdownConvention } from './MarkdownConvention';
import { useCreateDocument } from './queries/document-queries';
import { MAX_MARKDOWN_MEGABYTES, readMarkdownFile } from './read-markdown-file';

export function NewDocumentDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const creating = useCreateDocument();
  const conventionId = useId();
  const formId = useId();
  const chairGroup = me.memberships.find((membership) => membership.role === 'chair')?.groupId;
  const [title, setTitle] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [groupId, setGroupId] = useState(chairGroup ?? DEFAULT_GROUPS[0]?.id ?? '');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Stays busy once created, until the page it opens replaces this dialog.
  const busy = creating.isPending || creating.isSuccess;

  async function loadFile(file: File | undefined) {
    if (!file) return;
    const result = await readMarkdownFile(file);
    if (result.ok) {
      setMarkdown(result.text);
      setFileNote(t('newDocument.fileLoaded', { name: file.name }));
    } else {
      setFileNote(result.reason === 'too-large' ? t('newDocument.fileTooLarge', { size: MAX_MARKDOWN_MEGABYTES }) : t('newDocument.fileUnreadable'));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const request: CreateDocumentRequest = { groupId };
    if (title.trim()) request.title = title.trim();
    if (markdown.trim()) request.markdown = markdown;
    if (!request.title && !request.markdown) return setProblem(t('newDocument.needContent'));
    setProblem(null);
    creating.mutate(request, {
      onSuccess: (document) => {
        onClose();
        navigate(documentPath(document.id));
      },
    });
  }

  return (
    <Dialog
      title={t('newDocument.title')}
      onClose={onClose}
      size="wide"
      testId="new-document-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={busy} data-testid="new-document-submit">
            {busy ? t('newDocument.creating') : t('newDocument.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="new-document" onSubmit={submit} noValidate>
        <div className="new-document__fields">
          <label className="field">
            <span className="field__label">{t('newDocument.field.title')}</span>
            <input className="input" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} autoFocus data-testid="new-document-title" />
            <span className="field__hint">{t('newDocument.field.titleHint')}</span>
          </label>
          <label className="field">
            <span className="field__label">{t('newDocument.field.group')}</span>
            <select className="input" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              {DEFAULT_GROUPS.map((group) => (
                <option key={group.id} value={group.id}>
                  {groupLabel(t, group)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('newDocument.field.markdown')}</span>
            <textarea
              className="input input--mono new-document__markdown"
              rows={12}
              value={markdown}
              onChange={(event) => setMarkdown(event.target.value)}
              aria-describedby={conventionId}
              spellCheck={false}
              data-testid="new-document-markdown"
            />
          </label>
          <label className="field">
            <span className="field__label">{t('newDocument.field.file')}</span>
            <input className="file-input" type="file" accept=".md,.markdown,text/markdown,text/plain" onChange={(event) => void loadFile(event.target.files?.[0])} />
            {fileNote && (
              <span className="field__hint" role="status">
                {fileNote}
              </span>
            )}
          </label>
          {problem && (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          )}
          {creating.error !== null && <ErrorBox error={creating.error} />}
        </div>
        <MarkdownConvention id={conventionId} />
      </form>
    </Dialog>
  );
}
