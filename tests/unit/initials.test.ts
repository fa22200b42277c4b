import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../client/presence/initials.js';

describe('initials of a participant', () => {
  it.each([
    ['Ana Lopez (CS)', 'AL'],
    ['Ana Lopez', 'AL'],
    ['(Chair) Maria Silva', 'MS'],
    ['H.E. Ms. Amina Diallo', 'AD'],
    ['"Jo" Bloggs', 'JB'],
    ['Jean-Pierre Dubois', 'JD'],
    ['Chair\'s office', 'CO'],
    ['Élodie Ørsted', 'ÉØ'],
    ['Delegate 2', 'D2'],
    ['— (—)', '?'],
    ['', '?'],
    ['李 明', '李明'],
  ])('%s → %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});
