import { describe, expect, it } from 'vitest';
import { barLayout } from '../../client/dashboard/bar-layout.js';

describe('bar chart layout', () => {
  it('puts the group name beside its bar when there is room', () => {
    const layout = barLayout(900, 34);
    expect(layout.label).toBe(200);
    expect(layout.row).toBe(34);
    expect(layout.barY(18)).toBe(8);
  });

  it('puts the name above its bar on a phone, the bar below the name', () => {
    const layout = barLayout(340, 34);
    expect(layout.label).toBeLessThan(20);
    expect(layout.barY(18)).toBeGreaterThan(layout.nameY);
    expect(layout.barY(18) + 18).toBeLessThanOrEqual(layout.row);
  });
});
