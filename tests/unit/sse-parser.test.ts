import { describe, expect, it } from 'vitest';
import { SseParser } from '../../client/events/sse-parser.js';

describe('reading server-sent events from a stream', () => {
  it('completes events only at a blank line, across chunks', () => {
    const parser = new SseParser();
    expect(parser.push('event: amendment\ndata: {"a"')).toEqual([]);
    expect(parser.push(':1}\n\nevent: period\r\ndata: {"open":false}\r\n\r\n')).toEqual([
      { event: 'amendment', data: '{"a":1}' },
      { event: 'period', data: '{"open":false}' },
    ]);
  });

  it('joins multi-line data and ignores comments', () => {
    const parser = new SseParser();
    expect(parser.push(': keep-alive\ndata: one\ndata: two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });
});
