/** Activity over time: proposals and decisions per hour, as paired columns along a continuous time axis. */
import type { AmendmentStats } from '../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import { continuousHours, niceScale } from './chart-scale';
import { useMeasuredWidth } from './use-measured-width';

const HEIGHT = 200;
const LEFT = 36;
const BOTTOM = 36;
const PROPOSED = '#5b7db1';
const DECIDED = '#2f855a';

export function ActivityChart({ stats }: { stats: AmendmentStats }) {
  const { t, locale } = useI18n();
  const [ref, WIDTH] = useMeasuredWidth<HTMLElement>();
  const hours = continuousHours(stats.activity, (hour) => ({ hour, proposed: 0, decided: 0 }));
  const scale = niceScale(Math.max(0, ...hours.map((row) => Math.max(row.proposed, row.decided))));
  const plotWidth = WIDTH - LEFT - 8;
  const plotHeight = HEIGHT - BOTTOM - 8;
  const slot = hours.length > 0 ? plotWidth / hours.length : plotWidth;
  const bar = Math.max(2, Math.min(18, slot / 2 - 2));
  const y = (value: number) => plotHeight - (value / scale.max) * plotHeight + 8;
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const labelEvery = Math.max(1, Math.ceil(hours.length / Math.max(2, Math.floor(WIDTH / 130))));

  return (
    <figure className="chart" ref={ref} data-testid="chart-activity">
      <ul className="chart-legend">
        <li>
          <span className="chart-legend__swatch" style={{ background: PROPOSED }} aria-hidden="true" />
          {t('dashboard.activityProposed')}
        </li>
        <li>
          <span className="chart-legend__swatch" style={{ background: DECIDED }} aria-hidden="true" />
          {t('dashboard.activityDecided')}
        </li>
      </ul>
      <svg className="chart__svg" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('dashboard.activity')}>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={LEFT} x2={WIDTH - 8} y1={y(tick)} y2={y(tick)} />
            <text className="chart__tick" x={LEFT - 8} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {hours.map((row, index) => {
          const center = LEFT + slot * index + slot / 2;
          const when = format.format(new Date(row.hour));
          return (
            <g key={row.hour} data-testid="activity-hour" data-hour={row.hour} data-proposed={row.proposed} data-decided={row.decided}>
              {row.proposed > 0 && (
                <rect x={center - bar - 1} y={y(row.proposed)} width={bar} height={y(0) - y(row.proposed)} rx={2} fill={PROPOSED}>
                  <title>{`${when} — ${t('dashboard.activityProposed')}: ${row.proposed}`}</title>
                </rect>
              )}
              {row.decided > 0 && (
                <rect x={center + 1} y={y(row.decided)} width={bar} height={y(0) - y(row.decided)} rx={2} fill={DECIDED}>
                  <title>{`${when} — ${t('dashboard.activityDecided')}: ${row.decided}`}</title>
                </rect>
              )}
              {index % labelEvery === 0 && (
                <text className="chart__tick" x={center} y={HEIGHT - BOTTOM + 22} textAnchor="middle">
                  {when}
                </text>
              )}
            </g>
          );
        })}
        <line className="chart__axis" x1={LEFT} x2={WIDTH - 8} y1={y(0)} y2={y(0)} />
      </svg>
    </figure>
  );
}
