/** The synthesis stakeholders ask for: for each group, what it proposed and what became of it. */
import type { AmendmentView } from '../../shared/amendments/amendment-schemas.js';
import { isBlockKind, type BlockKind } from '../../shared/document/kinds.js';
import type { ParagraphCitation } from '../../shared/document/paragraph-citation.js';
import { amendmentPlace, groupLook, KIND_KEYS, STATUS_KEYS } from '../amendments/amendment-labels';
import { ChangePreview } from '../amendments/panel/ChangePreview';
import { staleReasonText } from '../amendments/stale-reason';
import { useFormatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/I18nProvider';
import type { DashboardData } from './use-dashboard-data';

function countOf(list: readonly AmendmentView[], status: AmendmentView['status']): number {
  return list.filter((amendment) => amendment.status === status).length;
}

function blockOf(data: DashboardData, id: string): { number: string | null; kind: BlockKind; citation?: ParagraphCitation } | undefined {
  const paragraph = data.paragraphs.get(id);
  return paragraph && isBlockKind(paragraph.kind) ? { number: paragraph.number, kind: paragraph.kind, citation: data.citations.get(id) } : undefined;
}

export function SynthesisView({ data }: { data: DashboardData }) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const groups = data.summary.groups
    .map((group) => ({ group, amendments: data.amendments.filter((amendment) => amendment.author.groupId === group.id) }))
    .sort((a, b) => b.amendments.length - a.amendments.length);

  return (
    <div className="synthesis" data-testid="synthesis">
      <p className="dashboard__intro">{t('dashboard.synthesisIntro')}</p>
      {groups.map(({ group, amendments }) => {
        const look = groupLook(t, data.summary.groups, group.id);
        return (
          <section key={group.id} className="synthesis__group" style={{ '--group-color': look.color }} data-testid="synthesis-group" data-group={group.id}>
            <header className="synthesis__header">
              <h3 className="synthesis__name">
                <span className="amendment-card__dot" aria-hidden="true" />
                {look.name}
              </h3>
              <p className="synthesis__summary">
                {t('dashboard.synthesisSummary', {
                  total: amendments.length,
                  accepted: countOf(amendments, 'accepted'),
                  rejected: countOf(amendments, 'rejected'),
                  open: countOf(amendments, 'proposed') + countOf(amendments, 'stale'),
                })}
              </p>
            </header>
            {amendments.length === 0 ? (
              <p className="synthesis__none">{t('dashboard.synthesisNone')}</p>
            ) : (
              <ol className="synthesis__list">
                {amendments.map((amendment) => {
                  return (
                    <li key={amendment.id} className="synthesis__item" data-status={amendment.status}>
                      <div className="synthesis__meta">
                        <span className="synthesis__where">{amendmentPlace(t, amendment.kind, blockOf(data, amendment.paragraphId))}</span>
                        <span className="amendment-card__kind">{t(KIND_KEYS[amendment.kind])}</span>
                        <span className={`status-badge status-badge--${amendment.status}`}>{t(STATUS_KEYS[amendment.status])}</span>
                        <span className="synthesis__author">{amendment.author.name}</span>
                      </div>
                      <ChangePreview kind={amendment.kind} expected={amendment.expected} proposed={amendment.proposed} clamp={false} />
                      {amendment.rationale && <p className="synthesis__rationale">{amendment.rationale}</p>}
                      {amendment.decision && (
                        <p className="synthesis__decision">
                          {t('amendments.card.decided', { status: t(STATUS_KEYS[amendment.status]), name: amendment.decision.by.name, date: formatDate(amendment.decision.at) })}
                          {amendment.decision.note && <> — {t('amendments.quote', { text: amendment.decision.note })}</>}
                        </p>
                      )}
                      {amendment.status === 'stale' && amendment.staleReason && <p className="synthesis__decision">{t('amendments.card.stale', { reason: staleReasonText(t, amendment, data.summary.groups, (id) => blockOf(data, id)) })}</p>}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
