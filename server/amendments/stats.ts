/** The tracking-by-group figures: pure aggregation over amendments, supporters and the live paragraphs. */
import type { AmendmentStats, AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';
import { AMENDMENT_STATUSES } from '../../shared/amendments/amendment-schemas.js';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '../../shared/document/kinds.js';
import type { Block } from '../../shared/document/read-blocks.js';
import type { StakeholderGroup } from '../../shared/groups.js';

export interface StatsInput {
  /** Times as ISO strings, as the amendment views carry them. */
  amendments: ReadonlyArray<{ paragraphId: string; groupId: string; status: AmendmentStatus; createdAt: string; decidedAt: string | null }>;
  supporterGroups: readonly string[];
  groups: readonly StakeholderGroup[];
  topParagraphs?: number;
}

/** Everything the figures take from the amendments alone: it changes only when an amendment does. */
export interface AmendmentTally extends Omit<AmendmentStats, 'paragraphs' | 'paragraphStatus'> {
  /** The most amended paragraphs, most first: [paragraph id, amendments]. */
  topParagraphs: Array<[string, number]>;
}

const zeroByStatus = () => Object.fromEntries(AMENDMENT_STATUSES.map((status) => [status, 0])) as Record<AmendmentStatus, number>;
/** The hour an ISO time falls in ('2026-11-23T14:05:09.120Z' → '2026-11-23T14:00:00.000Z'), without parsing dates. */
const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;

export function tallyAmendments(input: StatsInput): AmendmentTally {
  const totals = zeroByStatus();
  const byGroup = new Map(input.groups.map((group) => [group.id, { total: 0, byStatus: zeroByStatus(), supportsGiven: 0 }]));
  const perParagraph = new Map<string, number>();
  const activity = new Map<string, { proposed: number; decided: number }>();
  for (const amendment of input.amendments) {
    totals[amendment.status] += 1;
    const group = byGroup.get(amendment.groupId);
    if (group) {
      group.total += 1;
      group.byStatus[amendment.status] += 1;
    }
    perParagraph.set(amendment.paragraphId, (perParagraph.get(amendment.paragraphId) ?? 0) + 1);
    const created = activity.get(hourOf(amendment.createdAt)) ?? { proposed: 0, decided: 0 };
    created.proposed += 1;
    activity.set(hourOf(amendment.createdAt), created);
    if (amendment.decidedAt !== null && (amendment.status === 'accepted' || amendment.status === 'rejected')) {
      const decided = activity.get(hourOf(amendment.decidedAt)) ?? { proposed: 0, decided: 0 };
      decided.decided += 1;
      activity.set(hourOf(amendment.decidedAt), decided);
    }
  }
  for (const groupId of input.supporterGroups) {
    const group = byGroup.get(groupId);
    if (group) group.supportsGiven += 1;
  }
  return {
    totals,
    byGroup: [...byGroup].map(([groupId, group]) => {
      const decided = group.byStatus.accepted + group.byStatus.rejected;
      return { groupId, ...group, acceptanceRate: decided === 0 ? null : group.byStatus.accepted / decided };
    }),
    topParagraphs: [...perParagraph].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, input.topParagraphs ?? 10),
    activity: [...activity].sort((a, b) => a[0].localeCompare(b[0])).map(([hour, counts]) => ({ hour, ...counts })),
  };
}

/** The figures: the amendments' tally with what the live paragraphs say (numbers, excerpts, statuses). */
export function statsWithParagraphs(tally: AmendmentTally, blocks: readonly Block[]): AmendmentStats {
  const blocksById = new Map(blocks.map((block) => [block.id, block]));
  const paragraphStatus = Object.fromEntries(PARAGRAPH_STATUSES.map((status) => [status, 0])) as Record<ParagraphStatus, number>;
  for (const block of blocks) if (block.status) paragraphStatus[block.status] += 1;
  const { topParagraphs, ...figures } = tally;
  return {
    ...figures,
    paragraphs: topParagraphs.map(([paragraphId, count]) => {
      const block = blocksById.get(paragraphId);
      return { paragraphId, count, number: block?.number ?? null, kind: block?.kind ?? null, excerpt: (block?.text ?? '').slice(0, 120) };
    }),
    paragraphStatus,
  };
}
