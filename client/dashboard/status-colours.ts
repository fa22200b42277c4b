/** One calm colour per amendment status, the same in every chart and legend. */
import type { AmendmentStatus } from '../../shared/amendments/amendment-schemas.js';

export const STATUS_COLOURS: Record<AmendmentStatus, string> = {
  accepted: '#2f855a',
  proposed: '#5b7db1',
  stale: '#d69e2e',
  rejected: '#c05656',
  withdrawn: '#a0aec0',
};

/** Stacking order: what was taken in first, what is still open next, then what was not. */
export const STACK_ORDER: readonly AmendmentStatus[] = ['accepted', 'proposed', 'stale', 'rejected', 'withdrawn'];
