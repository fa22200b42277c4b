/** The most amended paragraphs, cited as on the amendment cards (PP 12, OP 7 (b)), with an excerpt and a bar for the count. */
import type { AmendmentStats } from '../../shared/amendments/amendment-schemas.js';
import { excerpt, paragraphLabel } from '../amendments/amendment-labels';
import { isBlockKind } from '../../shared/document/kinds.js';
import type { ParagraphCitation } from '../../shared/document/paragraph-citation.js';
import { useI18n } from '../i18n/I18nProvider';

export function ParagraphsChart({ stats, citations }: { stats: AmendmentStats; citations: ReadonlyMap<string, ParagraphCitation> }) {
  const { t } = useI18n();
  const top = Math.max(1, ...stats.paragraphs.map((row) => row.count));
  return (
    <ol className="paragraph-heat" data-testid="chart-paragraphs">
      {stats.paragraphs.map((row, index) => {
        const kind = row.kind && isBlockKind(row.kind) ? row.kind : 'preambular';
        const label = row.kind ? paragraphLabel(t, { number: row.number, kind, citation: citations.get(row.paragraphId) }) : t('amendments.paragraph.gone');
        return (
          <li key={row.paragraphId} className="paragraph-heat__row" data-testid="paragraph-row" data-paragraph-id={row.paragraphId} data-count={row.count}>
            <span className="paragraph-heat__rank">{index + 1}</span>
            <div className="paragraph-heat__main">
              <div className="paragraph-heat__title">
                <span className="paragraph-heat__label">{label}</span>
                <span className="paragraph-heat__excerpt">{row.excerpt ? excerpt(row.excerpt, 90) : '—'}</span>
              </div>
              <div className="paragraph-heat__bar" aria-hidden="true">
                <span style={{ width: `${(row.count / top) * 100}%` }} />
              </div>
            </div>
            <span className="paragraph-heat__count">{t('dashboard.amendmentCount', { count: row.count })}</span>
          </li>
        );
      })}
    </ol>
  );
}
