/** Starts Concord: database, rooms, HTTP and the collaboration socket on one port. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import { attachCollabSocket } from './collab/collab-socket.js';
import { RoomRegistry } from './collab/room-registry.js';
import { UpdateLogRepo } from './collab/update-log.repo.js';
import type { ServerConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { MAIN_AUTOCHECKPOINT_PAGES, WalCheckpointer } from './db/wal-checkpointer.js';
import { createExportRenderer } from './export/export-renderer.js';
import { DocumentsRepo } from './documents/documents.repo.js';
import { DocumentsService } from './documents/documents.service.js';
import { titleSync } from './documents/title-sync.js';
import { Authenticator } from './participants/authenticate.js';
import { ParticipantsRepo } from './participants/participants.repo.js';
import { ParticipantsService } from './participants/participants.service.js';
import { AmendmentsRepo } from './amendments/amendments.repo.js';
import { AmendmentsService } from './amendments/amendments.service.js';
import { StaleWatcher } from './amendments/stale-watcher.js';
import { AuditRepo } from './audit/audit.repo.js';
import { DocumentEvents } from './events/document-events.js';
import { RevisionsRepo } from './revisions/revisions.repo.js';
import { ParagraphLocks } from './paragraphs/paragraph-locks.js';
import { ParagraphStatusRepo } from './paragraphs/paragraph-status.repo.js';
import { ParagraphStatusService } from './paragraphs/paragraph-status.service.js';
import { RevisionsService } from './revisions/revisions.service.js';
import { CheckpointScheduler } from './revisions/checkpoint-scheduler.js';
import { SilenceRepo } from './silence/silence.repo.js';
import { SilenceService } from './silence/silence.service.js';

export interface RunningServer {
  deps: AppDeps;
  port: number;
  url: string;
  close: () => Promise<void>;
}

export function buildDeps(config: ServerConfig, log: (message: string) => void = console.log): AppDeps {
  const db = openDatabase(config.databaseFile);
  const documents = new DocumentsRepo(db);
  const participants = new ParticipantsRepo(db);
  const updateLog = new UpdateLogRepo(db);
  const paragraphStatus = new ParagraphStatusRepo(db);
  const locks = new ParagraphLocks((documentId) => paragraphStatus.map(documentId));
  const registry = new RoomRegistry(updateLog, {
    idleUnloadMs: config.idleUnloadMs,
    compactAfterUpdates: config.compactAfterUpdates,
    limits: config.documentLimits,
    lockedParagraphs: (documentId) => locks.of(documentId),
    log,
  });
  const authenticator = new Authenticator(participants, documents);
  const audit = new AuditRepo(db);
  const events = new DocumentEvents({ maxStreamsPerParticipant: config.eventStreamsPerParticipant });
  const amendmentsRepo = new AmendmentsRepo(db);
  const amendments = new AmendmentsService({ db, repo: amendmentsRepo, participants, registry, audit, events, locks });
  const staleWatcher = new StaleWatcher(amendmentsRepo, amendments, (documentId) => registry.open(documentId));
  const revisions = new RevisionsRepo(db);
  const revisionsService = new RevisionsService({ registry, revisions, updateLog, paragraphStatus, paragraphLocks: locks, participants, audit, events });
  const checkpoints = new CheckpointScheduler(revisionsService, config.checkpointPauseMs, log);
  registry.use(titleSync(documents));
  registry.use(staleWatcher);
  registry.use(checkpoints);
  const paragraphStatusService = new ParagraphStatusService({ db, registry, paragraphStatus, locks, audit, events });
  const silenceService = new SilenceService({ db, paragraphs: paragraphStatusService, revisions, participants, audit, events, silence: new SilenceRepo(db) });
  const documentsService = new DocumentsService({ db, documents, participants, updateLog, registry, audit, documentLimits: config.documentLimits });
  const participantsService = new ParticipantsService({ db, participants, registry, events, config });
  return {
    config,
    db,
    documents,
    documentsService,
    participants,
    participantsService,
    updateLog,
    registry,
    authenticator,
    audit,
    events,
    amendmentsRepo,
    amendments,
    staleWatcher,
    revisions,
    paragraphStatus,
    paragraphStatusService,
    revisionsService,
    checkpoints,
    silenceService,
    exportRenderer: createExportRenderer(),
  };
}

export async function startServer(config: ServerConfig, log: (message: string) => void = console.log): Promise<RunningServer> {
  const deps = buildDeps(config, log);
  // Checkpoints move off the main thread: commits never wait for the log to be copied into the file.
  const checkpointer = config.databaseFile === ':memory:' ? null : new WalCheckpointer(config.databaseFile, 250, log);
  if (checkpointer) deps.db.pragma(`wal_autocheckpoint = ${MAIN_AUTOCHECKPOINT_PAGES}`);
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve) => {
    const created = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(created as Server));
  });
  const socket = attachCollabSocket(
    server,
    { registry: deps.registry, authenticator: deps.authenticator },
    { maxMessageBytes: config.maxMessageBytes, pingIntervalMs: config.pingIntervalMs, ...config.collabShares, log },
  );
  const silenceSweep = setInterval(() => deps.silenceService.concludeDue(), 10_000);
  silenceSweep.unref();
  const port = (server.address() as AddressInfo).port;
  const running: RunningServer = {
    deps,
    port,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    close: async () => {
      socket.close();
      clearInterval(silenceSweep);
      deps.checkpoints.closeAll();
      deps.staleWatcher.flushAll();
      deps.registry.closeAll();
      // Open event streams would hold close() until the shutdown deadline: end them, and idle keep-alive sockets.
      deps.events.endAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await checkpointer?.close();
      await deps.exportRenderer.close();
      deps.db.close();
    },
  };
  deps.config.port = port;
  return running;
}
