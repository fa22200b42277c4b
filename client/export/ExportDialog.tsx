/** The export menu: format × variant × version (live or a revision), downloaded with a progress state. */
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportVariant } from '../../shared/export/export-model.js';
import { useSignedIn } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { namedRevisions } from '../revisions/revision-names';
import { revisionLabel } from '../revisions/revision-label';
import { loadState } from '../api/load-state';
import { useRevisionsQuery } from '../revisions/queries/revision-queries';
import { useRevisionsContext } from '../revisions/revisions-context';
import { LIVE } from '../revisions/revisions-api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { ErrorBox } from '../ui/ErrorBox';
import { downloadExport } from './download-export';
import { FORMAT_OPTIONS, VARIANT_OPTIONS } from './export-options';
import { RadioChoices } from './RadioChoices';
import { readExportChoice, storeExportChoice } from './export-choice';

type DownloadState =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: number | null }
  | { kind: 'done'; fileName: string }
  | { kind: 'error'; error: unknown };

export function ExportDialog({ initialRevision, onClose }: { initialRevision: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const { token } = useSignedIn();
  const { documentId } = useRevisionsContext();
  const revisions = loadState(useRevisionsQuery(documentId));
  const [format, setFormat] = useState<ExportFormat>(() => readExportChoice().format);
  const [variant, setVariant] = useState<ExportVariant>(() => readExportChoice().variant);
  const [revision, setRevision] = useState(initialRevision);
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const all = revisions.status === 'ready' ? revisions.data : [];
  const versions = all.filter((candidate) => candidate.kind === 'named' || candidate.id === initialRevision);
  const named = namedRevisions(all);

  async function download() {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    storeExportChoice({ format, variant });
    setState({ kind: 'busy', progress: null });
    try {
      const fileName = await downloadExport(
        { documentId, format, variant, revision, language },
        { token, signal: current.signal, onProgress: (progress) => setState({ kind: 'busy', progress }) },
      );
      if (!current.signal.aborted) setState({ kind: 'done', fileName });
    } catch (error) {
      if (!current.signal.aborted) setState({ kind: 'error', error });
    }
  }

  const busy = state.kind === 'busy';
  const changed = () => {
    if (state.kind !== 'busy') setState({ kind: 'idle' });
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      testId="export-dialog"
      actions={
        <>
          <Button onClick={onClose}>{state.kind === 'done' ? t('common.close') : t('common.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={() => void download()} data-testid="export-download">
            {busy ? t('export.preparing') : t('export.download')}
          </Button>
        </>
      }
    >
      <div className="export-form">
        <RadioChoices
          name="export-format"
          legend="export.format"
          layout="cards"
          choices={FORMAT_OPTIONS}
          value={format}
          onChange={(next) => {
            setFormat(next);
            changed();
          }}
          disabled={busy}
        />
        <RadioChoices
          name="export-variant"
          legend="export.variant"
          layout="rows"
          choices={VARIANT_OPTIONS}
          value={variant}
          onChange={(next) => {
            setVariant(next);
            changed();
          }}
          disabled={busy}
        />
        <label className="field">
          <span className="field__label">{t('export.version')}</span>
          <select
            className="input"
            value={revision}
            disabled={busy}
            onChange={(event) => {
              setRevision(event.target.value);
              changed();
            }}
            data-testid="export-revision"
          >
            <option value={LIVE}>{t('export.live')}</option>
            {versions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {revisionLabel(t, candidate)}
              </option>
            ))}
          </select>
          {named.length === 0 && revisions.status === 'ready' && <span className="field__hint">{t('export.noRevisions')}</span>}
        </label>
        <div className="export-status" role="status" aria-live="polite" data-testid="export-status" data-state={state.kind}>
          {state.kind === 'busy' && (
            <>
              <span className="export-progress" aria-hidden="true">
                <span
                  className={`export-progress__bar${state.progress === null ? ' export-progress__bar--indeterminate' : ''}`}
                  style={state.progress === null ? undefined : { width: `${Math.round(state.progress * 100)}%` }}
                />
              </span>
              <span>{state.progress === null ? t('export.preparingLong') : t('export.receiving', { percent: Math.round(state.progress * 100) })}</span>
            </>
          )}
          {state.kind === 'done' && <span className="export-status__done">{t('export.done', { fileName: state.fileName })}</span>}
        </div>
        {state.kind === 'error' && <ErrorBox title={t('export.failed')} error={state.error} />}
      </div>
    </Dialog>
  );
}
