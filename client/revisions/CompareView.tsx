/**
 * The redline: two versions (revisions or the live text) compared paragraph by paragraph, with a
 * summary, word-level insertions and deletions, unchanged stretches folded, and change-by-change jumps.
 */
import { useMemo, useState } from 'react';
import { loadState } from '../api/load-state';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { ErrorBox } from '../ui/ErrorBox';
import { SkeletonLines } from '../ui/Skeleton';
import { changeIds, compareRows } from './compare-rows';
import { closeComparison, openComparison, type CompareSides } from './compare-location';
import { CompareSidePicker } from './CompareSidePicker';
import { CompareSummary } from './CompareSummary';
import { ComparedParagraphView } from './ComparedParagraphView';
import { FoldedParagraphs } from './FoldedParagraphs';
import { sideLabel } from './revision-label';
import { useRevisionsContext } from './revisions-context';
import { useCompareQuery, useRevisionsQuery } from './queries/revision-queries';
import { useChangeNavigation } from './use-change-navigation';

export function CompareView({ sides }: { sides: CompareSides }) {
  const { t } = useI18n();
  const { documentId } = useRevisionsContext();
  const query = useCompareQuery(documentId, sides.from, sides.to);
  const resource = loadState(query);
  const revisions = loadState(useRevisionsQuery(documentId));
  const refresh = () => void query.refetch();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const paragraphs = resource.status === 'ready' ? resource.data.paragraphs : [];
  const ids = useMemo(() => changeIds(paragraphs), [paragraphs]);
  const rows = useMemo(() => compareRows(paragraphs, showUnchanged, unfolded), [paragraphs, showUnchanged, unfolded]);
  const navigation = useChangeNavigation(ids);
  const all = revisions.status === 'ready' ? revisions.data : [];
  const currentId = ids[navigation.current];

  const pick = (next: CompareSides) => openComparison(documentId, next, { replace: true });
  const fromName = sideLabel(t, sides.from, all, resource.data?.from.name);
  const toName = sideLabel(t, sides.to, all, resource.data?.to.name);

  return (
    <section className="compare" data-testid="compare-view" aria-labelledby="compare-title">
      <div className="compare__bar">
        <div className="compare__bar-row">
          <Button size="small" variant="ghost" onClick={() => closeComparison(documentId)} data-testid="compare-close">
            <span aria-hidden="true">←</span> {t('compare.back')}
          </Button>
          <h2 className="compare__title" id="compare-title">
            {t('compare.title')}
          </h2>
          <div className="compare__sides">
            <CompareSidePicker label={t('compare.from')} value={sides.from} revisions={all} onChange={(from) => pick({ ...sides, from })} testId="compare-from" />
            <button
              type="button"
              className="icon-button compare__swap"
              onClick={() => pick({ from: sides.to, to: sides.from })}
              aria-label={t('compare.swap')}
              title={t('compare.swap')}
            >
              <span aria-hidden="true">⇄</span>
            </button>
            <CompareSidePicker label={t('compare.to')} value={sides.to} revisions={all} onChange={(to) => pick({ ...sides, to })} testId="compare-to" />
          </div>
          <Button size="small" variant="ghost" onClick={refresh} title={t('compare.refreshHint')}>
            {t('compare.refresh')}
          </Button>
        </div>
        {resource.status === 'ready' && (
          <div className="compare__bar-row compare__bar-row--secondary">
            <CompareSummary comparison={resource.data} />
            <div className="compare__nav">
              <span className="compare__position" aria-live="polite">
                {ids.length === 0
                  ? t('compare.noChanges')
                  : navigation.current < 0
                    ? t('compare.changeCount', { count: ids.length })
                    : t('compare.position', { index: navigation.current + 1, count: ids.length })}
              </span>
              <Button size="small" onClick={navigation.previous} disabled={ids.length === 0 || navigation.current <= 0} title={t('compare.previousHint')} data-testid="compare-previous">
                <span aria-hidden="true">↑</span> {t('compare.previous')}
              </Button>
              <Button size="small" onClick={navigation.next} disabled={ids.length === 0 || navigation.current >= ids.length - 1} title={t('compare.nextHint')} data-testid="compare-next">
                {t('compare.next')} <span aria-hidden="true">↓</span>
              </Button>
              <label className="compare__toggle">
                <input type="checkbox" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} data-testid="compare-show-unchanged" />
                {t('compare.showUnchanged')}
              </label>
            </div>
          </div>
        )}
      </div>
      <div className="compare__scroll">
        <div className="page-paper compare__page">
          <p className="compare__heading">{t('compare.heading', { from: fromName, to: toName })}</p>
          {resource.status === 'loading' && (
            <div aria-busy="true" role="status" aria-label={t('compare.loading')}>
              <SkeletonLines count={10} />
            </div>
          )}
          {resource.status === 'error' && <ErrorBox title={t('compare.loadError')} error={resource.error} onRetry={refresh} />}
          {resource.status === 'ready' &&
            rows.map((row) =>
              row.type === 'folded' ? (
                <FoldedParagraphs key={`fold-${row.key}`} paragraphs={row.paragraphs} onUnfold={() => setUnfolded((open) => new Set(open).add(row.key))} />
              ) : (
                <ComparedParagraphView key={row.paragraph.id} paragraph={row.paragraph} current={row.paragraph.id === currentId} />
              ),
            )}
        </div>
        <p className="compare__keys">{t('compare.keys')}</p>
      </div>
    </section>
  );
}
