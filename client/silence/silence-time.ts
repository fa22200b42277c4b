/** Times for the silence procedure: deadlines in the viewer's zone, the countdown, and datetime-local values. */
import type { Translate } from '../i18n/I18nProvider';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A deadline with weekday and time zone, e.g. "Fri 11 Jul 2025, 18:00 CEST". */
export function formatDeadline(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** The viewer's time zone, e.g. "Europe/Geneva". */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "2 d 3 h 12 min left", "3 h 05 min left", "4 min 09 s left"; null once the time has passed. */
export function formatRemaining(t: Translate, remainingMs: number): string | null {
  if (remainingMs <= 0) return null;
  const days = Math.floor(remainingMs / DAY);
  const hours = Math.floor((remainingMs % DAY) / HOUR);
  const minutes = Math.floor((remainingMs % HOUR) / MINUTE);
  const seconds = Math.floor((remainingMs % MINUTE) / 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  if (days > 0) return t('silence.left.days', { days, hours, minutes: pad(minutes) });
  if (hours > 0) return t('silence.left.hours', { hours, minutes: pad(minutes) });
  return t('silence.left.minutes', { minutes, seconds: pad(seconds) });
}

/** A Date as the value of an <input type="datetime-local">, in the viewer's zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (read as the viewer's local time) as a Date; null when incomplete. */
export function fromLocalInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  // Without an offset, ECMAScript reads a date-time string as local time: what the viewer meant.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
