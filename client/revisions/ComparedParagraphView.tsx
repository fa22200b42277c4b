/** One paragraph of a redline: its number (old → new when renumbered), what happened to it, and the word-level changes. */
import type { ParagraphStatus } from '../../shared/document/kinds.js';
import type { ComparedParagraph, DiffSegment } from '../../shared/revisions/revision-schemas.js';
import type { Translate } from '../i18n/I18nProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { kindChanged, statusChanged } from './compare-rows';

const KIND_KEYS: Record<ComparedParagraph['kind'], MessageKey> = {
  title: 'kind.title',
  heading: 'kind.heading',
  preambular: 'kind.preambular',
  operative: 'kind.operative',
  subparagraph: 'kind.subparagraph',
};

const STATUS_KEYS: Record<ParagraphStatus, MessageKey> = {
  open: 'status.open',
  bracketed: 'status.bracketed',
  'agreed-ad-ref': 'status.agreedAdRef',
  agreed: 'status.agreed',
};

interface Badge {
  tone: 'added' | 'deleted' | 'changed' | 'moved' | 'neutral';
  text: string;
}

function badgesFor(t: Translate, paragraph: ComparedParagraph): Badge[] {
  const badges: Badge[] = [];
  if (paragraph.change === 'added') badges.push({ tone: 'added', text: t('compare.badge.added') });
  if (paragraph.change === 'deleted') badges.push({ tone: 'deleted', text: t('compare.badge.deleted') });
  if (paragraph.change === 'changed') badges.push({ tone: 'changed', text: t('compare.badge.changed') });
  if (paragraph.moved) badges.push({ tone: 'moved', text: t('compare.badge.moved') });
  if (paragraph.renumbered) badges.push({ tone: 'neutral', text: t('compare.badge.renumbered') });
  if (kindChanged(paragraph) && paragraph.previousKind) {
    badges.push({ tone: 'neutral', text: t('compare.badge.kind', { from: t(KIND_KEYS[paragraph.previousKind]), to: t(KIND_KEYS[paragraph.kind]) }) });
  }
  if (statusChanged(paragraph) && paragraph.fromStatus && paragraph.toStatus) {
    badges.push({ tone: 'neutral', text: t('compare.badge.status', { from: t(STATUS_KEYS[paragraph.fromStatus]), to: t(STATUS_KEYS[paragraph.toStatus]) }) });
  }
  return badges;
}

function ParagraphNumber({ paragraph }: { paragraph: ComparedParagraph }) {
  const { t } = useI18n();
  if (paragraph.renumbered && paragraph.fromNumber && paragraph.toNumber) {
    return (
      <span className="compare-number compare-number--renumbered" title={t('compare.renumbered', { from: paragraph.fromNumber, to: paragraph.toNumber })}>
        <span className="compare-number__old">{paragraph.fromNumber}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('compare.becomes')} </span>
        <span className="compare-number__new">{paragraph.toNumber}</span>
      </span>
    );
  }
  const number = paragraph.change === 'deleted' ? paragraph.fromNumber : (paragraph.toNumber ?? paragraph.fromNumber);
  return number ? <span className={`compare-number${paragraph.change === 'deleted' ? ' compare-number--deleted' : ''}`}>{number}</span> : null;
}

function Segment({ segment, t }: { segment: DiffSegment; t: Translate }) {
  if (segment.type === 'insert') {
    return (
      <ins className="diff-insert" data-testid="diff-insert" data-label={t('compare.inserted')}>
        {segment.text}
      </ins>
    );
  }
  if (segment.type === 'delete') {
    return (
      <del className="diff-delete" data-testid="diff-delete" data-label={t('compare.deleted')}>
        {segment.text}
      </del>
    );
  }
  return <span>{segment.text}</span>;
}

interface ComparedParagraphViewProps {
  paragraph: ComparedParagraph;
  current: boolean;
}

export function ComparedParagraphView({ paragraph, current }: ComparedParagraphViewProps) {
  const { t } = useI18n();
  const badges = badgesFor(t, paragraph);
  const classes = ['compare-para', `compare-para--${paragraph.change}`, paragraph.moved ? 'compare-para--moved' : '', statusChanged(paragraph) ? 'compare-para--status' : '', current ? 'compare-para--current' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <article
      id={`compare-${paragraph.id}`}
      className={classes}
      data-testid="compare-paragraph"
      data-change={paragraph.change}
      data-moved={paragraph.moved || undefined}
      data-paragraph-id={paragraph.id}
      tabIndex={-1}
    >
      <div className="compare-para__number">
        <ParagraphNumber paragraph={paragraph} />
      </div>
      <div className="compare-para__body">
        {badges.length > 0 && (
          <div className="compare-para__badges">
            {badges.map((badge) => (
              <span key={badge.text} className={`compare-badge compare-badge--${badge.tone}`}>
                {badge.text}
              </span>
            ))}
          </div>
        )}
        <div className={`compare-para__text compare-para__text--${paragraph.kind}`}>
          {paragraph.segments.length === 0 && <span className="compare-para__empty">{t('compare.emptyParagraph')}</span>}
          {paragraph.segments.map((segment, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff's segments are replaced whole by the next comparison, never reordered, and two may have the same text.
            <Segment key={index} segment={segment} t={t} />
          ))}
        </div>
      </div>
    </article>
  );
}
