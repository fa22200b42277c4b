/** Small helpers for hand-drawn SVG charts: a "nice" axis maximum with round ticks, and hour labels. */

/** The smallest of 1, 2, 5 × 10^n at or above `value`, and ticks up to it. */
export function niceScale(value: number, targetTicks = 4): { max: number; ticks: number[] } {
  if (value <= 0) return { max: 1, ticks: [0, 1] };
  const rough = value / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  const wholeStep = Math.max(1, Math.round(step));
  const max = Math.ceil(value / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += wholeStep) ticks.push(tick);
  return { max, ticks };
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** Fills the hours between the first and last with zeros, so time runs evenly along the axis. */
export function continuousHours<T extends { hour: string }>(rows: readonly T[], empty: (hour: string) => T, limit = 72): T[] {
  if (rows.length === 0) return [];
  const byHour = new Map(rows.map((row) => [row.hour, row]));
  const first = Date.parse(rows[0]?.hour ?? '');
  const last = Date.parse(rows[rows.length - 1]?.hour ?? '');
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [...rows];
  const filled: T[] = [];
  for (let at = Math.max(first, last - (limit - 1) * 3_600_000); at <= last; at += 3_600_000) {
    const hour = new Date(at).toISOString();
    filled.push(byHour.get(hour) ?? empty(hour));
  }
  return filled;
}
