/**
 * Scenario 4, amendments at scale: thousands of amendments over hundreds of paragraphs, then the
 * p99 of proposing, listing with filters, stats by group and accepting. Only Concord has amendments;
 * the other servers report n/a.
 */
import { distribution } from '../report/stats.js';
import type { ServerAdapter } from '../servers/server-adapter.js';
import { ConcordServer } from '../servers/concord-server.js';
import { ConcordHttp, timedMany } from './concord-http.js';
import { timedGets } from '../load/http-clients.js';
import { HOST } from '../servers/managed-server.js';
import type { Figures, Scenario } from './scenario.js';

const GROUPS = ['governments', 'private-sector', 'civil-society', 'technical-community', 'academia', 'international-organizations'];
const NO_LIMITS = { PROPOSALS_BURST: '100000000', PROPOSALS_PER_MINUTE: '100000000', COMMENTS_BURST: '100000000', COMMENTS_PER_MINUTE: '100000000' };

function scaleOf(scale: string): { amendments: number; paragraphs: number; samples: number; accepts: number } {
  if (scale === 'full') return { amendments: 5_000, paragraphs: 300, samples: 200, accepts: 200 };
  if (scale === 'quick') return { amendments: 1_000, paragraphs: 100, samples: 60, accepts: 40 };
  return { amendments: 120, paragraphs: 30, samples: 10, accepts: 6 };
}

const paragraphText = (i: number) =>
  `Participants reaffirmed their commitment number ${i} to an inclusive, people-centred and development-oriented information society for all.`;

export const amendmentsScenario: Scenario = {
  name: 'amendments',
  title: 'Amendments at scale: thousands of amendments over hundreds of paragraphs',
  metrics: [
    { key: 'amendments', label: 'amendments', better: 'none', digits: 0 },
    { key: 'paragraphs', label: 'paragraphs', better: 'none', digits: 0 },
    { key: 'proposeP50Ms', label: 'propose p50 ms', better: 'lower', digits: 1 },
    { key: 'proposeP99Ms', label: 'propose p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'listP99Ms', label: 'list (filtered) p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'listServerP99Ms', label: 'list (filtered) p99 ms at the server', better: 'lower', digits: 1 },
    { key: 'listAllP99Ms', label: 'list (all) p99 ms', better: 'lower', digits: 1 },
    { key: 'statsP99Ms', label: 'stats p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'statsServerP99Ms', label: 'stats p99 ms at the server', better: 'lower', digits: 1 },
    { key: 'acceptP50Ms', label: 'accept p50 ms', better: 'lower', digits: 1 },
    { key: 'acceptP99Ms', label: 'accept p99 ms', better: 'lower', headline: true, digits: 1 },
    { key: 'serverCpuS', label: 'server CPU s', better: 'lower', digits: 2 },
  ],

  async run(server: ServerAdapter, context) {
    if (!(server instanceof ConcordServer)) return { figures: {}, notes: ['no amendments in this server'] };
    const scale = scaleOf(context.options.scale);
    await server.start(NO_LIMITS);
    const session = await server.createDocument('Amendments bench', { writers: 0, readers: 0 });
    const chair = new ConcordHttp(server.port, session.owner.token ?? '');
    const markdown = `# Amendments bench\n\n## Operative part\n\n${Array.from({ length: scale.paragraphs }, (_, i) => `1. ${paragraphText(i)}`).join('\n\n')}\n`;
    const created = await chair.call<{ document: { id: string } }>('POST', '/api/documents', { markdown });
    const base = `/api/documents/${created.body.document.id}`;
    const delegates = await Promise.all(
      GROUPS.map(async (groupId, i) => {
        const invited = await chair.call<{ token: string }>('POST', `${base}/participants`, { name: `Delegate ${i}`, role: 'stakeholder', groupId });
        return new ConcordHttp(server.port, invited.body.token);
      }),
    );
    const paragraphs = (await chair.call<{ paragraphs: Array<{ id: string; kind: string; text: string }> }>('GET', `${base}/paragraphs`)).body.paragraphs.filter(
      (p) => p.kind === 'operative',
    );
    const cpuBefore = server.sample().cpuSeconds;
    const ids: string[] = new Array<string>(scale.amendments);
    const proposeTimes = await timedMany(scale.amendments, 4, async (i) => {
      const paragraph = paragraphs[i % paragraphs.length] as { id: string; text: string };
      const word = i % 2 === 0 ? 'inclusive' : 'commitment';
      const from = paragraph.text.indexOf(word);
      const response = await (delegates[i % delegates.length] as ConcordHttp).call<{ amendment: { id: string } }>('POST', `${base}/amendments`, {
        paragraphId: paragraph.id, from, to: from + word.length, expected: word, proposed: `${word} (${i})`, rationale: 'bench',
      });
      ids[i] = response.body.amendment.id;
      return response;
    });
    // Reads come from two clients at once, each in a thread of its own (as two people in the chair's office).
    const url = (path: string) => `http://${HOST}:${server.port}${base}${path}`;
    const token = session.owner.token ?? '';
    const list = await timedGets(
      Array.from({ length: scale.samples }, (_, i) => {
        const filters = [`group=${GROUPS[i % GROUPS.length]}`, 'status=proposed', `paragraph=${paragraphs[i % paragraphs.length]?.id}`];
        return { url: url(`/amendments?${filters[i % filters.length]}`), token };
      }),
      2,
    );
    const listAll = await timedGets(Array.from({ length: Math.max(5, Math.floor(scale.samples / 10)) }, () => ({ url: url('/amendments'), token })), 1);
    const stats = await timedGets(Array.from({ length: scale.samples }, () => ({ url: url('/stats'), token })), 2);
    // Accept amendments on distinct paragraphs, so each one is applicable when its turn comes.
    const toAccept = ids.filter((_, i) => i < paragraphs.length).slice(0, scale.accepts);
    const acceptTimes = await timedMany(toAccept.length, 1, (i) => chair.call('POST', `${base}/amendments/${toAccept[i]}/decision`, { decision: 'accept', note: 'bench' }));
    const cpu = server.sample().cpuSeconds - cpuBefore;
    await server.stop('graceful');

    const propose = distribution(proposeTimes);
    const accept = distribution(acceptTimes);
    const figures: Figures = {
      amendments: scale.amendments,
      paragraphs: paragraphs.length,
      proposeP50Ms: propose.median,
      proposeP99Ms: propose.p99,
      listP99Ms: distribution(list.times).p99,
      listServerP99Ms: list.serverTimes.length ? distribution(list.serverTimes).p99 : null,
      listAllP99Ms: distribution(listAll.times).p99,
      statsP99Ms: distribution(stats.times).p99,
      statsServerP99Ms: stats.serverTimes.length ? distribution(stats.serverTimes).p99 : null,
      acceptP50Ms: accept.median,
      acceptP99Ms: accept.p99,
      serverCpuS: cpu,
    };
    return { figures, notes: [`target: every p99 under 50 ms at 5,000 amendments (full scale)`] };
  },
};
