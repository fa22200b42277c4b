/**
 * The one message catalogue: every string the interface shows, in English and French. Each feature
 * keeps its strings beside it and is merged here; a key missing in French fails the type check.
 */
import { amendmentsEn, amendmentsFr } from '../amendments/messages';
import { auditEn, auditFr } from '../audit/messages';
import { limitsEn, limitsFr } from '../editor/limits/messages';
import { shellEn, shellFr } from '../app/shell-messages';
import { coreEn, coreFr } from './core-messages';
import { paragraphLockEn, paragraphLockFr } from '../paragraph-status/messages';
import { revisionsEn, revisionsFr } from '../revisions/messages';

export const en = { ...coreEn, ...amendmentsEn, ...revisionsEn, ...limitsEn, ...paragraphLockEn, ...shellEn, ...auditEn } as const;

export type MessageKey = keyof typeof en;

export const fr: Record<MessageKey, string> = { ...coreFr, ...amendmentsFr, ...revisionsFr, ...limitsFr, ...paragraphLockFr, ...shellFr, ...auditFr };

export const CATALOGUES = { en, fr } as const;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES: readonly Language[] = ['en', 'fr'];
