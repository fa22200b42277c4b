/** Whether new amendments may be proposed, for everyone to see; the chair opens and closes the period here. */
import { useState } from 'react';
import { useSignedIn } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { failureToast } from '../action-feedback';
import { setAmendmentPeriod } from '../amendments-api';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';

export function PeriodBar() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { push } = useToasts();
  const { summary, state, rights, setPeriodOpen } = useAmendments();
  const [busy, setBusy] = useState(false);
  if (state.periodOpen === null) return null;
  const open = state.periodOpen;

  async function toggle() {
    setBusy(true);
    try {
      const now = await setAmendmentPeriod(api, summary.id, !open);
      setPeriodOpen(now);
      push({ tone: 'info', title: t(now ? 'amendments.period.opened' : 'amendments.period.closedNow') });
    } catch (error) {
      push(failureToast(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={`period-bar period-bar--${open ? 'open' : 'closed'}`} data-testid="period-bar" data-open={open}>
      <span className="period-bar__dot" aria-hidden="true" />
      <span className="period-bar__text" role="status">
        {t(open ? 'amendments.period.isOpen' : 'amendments.period.closed')}
      </span>
      {rights.period && (
        <Button size="small" variant={open ? 'secondary' : 'primary'} busy={busy} onClick={() => void toggle()} data-testid="period-toggle">
          {t(open ? 'amendments.period.closeAction' : 'amendments.period.openAction')}
        </Button>
      )}
    </div>
  );
}
