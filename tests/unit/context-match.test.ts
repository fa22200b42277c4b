import { describe, expect, it } from 'vitest';
import { contextAround, findQuote } from '../../shared/amendments/context-match.js';
import { overlaps } from '../../server/amendments/amendment-rules.js';

describe('finding a quote again by its context', () => {
  const paragraph = 'Participants strongly support open standards for all, and open standards for some.';
  const from = paragraph.indexOf('open standards');
  const { before, after } = contextAround(paragraph, from, from + 'open standards'.length);

  it('finds the quote whose context is intact even when the quote appears twice', () => {
    expect(findQuote([paragraph], 'open standards', before, after)).toEqual({ candidate: 0, from });
  });

  it('finds the quote moved to a new paragraph by a split before it', () => {
    const split = ['Participants ', 'strongly support open standards for all, and open standards for some.'];
    expect(findQuote(split, 'open standards', before, after)).toEqual({ candidate: 1, from: 'strongly support '.length });
  });

  it('reports the quote missing once its own text changed', () => {
    expect(findQuote(['Participants strongly support open and fair standards for all.'], 'open standards', before, after)).toBe('missing');
  });

  it('reports ambiguity instead of guessing', () => {
    const twice = [paragraph, paragraph];
    expect(findQuote(twice, 'open standards', before, after)).toBe('ambiguous');
  });

  it('places an insertion point by the context on both sides', () => {
    const text = 'A review in 2030.';
    const at = text.indexOf('2030');
    const context = contextAround(text, at, at);
    expect(findQuote([`Preface. ${text}`], '', context.before, context.after)).toEqual({ candidate: 0, from: 'Preface. '.length + at });
  });
});

describe('overlapping amendments', () => {
  it('treats intersecting ranges as overlapping and adjacent ones as not', () => {
    expect(overlaps('replace', { from: 0, to: 10 }, 'replace', { from: 5, to: 15 })).toBe(true);
    expect(overlaps('replace', { from: 0, to: 10 }, 'replace', { from: 10, to: 15 })).toBe(false);
  });

  it('lets an insertion at a range edge stand but not one inside it', () => {
    expect(overlaps('delete', { from: 0, to: 10 }, 'insert', { from: 10, to: 10 })).toBe(false);
    expect(overlaps('delete', { from: 0, to: 10 }, 'insert', { from: 4, to: 4 })).toBe(true);
  });

  it('makes everything on a deleted paragraph collide, but not new paragraphs after it', () => {
    expect(overlaps('delete-paragraph', { from: 0, to: 40 }, 'replace', { from: 1, to: 2 })).toBe(true);
    expect(overlaps('delete-paragraph', { from: 0, to: 40 }, 'insert-paragraph', { from: 0, to: 0 })).toBe(false);
  });
});
