/** zod → JSON Schema for the OpenAPI document: shared response shapes become named components, everything else inline. */
import { z, type ZodType } from 'zod';
import {
  amendmentHistoryEntrySchema, amendmentViewSchema, commentViewSchema, statsSchema,
} from '../../shared/amendments/amendment-schemas.js';
import { documentSummarySchema, paragraphSchema } from '../../shared/api/documents.js';
import { apiErrorSchema, participantSchema } from '../../shared/api/participants.js';
import { comparisonSchema, revisionViewSchema, silenceViewSchema } from '../../shared/revisions/revision-schemas.js';
import { auditEntrySchema } from '../audit/audit.repo.js';

export type JsonSchema = Record<string, unknown>;

const COMPONENTS: Record<string, ZodType> = {
  Error: apiErrorSchema,
  DocumentSummary: documentSummarySchema,
  Paragraph: paragraphSchema,
  Participant: participantSchema,
  AmendmentView: amendmentViewSchema,
  AmendmentHistoryEntry: amendmentHistoryEntrySchema,
  CommentView: commentViewSchema,
  AmendmentStats: statsSchema,
  RevisionView: revisionViewSchema,
  Comparison: comparisonSchema,
  SilenceView: silenceViewSchema,
  AuditEntry: auditEntrySchema,
};

const componentRegistry = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(COMPONENTS)) componentRegistry.add(schema, { id });
// Request shapes are converted against no registry: their input side may differ from a component's output side.
const noComponents = z.registry<{ id: string }>();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `#/$defs/X` → `#/components/schemas/X`; zod's ±2^53 bounds on every integer are noise to a reader. In a response,
 * `additionalProperties: false` only says zod strips unknown keys when the client parses: the server promises no such thing.
 */
function tidy(node: unknown, side: 'request' | 'response'): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, side));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$defs') continue;
    if ((key === 'minimum' && value === Number.MIN_SAFE_INTEGER) || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER)) continue;
    if (side === 'response' && key === 'additionalProperties' && value === false) continue;
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace('#/$defs/', '#/components/schemas/') : tidy(value, side);
  }
  return out;
}

function asSchema(value: unknown): JsonSchema {
  if (!isRecord(value)) throw new Error('zod produced a JSON Schema that is not an object');
  return value;
}

/** What a caller sends: defaults make a field optional, coercions show their target type. */
export function requestSchema(schema: ZodType): JsonSchema {
  return asSchema(tidy(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: noComponents }), 'request'));
}

/** What the server answers, with shared shapes as `$ref`s; `defs` collects the components it used. */
export function responseSchema(schema: ZodType, defs: Record<string, JsonSchema>): JsonSchema {
  const converted = asSchema(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', metadata: componentRegistry }));
  const found = converted.$defs;
  if (isRecord(found)) for (const [id, def] of Object.entries(found)) defs[id] = asSchema(tidy(def, 'response'));
  const own = componentRegistry.get(schema)?.id;
  if (!own) return asSchema(tidy(converted, 'response'));
  // zod answers a registered schema with a reference to itself, plus its definition when it names no other component.
  defs[own] ??= asSchema(tidy(converted, 'response'));
  return { $ref: `#/components/schemas/${own}` };
}
