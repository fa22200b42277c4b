/** Acceptance rate per group (accepted among decided), in each group's colour. */
import type { AmendmentStats } from '../../shared/amendments/amendment-schemas.js';
import type { StakeholderGroup } from '../../shared/groups.js';
import { groupLook } from '../amendments/amendment-labels';
import { useI18n } from '../i18n/I18nProvider';
import { percent } from './chart-scale';
import { barLayout } from './bar-layout';
import { useMeasuredWidth } from './use-measured-width';

const ROW_HEIGHT = 34;
const BAR = 16;

export function AcceptanceChart({ stats, groups }: { stats: AmendmentStats; groups: readonly StakeholderGroup[] }) {
  const { t } = useI18n();
  const [ref, WIDTH] = useMeasuredWidth<HTMLElement>();
  const layout = barLayout(WIDTH, ROW_HEIGHT);
  const LABEL = layout.label;
  const ROW = layout.row;
  const plot = Math.max(60, WIDTH - LABEL - 120);
  const rows = stats.byGroup;
  const height = rows.length * ROW + 28;
  return (
    <figure className="chart" ref={ref} data-testid="chart-acceptance">
      <svg className="chart__svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('dashboard.acceptance')}>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick} transform={`translate(${LABEL + tick * plot},0)`}>
            <line className="chart__grid" y1={0} y2={rows.length * ROW} />
            <text className="chart__tick" y={rows.length * ROW + 18} textAnchor="middle">
              {percent(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const look = groupLook(t, groups, row.groupId);
          const decided = row.byStatus.accepted + row.byStatus.rejected;
          return (
            <g key={row.groupId} transform={`translate(0,${index * ROW})`} data-testid="acceptance-row" data-group={row.groupId} data-rate={row.acceptanceRate ?? ''}>
              <circle cx={8} cy={layout.nameY - 4} r={5} fill={look.color} />
              <text className="chart__label" x={20} y={layout.nameY}>
                {look.name}
              </text>
              <rect className="chart__track" x={LABEL} y={layout.barY(BAR)} width={plot} height={BAR} rx={3} />
              {row.acceptanceRate !== null && row.acceptanceRate > 0 && (
                <rect x={LABEL} y={layout.barY(BAR)} width={row.acceptanceRate * plot} height={BAR} rx={3} fill={look.color}>
                  <title>{`${look.name}: ${percent(row.acceptanceRate)} (${row.byStatus.accepted}/${decided})`}</title>
                </rect>
              )}
              <text className="chart__value" x={LABEL + plot + 8} y={layout.barY(BAR) + BAR / 2 + 4}>
                {row.acceptanceRate === null ? t('dashboard.noDecision') : `${percent(row.acceptanceRate)} · ${row.byStatus.accepted}/${decided}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__caption">{t('dashboard.acceptanceHint')}</figcaption>
    </figure>
  );
}
