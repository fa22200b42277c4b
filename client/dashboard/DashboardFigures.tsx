/** The figures tab: totals, then the four charts, each on its own card. */
import { AMENDMENT_STATUSES } from '../../shared/amendments/amendment-schemas.js';
import { STATUS_KEYS } from '../amendments/amendment-labels';
import { useI18n } from '../i18n/I18nProvider';
import { AcceptanceChart } from './AcceptanceChart';
import { ActivityChart } from './ActivityChart';
import { GroupStatusChart } from './GroupStatusChart';
import { ParagraphsChart } from './ParagraphsChart';
import { STATUS_COLOURS } from './status-colours';
import type { DashboardData } from './use-dashboard-data';

export function DashboardFigures({ data }: { data: DashboardData }) {
  const { t } = useI18n();
  const { stats, summary } = data;
  const total = AMENDMENT_STATUSES.reduce((sum, status) => sum + stats.totals[status], 0);
  return (
    <div className="dashboard__figures">
      <dl className="totals" data-testid="totals">
        <div className="totals__item totals__item--all">
          <dt>{t('dashboard.totalAll')}</dt>
          <dd data-testid="total-all">{total}</dd>
        </div>
        {AMENDMENT_STATUSES.map((status) => (
          <div key={status} className="totals__item" style={{ '--group-color': STATUS_COLOURS[status] }}>
            <dt>{t(STATUS_KEYS[status])}</dt>
            <dd data-testid={`total-${status}`}>{stats.totals[status]}</dd>
          </div>
        ))}
      </dl>
      {total === 0 && <p className="notice notice--info">{t('dashboard.empty')}</p>}
      <section className="dashboard-card dashboard-card--wide" aria-labelledby="chart-by-group">
        <h2 className="dashboard-card__title" id="chart-by-group">{t('dashboard.byGroup')}</h2>
        <GroupStatusChart stats={stats} groups={summary.groups} />
      </section>
      <section className="dashboard-card dashboard-card--wide" aria-labelledby="chart-acceptance">
        <h2 className="dashboard-card__title" id="chart-acceptance">{t('dashboard.acceptance')}</h2>
        <AcceptanceChart stats={stats} groups={summary.groups} />
      </section>
      <section className="dashboard-card" aria-labelledby="chart-paragraphs">
        <h2 className="dashboard-card__title" id="chart-paragraphs">{t('dashboard.paragraphs')}</h2>
        {stats.paragraphs.length === 0 ? <p className="dashboard-card__empty">{t('dashboard.nothingYet')}</p> : <ParagraphsChart stats={stats} citations={data.citations} />}
      </section>
      <section className="dashboard-card" aria-labelledby="chart-activity">
        <h2 className="dashboard-card__title" id="chart-activity">{t('dashboard.activity')}</h2>
        {stats.activity.length === 0 ? <p className="dashboard-card__empty">{t('dashboard.nothingYet')}</p> : <ActivityChart stats={stats} />}
      </section>
    </div>
  );
}
