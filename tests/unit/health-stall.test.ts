import { describe, expect, it } from 'vitest';
import { stallBetween } from '../../bench/scenarios/hostile/stall.js';

const every5 = (from: number, to: number) => Array.from({ length: Math.floor((to - from) / 5) + 1 }, (_, i) => from + i * 5);

describe('stalls seen as gaps between health answers', () => {
  it('finds the longest gap in the window and when the server answered normally again', () => {
    const answers = [...every5(0, 100), 300, ...every5(305, 400), 470, ...every5(475, 600)];
    expect(stallBetween(answers, 50, 600)).toEqual({ longestGapMs: 200, recoveryMs: 420 });
  });

  it('counts a probe still unanswered at the end as a gap', () => {
    expect(stallBetween(every5(0, 100), 50, 400)).toEqual({ longestGapMs: 300, recoveryMs: 350 });
  });

  it('reports no recovery time when every gap was short', () => {
    expect(stallBetween(every5(0, 500), 100, 500)).toEqual({ longestGapMs: 5, recoveryMs: 0 });
  });
});
