/**
 * Where a horizontal bar chart puts a group's name: beside its bar when there is room, above it on a
 * narrow screen (under 480 px), so "International organizations" is never cut or drawn over the bars.
 */
export interface BarLayout {
  /** The x where bars start. */
  label: number;
  /** Height of one group's row. */
  row: number;
  /** Baseline of the group's name (and its dot's centre, 4 px above). */
  nameY: number;
  /** Top of a bar of the given height. */
  barY: (bar: number) => number;
}

export const STACK_BELOW = 480;

export function barLayout(width: number, row: number): BarLayout {
  if (width < STACK_BELOW) return { label: 16, row: row + 20, nameY: 13, barY: () => 22 };
  return { label: Math.min(200, Math.round(width * 0.32)), row, nameY: row / 2 + 4, barY: (bar) => (row - bar) / 2 };
}
