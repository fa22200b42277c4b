/** Server configuration from the environment, validated once at start-up. */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../shared/collab/protocol-constants.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../shared/collab/limits.js';
import { DEFAULT_COLLAB_SHARES, type CollabShares } from './collab/fair-shares.js';
import { PROJECT_ROOT } from './project-root.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_MESSAGE_BYTES),
  COLLAB_PING_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  COLLAB_SOCKETS_PER_PARTICIPANT: z.coerce.number().int().min(1).default(DEFAULT_COLLAB_SHARES.socketsPerParticipant),
  COLLAB_MAX_SOCKETS: z.coerce.number().int().min(1).default(DEFAULT_COLLAB_SHARES.maxSockets),
  COLLAB_MESSAGE_BURST: z.coerce.number().int().min(10).default(DEFAULT_COLLAB_SHARES.messageBurst),
  COLLAB_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).default(DEFAULT_COLLAB_SHARES.messagesPerSecond),
  COLLAB_BACKLOG_FLOOR_BYTES: z.coerce.number().int().min(64 * 1024).default(DEFAULT_COLLAB_SHARES.backlogFloorBytes),
  COLLAB_MAX_PRESENCE_BYTES: z.coerce.number().int().min(512).default(DEFAULT_COLLAB_SHARES.maxPresenceBytes),
  ROOM_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  PROPOSALS_BURST: z.coerce.number().int().min(1).default(30),
  PROPOSALS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  COMMENTS_BURST: z.coerce.number().int().min(1).default(60),
  COMMENTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  WRITES_BURST: z.coerce.number().int().min(1).default(240),
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  REVISE_BURST: z.coerce.number().int().min(1).default(20),
  REVISE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  SUPPORT_BURST: z.coerce.number().int().min(1).default(60),
  SUPPORT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  EVENT_STREAMS_PER_PARTICIPANT: z.coerce.number().int().min(1).default(8),
  CHECKPOINT_PAUSE_MS: z.coerce.number().int().min(10).default(5 * 60_000),
  MAX_BLOCKS_PER_DOCUMENT: z.coerce.number().int().min(10).default(DEFAULT_DOCUMENT_LIMITS.maxBlocksPerDocument),
  MAX_BLOCKS_PER_UPDATE: z.coerce.number().int().min(10).default(DEFAULT_DOCUMENT_LIMITS.maxBlocksPerUpdate),
  MAX_PARAGRAPH_CHARS: z.coerce.number().int().min(100).default(DEFAULT_DOCUMENT_LIMITS.maxParagraphChars),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  publicUrl: string | undefined;
  maxMessageBytes: number;
  pingIntervalMs: number;
  /** Sockets per participant and per process, messages per connection, send backlog, presence size. */
  collabShares: CollabShares;
  idleUnloadMs: number;
  compactAfterUpdates: number;
  maxBodyBytes: number;
  checkpointPauseMs: number;
  /** Blocks per document, blocks per update, characters per paragraph: an update past one is refused (4413). */
  documentLimits: DocumentLimits;
  /** Per person: a burst, then a steady rate per minute (429 with Retry-After beyond). */
  rateLimits: { proposals: { burst: number; perMinute: number }; comments: { burst: number; perMinute: number } };
  /**
   * The same, on every other write: `writes` for each of the chair's routine routes (decisions, statuses,
   * revisions, invitations, …), tighter ones for revising and co-sponsoring amendments.
   */
  writeLimits: { writes: { burst: number; perMinute: number }; revise: { burst: number; perMinute: number }; support: { burst: number; perMinute: number } };
  /** Concurrent event streams one participant may hold on one document (429 beyond). */
  eventStreamsPerParticipant: number;
  clientDir: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const parsed = envSchema.parse(env);
  const dataDir = resolve(overrides.dataDir ?? parsed.DATA_DIR);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseFile: join(dataDir, 'concord.sqlite'),
    publicUrl: parsed.PUBLIC_URL,
    maxMessageBytes: parsed.COLLAB_MAX_MESSAGE_BYTES,
    pingIntervalMs: parsed.COLLAB_PING_INTERVAL_MS,
    collabShares: {
      socketsPerParticipant: parsed.COLLAB_SOCKETS_PER_PARTICIPANT,
      maxSockets: parsed.COLLAB_MAX_SOCKETS,
      messageBurst: parsed.COLLAB_MESSAGE_BURST,
      messagesPerSecond: parsed.COLLAB_MESSAGES_PER_SECOND,
      backlogFloorBytes: parsed.COLLAB_BACKLOG_FLOOR_BYTES,
      maxPresenceBytes: parsed.COLLAB_MAX_PRESENCE_BYTES,
    },
    idleUnloadMs: parsed.ROOM_IDLE_UNLOAD_MS,
    compactAfterUpdates: parsed.COMPACT_AFTER_UPDATES,
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    checkpointPauseMs: parsed.CHECKPOINT_PAUSE_MS,
    documentLimits: {
      maxBlocksPerDocument: parsed.MAX_BLOCKS_PER_DOCUMENT,
      maxBlocksPerUpdate: parsed.MAX_BLOCKS_PER_UPDATE,
      maxParagraphChars: parsed.MAX_PARAGRAPH_CHARS,
    },
    rateLimits: {
      proposals: { burst: parsed.PROPOSALS_BURST, perMinute: parsed.PROPOSALS_PER_MINUTE },
      comments: { burst: parsed.COMMENTS_BURST, perMinute: parsed.COMMENTS_PER_MINUTE },
    },
    writeLimits: {
      writes: { burst: parsed.WRITES_BURST, perMinute: parsed.WRITES_PER_MINUTE },
      revise: { burst: parsed.REVISE_BURST, perMinute: parsed.REVISE_PER_MINUTE },
      support: { burst: parsed.SUPPORT_BURST, perMinute: parsed.SUPPORT_PER_MINUTE },
    },
    eventStreamsPerParticipant: parsed.EVENT_STREAMS_PER_PARTICIPANT,
    clientDir: resolve(PROJECT_ROOT, 'dist/client'),
    ...overrides,
    ...(overrides.dataDir ? { databaseFile: join(dataDir, 'concord.sqlite') } : {}),
  };
}
