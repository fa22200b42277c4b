/**
 * The silence procedure for everyone: while it runs, the revision, the deadline in the viewer's zone,
 * a live countdown and the breaks so far; once it has ended, its outcome (until dismissed).
 */
import { useEffect, useState } from 'react';
import type { SilenceView } from '../../shared/revisions/revision-schemas.js';
import { can } from '../../shared/roles.js';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { useRevisionsContext } from '../revisions/revisions-context';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { BreakSilenceDialog } from './BreakSilenceDialog';
import { useCancelSilence, useSilenceQuery } from './queries/silence-queries';
import { formatDeadline, formatRemaining } from './silence-time';
import { useBreaksDisclosure } from './use-breaks-disclosure';
import { useNow } from './use-now';
import { useParagraphUnderCursor } from './use-paragraph-under-cursor';

/** The server records the outcome within about ten seconds of the deadline; ask again a little after. */
const OUTCOME_GRACE_MS = 12_000;
const DISMISSED_KEY = 'concord.silence.dismissed';

function readDismissed(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((value): value is string => typeof value === 'string') : [];
  } catch {
    return [];
  }
}

function HourglassIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4 1.5h8M4 14.5h8M5 1.5v2.2c0 1.5 3 2.8 3 4.3s-3 2.8-3 4.3v2.2M11 1.5v2.2c0 1.5-3 2.8-3 4.3s3 2.8 3 4.3v2.2" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}

function RunningSilence({ procedure }: { procedure: SilenceView }) {
  const { t, locale } = useI18n();
  const { documentId, role, groups } = useRevisionsContext();
  const { refetch } = useSilenceQuery(documentId);
  const cancelling = useCancelSilence(documentId);
  const now = useNow();
  const underCursor = useParagraphUnderCursor();
  const [breaking, setBreaking] = useState(false);
  const [ending, setEnding] = useState(false);
  const deadline = Date.parse(procedure.deadline);
  const remaining = formatRemaining(t, deadline - now);
  const breaks = useBreaksDisclosure(procedure.breaks, groups);

  useEffect(() => {
    const wait = deadline + OUTCOME_GRACE_MS - Date.now();
    if (wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => void refetch(), Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [deadline, refetch]);

  return (
    <section className="silence-banner" aria-labelledby="silence-banner-title" data-testid="silence-banner" data-procedure-id={procedure.id}>
      <div className="silence-banner__row">
        <span className="silence-banner__icon">
          <HourglassIcon />
        </span>
        <div className="silence-banner__text">
          <p className="silence-banner__title" id="silence-banner-title">
            {t('silence.banner.title', { name: procedure.revision.name })}
          </p>
          <p className="silence-banner__deadline">
            <span className="silence-banner__until">
              {t('silence.banner.until')} <time dateTime={procedure.deadline}>{formatDeadline(procedure.deadline, locale)}</time>
            </span>
            <span className="silence-banner__countdown" role="timer" data-testid="silence-countdown">
              {remaining ?? t('silence.banner.recording')}
            </span>
            {breaks.toggle}
          </p>
        </div>
        <div className="silence-banner__actions">
          {can(role, 'silence.break') && remaining && (
            <Button size="small" onClick={() => setBreaking(true)} data-testid="break-silence-button">
              {t('silence.banner.break')}
            </Button>
          )}
          {can(role, 'silence.run') && (
            <Button size="small" variant="ghost" onClick={() => setEnding(true)} data-testid="cancel-silence-button">
              {t('silence.banner.cancel')}
            </Button>
          )}
        </div>
      </div>
      {breaks.panel}
      {breaking && <BreakSilenceDialog procedure={procedure} paragraphUnderCursor={underCursor} onClose={() => setBreaking(false)} />}
      {ending && (
        <ConfirmDialog
          title={t('silence.cancelDialog.title')}
          body={t('silence.cancelDialog.body', { name: procedure.revision.name })}
          confirmLabel={t('silence.cancelDialog.confirm')}
          busyLabel={t('silence.cancelDialog.cancelling')}
          onConfirm={async () => {
            await cancelling.mutateAsync();
          }}
          onClose={() => setEnding(false)}
        />
      )}
    </section>
  );
}

function ConcludedSilence({ procedure, onDismiss }: { procedure: SilenceView; onDismiss: () => void }) {
  const { t, locale } = useI18n();
  const { groups } = useRevisionsContext();
  const held = procedure.outcome === 'held';
  const breaks = useBreaksDisclosure(procedure.breaks, groups);
  return (
    <section
      className={`silence-banner silence-banner--${held ? 'held' : 'broken'}`}
      aria-labelledby="silence-outcome-title"
      data-testid="silence-outcome"
      data-outcome={procedure.outcome ?? ''}
    >
      <div className="silence-banner__row">
        <span className="silence-banner__icon" aria-hidden="true">
          {held ? '✓' : '!'}
        </span>
        <div className="silence-banner__text">
          <p className="silence-banner__title" id="silence-outcome-title">
            {held ? t('silence.outcome.heldTitle', { name: procedure.revision.name }) : t('silence.outcome.brokenTitle', { name: procedure.revision.name })}
          </p>
          <p className="silence-banner__deadline">
            {t('silence.outcome.deadline', { deadline: formatDeadline(procedure.deadline, locale) })}
            {breaks.toggle}
          </p>
        </div>
        <div className="silence-banner__actions">
          <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('silence.outcome.dismiss')} title={t('silence.outcome.dismiss')}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {breaks.panel}
    </section>
  );
}

export function SilenceBanner() {
  const { documentId } = useRevisionsContext();
  const silence = loadState(useSilenceQuery(documentId));
  const [dismissed, setDismissed] = useState<string[]>(readDismissed);
  if (silence.status !== 'ready') return null;
  const { current, procedures } = silence.data;
  if (current) return <RunningSilence procedure={current} />;
  const last = procedures[0];
  if (!last || (last.outcome !== 'held' && last.outcome !== 'broken') || dismissed.includes(last.id)) return null;
  return (
    <ConcludedSilence
      procedure={last}
      onDismiss={() => {
        const next = [...dismissed, last.id].slice(-20);
        setDismissed(next);
        try {
          localStorage.setItem(DISMISSED_KEY, JSON.stringify(next));
        } catch {
          // Not remembered after a reload; dismissed for this visit.
        }
      }}
    />
  );
}
