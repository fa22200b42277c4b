/** The paragraph lock's strings (agreed ad ref, and why a locked paragraph cannot be typed in), in English and French. */

export const paragraphLockEn = {
  'status.agreedAdRef': 'Agreed ad ref',
  'lock.refusedConnection':
    'A change made on this device touches a paragraph that was agreed meanwhile, so the server refused it. Reload the live text: this device’s unsent changes are dropped.',
  'progress.detailAdRef': '{agreed} agreed, {adRef} agreed ad ref, {bracketed} bracketed, {open} open',
  'lock.agreed': 'Agreed: this paragraph’s text is locked. Only the chair can reopen it (set it back to open or bracketed).',
  'lock.agreedAdRef':
    'Agreed ad ref (agreed pending confirmation): this paragraph’s text is locked. Only the chair can reopen it (set it back to open or bracketed).',
} as const;

export { paragraphLockFr } from './messages-fr';
