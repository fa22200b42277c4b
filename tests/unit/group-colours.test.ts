import { describe, expect, it } from 'vitest';
import { closestPair, contrastRatio, ciede2000, greyscaleDistance, perceivedDistance, VISIONS, toLab, linearRgb } from '../../shared/colour-distance.js';
import { DEFAULT_GROUPS, withCurrentDefaultColours } from '../../shared/groups.js';

const colours = DEFAULT_GROUPS.map((group) => group.color);

describe('the default group colours', () => {
  it.each(VISIONS)('stay at least 12 CIEDE2000 units apart under %s vision', (vision) => {
    const closest = closestPair(colours, (first, second) => perceivedDistance(first, second, vision));
    expect(closest.distance, `${closest.first} and ${closest.second}`).toBeGreaterThanOrEqual(12);
  });

  it('stay at least 5 units of lightness apart in greyscale print', () => {
    const closest = closestPair(colours, greyscaleDistance);
    expect(closest.distance, `${closest.first} and ${closest.second}`).toBeGreaterThanOrEqual(5);
  });

  it('carry white initials at 4.5:1 or more', () => {
    for (const colour of colours) expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('replace the two oranges that a deuteranope could not tell apart', () => {
    expect(perceivedDistance('#c2410c', '#b45309', 'deuteranopia')).toBeLessThan(1);
    expect(greyscaleDistance('#15803d', '#b45309')).toBeLessThan(1);
  });

  it('show the current set on a document created with the retired defaults, and keep chosen colours', () => {
    const groups = withCurrentDefaultColours([
      { id: 'academia', name: 'Academia', color: '#B45309' },
      { id: 'private-sector', name: 'Private sector', color: '#123456' },
      { id: 'farmers', name: 'Farmers', color: '#b45309' },
    ]);
    expect(groups.map((group) => group.color)).toEqual([DEFAULT_GROUPS[4]?.color, '#123456', '#b45309']);
  });
});

describe('CIEDE2000', () => {
  // Pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [{ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ l: 50, a: -1.3802, b: -84.2814 }, { l: 50, a: 0, b: -82.7485 }, 1.0],
    [{ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 }, 27.1492],
    [{ l: 60.2574, a: -34.0099, b: 36.2677 }, { l: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
    [{ l: 2.0776, a: 0.0795, b: -1.135 }, { l: 0.9033, a: -0.0636, b: -0.5514 }, 0.9082],
  ])('matches the published difference %#', (first, second, expected) => {
    expect(ciede2000(first, second)).toBeCloseTo(expected, 3);
  });

  it('puts white at L* 100 and black at 0', () => {
    expect(toLab(linearRgb('#ffffff')).l).toBeCloseTo(100, 3);
    expect(toLab(linearRgb('#000000')).l).toBeCloseTo(0, 3);
  });
});
