import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_GROUPS } from '../../shared/groups.js';
import { callApi } from './api-calls.js';
import { setUpBrowserSession } from './browser-support.js';

const MARKDOWN = `# Silence summary\n\n## Section\n\n${Array.from({ length: 8 }, (_, index) => `1. Operative paragraph number ${index + 1} of the text.`).join('\n\n')}\n`;
const session = setUpBrowserSession(MARKDOWN);
const { open } = session;

/** A revision under silence, broken by each of the six default groups on a paragraph of its own. */
async function silenceWithSixBreaks(): Promise<void> {
  const call = (token: string, method: string, path: string, body?: unknown) => callApi(session.server.url, session.document.documentId, token, method, path, body);
  const chair = session.document.chair.token;
  const revision = (await call(chair, 'POST', '/revisions', { name: 'Rev.1' })) as { revision: { id: string } };
  await call(chair, 'POST', '/silence', { revisionId: revision.revision.id });
  const paragraphs = ((await call(chair, 'GET', '/paragraphs')).paragraphs as { id: string; kind: string }[]).filter((paragraph) => paragraph.kind === 'operative');
  for (const [index, group] of DEFAULT_GROUPS.entries()) {
    const delegate = session.document.invite('stakeholder', { name: `${group.name} delegate`, groupId: group.id });
    await call(delegate.token, 'POST', '/silence/breaks', { paragraphId: paragraphs[index]?.id, reason: `${group.name} cannot accept this wording as it stands and asks for more time.` });
  }
}

const height = (page: Page, testId: string) => page.getByTestId(testId).evaluate((node) => node.getBoundingClientRect().height);
/** How much of the page's text shows below the bars, in pixels of the viewport. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const first = document.querySelector('[data-testid="editor"] h1');
    return first ? window.innerHeight - first.getBoundingClientRect().top : 0;
  });

describe('the silence bar', () => {
  it('stays one compact line with six breaks and unfolds them on demand, on a laptop and a phone', async () => {
    await silenceWithSixBreaks();
    const chair = await open(session.document.chair.token);
    const { page } = chair;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('silence-breaks-toggle').waitFor();
    expect(await page.getByTestId('silence-breaks-toggle').textContent()).toContain('6');
    expect(await height(page, 'silence-banner')).toBeLessThan(70);
    expect(await page.getByTestId('silence-break').count()).toBe(0);

    await page.getByTestId('silence-breaks-toggle').click();
    expect(await page.getByTestId('silence-breaks-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('silence-break').count()).toBe(6);
    expect(await height(page, 'silence-banner')).toBeLessThan(300);
    // The scrolling list is reachable from the keyboard.
    expect(await page.getByTestId('silence-breaks-region').getAttribute('tabindex')).toBe('0');
    await page.getByTestId('silence-breaks-toggle').click();

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await height(page, 'silence-banner')).toBeLessThan(110);
    expect(await visibleText(page)).toBeGreaterThan(300);
  });
});
