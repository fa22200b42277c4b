/** Whether new amendments may be proposed, for everyone to see; the chair opens and closes the period here. */
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { failureToast } from '../action-feedback';
import { useSetPeriod } from '../queries/amendment-mutations';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { useToasts } from '../toasts/ToastProvider';

export function PeriodBar() {
  const { t } = useI18n();
  const { push } = useToasts();
  const { summary, rights } = useAmendments();
  const { periodOpen } = useAmendmentList();
  const setting = useSetPeriod(summary.id);
  if (periodOpen === null) return null;
  const open = periodOpen;

  function toggle() {
    setting.mutate(!open, {
      onSuccess: (now) => push({ tone: 'info', title: t(now ? 'amendments.period.opened' : 'amendments.period.closedNow') }),
      onError: (error) => push(failureToast(t, error)),
    });
  }

  return (
    <div className={`period-bar period-bar--${open ? 'open' : 'closed'}`} data-testid="period-bar" data-open={open}>
      <span className="period-bar__dot" aria-hidden="true" />
      <span className="period-bar__text" role="status">
        {t(open ? 'amendments.period.isOpen' : 'amendments.period.closed')}
      </span>
      {rights.period && (
        <Button size="small" variant={open ? 'secondary' : 'primary'} busy={setting.isPending} onClick={toggle} data-testid="period-toggle">
          {t(open ? 'amendments.period.closeAction' : 'amendments.period.openAction')}
        </Button>
      )}
    </div>
  );
}
