/** Amendments by group × status: one horizontal stacked bar per group, with the figures as a table for screen readers. */
import type { AmendmentStats } from '../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import { groupLook } from '../amendments/amendment-labels';
import { STATUS_KEYS } from '../amendments/amendment-labels';
import { useI18n } from '../i18n/I18nProvider';
import { niceScale } from './chart-scale';
import { STACK_ORDER, STATUS_COLOURS } from './status-colours';
import { barLayout } from './bar-layout';
import { useMeasuredWidth } from './use-measured-width';

const ROW_HEIGHT = 34;
const BAR = 18;

export function GroupStatusChart({ stats, groups }: { stats: AmendmentStats; groups: readonly StakeholderGroup[] }) {
  const { t } = useI18n();
  const [ref, WIDTH] = useMeasuredWidth<HTMLElement>();
  const layout = barLayout(WIDTH, ROW_HEIGHT);
  const LABEL = layout.label;
  const ROW = layout.row;
  const rows = stats.byGroup;
  const scale = niceScale(Math.max(0, ...rows.map((row) => row.total)));
  const plot = WIDTH - LABEL - 40;
  const x = (value: number) => (value / scale.max) * plot;
  const height = rows.length * ROW + 28;

  return (
    <figure className="chart" ref={ref} data-testid="chart-group-status">
      <ul className="chart-legend">
        {STACK_ORDER.map((status) => (
          <li key={status}>
            <span className="chart-legend__swatch" style={{ background: STATUS_COLOURS[status] }} aria-hidden="true" />
            {t(STATUS_KEYS[status])}
          </li>
        ))}
      </ul>
      <svg className="chart__svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('dashboard.byGroup')}>
        {scale.ticks.map((tick) => (
          <g key={tick} transform={`translate(${LABEL + x(tick)},0)`}>
            <line className="chart__grid" y1={0} y2={rows.length * ROW} />
            <text className="chart__tick" y={rows.length * ROW + 18} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const look = groupLook(t, groups, row.groupId);
          let offset = 0;
          return (
            <g key={row.groupId} transform={`translate(0,${index * ROW})`} data-testid="group-status-row" data-group={row.groupId}>
              <circle cx={8} cy={layout.nameY - 4} r={5} fill={look.color} />
              <text className="chart__label" x={20} y={layout.nameY}>
                {look.name}
              </text>
              {STACK_ORDER.map((status) => {
                const count = row.byStatus[status];
                if (!count) return null;
                const rect = (
                  <rect key={status} x={LABEL + x(offset)} y={layout.barY(BAR)} width={Math.max(1, x(count) - 1)} height={BAR} rx={2} fill={STATUS_COLOURS[status]} data-status={status} data-count={count}>
                    <title>{`${look.name} — ${t(STATUS_KEYS[status])}: ${count}`}</title>
                  </rect>
                );
                offset += count;
                return rect;
              })}
              <text className="chart__value" x={LABEL + x(row.total) + 6} y={layout.barY(BAR) + BAR / 2 + 4}>
                {row.total > 0 ? row.total : ''}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The hidden wrapper clips the table: a table sizes to its content, so hidden by itself it widened a phone's page. */}
      <div className="visually-hidden">
      <table data-testid="table-group-status">
        <caption>{t('dashboard.byGroup')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.group')}</th>
            {STACK_ORDER.map((status) => (
              <th key={status} scope="col">
                {t(STATUS_KEYS[status])}
              </th>
            ))}
            <th scope="col">{t('dashboard.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.groupId} data-group={row.groupId}>
              <th scope="row">{groupLook(t, groups, row.groupId).name}</th>
              {STACK_ORDER.map((status) => (
                <td key={status} data-status={status}>
                  {row.byStatus[status]}
                </td>
              ))}
              <td data-status="total">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
