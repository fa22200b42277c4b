/** "n of m paragraphs agreed" in the document header, with a thin bar: progress towards a clean text. */
import type { CollabSession } from '../editor/collab-session';
import { useI18n } from '../i18n/I18nProvider';
import { useRevisionsContext } from '../revisions/revisions-context';
import { useParagraphStatuses } from './queries/paragraph-queries';
import { useParagraphProgress } from './use-paragraph-progress';

export function ParagraphProgress({ session }: { session: CollabSession | null }) {
  const { t } = useI18n();
  const { documentId } = useRevisionsContext();
  const statuses = useParagraphStatuses(documentId);
  const progress = useParagraphProgress(session, statuses);
  if (!progress || progress.total === 0) return null;
  const { agreed, adRef, bracketed, total } = progress;
  const open = total - agreed - adRef - bracketed;
  const share = (count: number) => `${(count / total) * 100}%`;
  return (
    <span
      className="paragraph-progress"
      data-testid="paragraph-progress"
      data-agreed={agreed}
      data-total={total}
      title={adRef > 0 ? t('progress.detailAdRef', { agreed, adRef, bracketed, open }) : t('progress.detail', { agreed, bracketed, open })}
    >
      <span className="paragraph-progress__bar" aria-hidden="true">
        <span className="paragraph-progress__agreed" style={{ width: share(agreed) }} />
        <span className="paragraph-progress__ad-ref" style={{ width: share(adRef) }} />
        <span className="paragraph-progress__bracketed" style={{ width: share(bracketed) }} />
      </span>
      <span className="paragraph-progress__text paragraph-progress__text--long">{t('progress.agreed', { agreed, total })}</span>
      <span className="paragraph-progress__text paragraph-progress__text--short" aria-hidden="true">
        {t('progress.short', { agreed, total })}
      </span>
    </span>
  );
}
