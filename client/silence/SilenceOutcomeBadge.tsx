/** A procedure's state in one word: running, held, broken or cancelled. */
import type { SilenceView } from '../../shared/revisions/revision-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const LABELS: Record<NonNullable<SilenceView['outcome']> | 'running', MessageKey> = {
  running: 'silence.outcome.running',
  held: 'silence.outcome.held',
  broken: 'silence.outcome.broken',
  cancelled: 'silence.outcome.cancelled',
};

export function SilenceOutcomeBadge({ outcome }: { outcome: SilenceView['outcome'] }) {
  const { t } = useI18n();
  const state = outcome ?? 'running';
  return (
    <span className={`silence-badge silence-badge--${state}`} data-testid="silence-outcome-badge" data-outcome={state}>
      {t(LABELS[state])}
    </span>
  );
}
