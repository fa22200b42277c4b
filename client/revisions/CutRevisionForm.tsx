/** The chair cuts a named revision of the live text, with the usual UN names offered. */
import { useState, type FormEvent } from 'react';
import { MAX_REVISION_NAME } from '../../shared/revisions/revision-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorBox } from '../ui/ErrorBox';
import { useCutRevision } from './queries/revision-queries';
import { suggestRevisionNames } from './revision-names';
import { useRevisionsContext } from './revisions-context';

export function CutRevisionForm({ existingNames }: { existingNames: readonly string[] }) {
  const { t } = useI18n();
  const { documentId } = useRevisionsContext();
  const cutting = useCutRevision(documentId);
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [cut, setCut] = useState<string | null>(null);
  const suggestions = suggestRevisionNames(existingNames);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setInvalid(true);
      return;
    }
    setCut(null);
    cutting.mutate(trimmed, {
      onSuccess: (revision) => {
        setName('');
        setCut(revision.name);
      },
    });
  }

  return (
    <form className="cut-revision" onSubmit={submit} noValidate data-testid="cut-revision-form">
      <h3 className="cut-revision__heading">{t('revisions.cut.heading')}</h3>
      <p className="cut-revision__hint">{t('revisions.cut.hint')}</p>
      <div className="cut-revision__row">
        <label className="field cut-revision__field">
          <span className="visually-hidden">{t('revisions.cut.name')}</span>
          <input
            className="input"
            value={name}
            maxLength={MAX_REVISION_NAME}
            placeholder={suggestions[0] ?? ''}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'cut-revision-error' : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setInvalid(false);
            }}
            data-testid="revision-name-input"
          />
        </label>
        <Button variant="primary" type="submit" busy={cutting.isPending} data-testid="cut-revision-button">
          {cutting.isPending ? t('revisions.cut.submitting') : t('revisions.cut.submit')}
        </Button>
      </div>
      {invalid && (
        <span className="field__error" id="cut-revision-error">
          {t('revisions.cut.nameRequired')}
        </span>
      )}
      {suggestions.length > 0 && (
        <div className="cut-revision__suggestions">
          <span className="cut-revision__suggest-label">{t('revisions.cut.suggestions')}</span>
          {suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="suggestion-chip"
              onClick={() => {
                setName(suggestion);
                setInvalid(false);
              }}
            >
              {suggestion}
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {cut ? t('revisions.cut.done', { name: cut }) : ''}
      </span>
      {cutting.error !== null && <ErrorBox title={t('revisions.cut.failed')} error={cutting.error} />}
    </form>
  );
}
