/** Everything the HTTP routes and the socket share, built once at start-up. */
import type { Db } from './db/database.js';
import type { RoomRegistry } from './collab/room-registry.js';
import type { DocumentsRepo } from './documents/documents.repo.js';
import type { DocumentsService } from './documents/documents.service.js';
import type { Authenticator } from './participants/authenticate.js';
import type { ParticipantsRepo } from './participants/participants.repo.js';
import type { ParticipantsService } from './participants/participants.service.js';
import type { UpdateLogRepo } from './collab/update-log.repo.js';
import type { ServerConfig } from './config.js';
import type { AmendmentsRepo } from './amendments/amendments.repo.js';
import type { AmendmentsService } from './amendments/amendments.service.js';
import type { StaleWatcher } from './amendments/stale-watcher.js';
import type { AuditRepo } from './audit/audit.repo.js';
import type { DocumentEvents } from './events/document-events.js';
import type { RevisionsRepo } from './revisions/revisions.repo.js';
import type { ParagraphStatusRepo } from './paragraphs/paragraph-status.repo.js';
import type { ParagraphStatusService } from './paragraphs/paragraph-status.service.js';
import type { RevisionsService } from './revisions/revisions.service.js';
import type { CheckpointScheduler } from './revisions/checkpoint-scheduler.js';
import type { SilenceService } from './silence/silence.service.js';
import type { ExportRenderer } from './export/export-renderer.js';

export interface AppDeps {
  config: ServerConfig;
  db: Db;
  documents: DocumentsRepo;
  documentsService: DocumentsService;
  participants: ParticipantsRepo;
  participantsService: ParticipantsService;
  updateLog: UpdateLogRepo;
  registry: RoomRegistry;
  authenticator: Authenticator;
  audit: AuditRepo;
  events: DocumentEvents;
  amendmentsRepo: AmendmentsRepo;
  amendments: AmendmentsService;
  staleWatcher: StaleWatcher;
  revisions: RevisionsRepo;
  paragraphStatus: ParagraphStatusRepo;
  paragraphStatusService: ParagraphStatusService;
  revisionsService: RevisionsService;
  checkpoints: CheckpointScheduler;
  silenceService: SilenceService;
  /** Renders export files; long documents off the event loop. */
  exportRenderer: ExportRenderer;
}
