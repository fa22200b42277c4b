/** Roles and what each may do: the one table both the server and the client consult. */
import { z } from 'zod';

export const ROLES = ['chair', 'drafter', 'stakeholder', 'observer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const CAPABILITIES = [
  'document.create',
  'document.rename',
  'participants.invite',
  'participants.revoke',
  'participants.list',
  'text.edit',
  'text.read',
  'amendments.read',
  'amendments.propose',
  'amendments.support',
  'amendments.comment',
  'amendments.decide',
  'amendments.period',
  'audit.read',
  'paragraphs.status',
  'revisions.read',
  'revisions.cut',
  'revisions.restore',
  'silence.run',
  'silence.break',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Record<Role, readonly Capability[]> = {
  chair: CAPABILITIES,
  drafter: [
    'text.edit', 'text.read', 'participants.list', 'amendments.read', 'amendments.propose', 'amendments.support',
    'amendments.comment', 'audit.read', 'revisions.read', 'silence.break',
  ],
  stakeholder: [
    'text.read', 'participants.list', 'amendments.read', 'amendments.propose', 'amendments.support', 'amendments.comment',
    'audit.read', 'revisions.read', 'silence.break',
  ],
  observer: ['text.read', 'participants.list', 'amendments.read', 'audit.read', 'revisions.read'],
};

export function can(role: Role, capability: Capability): boolean {
  return GRANTS[role].includes(capability);
}

/** Whether the collaboration socket accepts document updates from this role (presence always flows). */
export function canEditText(role: Role): boolean {
  return can(role, 'text.edit');
}
