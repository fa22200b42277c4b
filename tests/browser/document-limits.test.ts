/**
 * The document limits in the editor: a paste that breaks one is not made, the person is told why with
 * the numbers, and nothing reaches the server; a refusal by the server itself shows its reason and
 * reloads the live text without the refused change.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_DOCUMENT_LIMITS } from '../../shared/collab/limits.js';
import { paragraphs } from '../support/amendments.js';
import { clickEndOf, editorText, setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

const serverTexts = async () =>
  (await paragraphs(session.server.url, session.document.chair.token, session.document.documentId)).map((paragraph) => paragraph.text);

/** Pastes plain text where the caret is, through the editor's own paste handling (a synthetic clipboard). */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = window.document.querySelector('[data-testid="editor"]');
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function waitForServerText(needle: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await serverTexts()).some((text) => text.includes(needle))) {
    if (Date.now() > deadline) throw new Error(`the server never received "${needle}"`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('document limits in the editor', () => {
  it('refuses a paste of 20,001 paragraphs with the numbers, leaving the text and the server as they were', async () => {
    const chair = await open(session.document.chair.token);
    const before = await editorText(chair.page);
    const onServer = await serverTexts();
    await clickEndOf(chair.page, 'First operative.');
    await paste(chair.page, Array.from({ length: 20_001 }, (_, i) => `Pasted paragraph ${i + 1}.`).join('\n\n'));

    const notice = chair.page.getByRole('alert').filter({ has: chair.page.getByTestId('limit-notice-dismiss') });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('data-limit')).toBe('blocksPerUpdate');
    // The first pasted paragraph joins the one the caret is in: the paste adds 20,000.
    expect(await notice.textContent()).toContain(
      `This paste adds 20,000 paragraphs; at most ${DEFAULT_DOCUMENT_LIMITS.maxBlocksPerUpdate.toLocaleString('en')} can be added at once.`,
    );
    expect(await editorText(chair.page)).toBe(before);
    expect(await chair.page.locator('[data-testid="editor"] > *').count()).toBe(onServer.length);

    // Still live: a later edit arrives, and the paste never did.
    await chair.page.keyboard.type(' Still live.');
    await waitForServerText('First operative. Still live.');
    const after = await serverTexts();
    expect(after).toHaveLength(onServer.length);
    expect(after.join('\n')).not.toContain('Pasted paragraph');
    expect(await chair.page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');

    await chair.page.getByTestId('limit-notice-dismiss').click();
    await chair.page.getByTestId('limit-notice').waitFor({ state: 'detached' });
  });

  it('refuses a pasted text too long for one paragraph', async () => {
    const chair = await open(session.document.chair.token);
    const before = await editorText(chair.page);
    await clickEndOf(chair.page, 'Second operative.');
    await paste(chair.page, 'w'.repeat(DEFAULT_DOCUMENT_LIMITS.maxParagraphChars));

    const notice = chair.page.getByTestId('limit-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.getAttribute('data-limit')).toBe('paragraphChars');
    const length = ('Second operative.'.length + DEFAULT_DOCUMENT_LIMITS.maxParagraphChars).toLocaleString('en');
    expect(await notice.textContent()).toContain(`This paste would make a paragraph ${length} characters long; the limit is 20,000.`);
    expect(await editorText(chair.page)).toBe(before);
    expect((await serverTexts()).join('\n')).not.toContain('www');
  });

  it('shows the server\'s reason when it refuses an update, and reloads the live text without it', async () => {
    const chair = await open(session.document.chair.token);
    const reason = 'This change adds 12,000 paragraphs; at most 10,000 can be added at once.';
    // Stands in for the server's refusal: the next update from the page is held back and the socket closed with 4413.
    let refuseNext = true;
    await chair.context.routeWebSocket(/\/collab\//, (route) => {
      const server = route.connectToServer();
      route.onMessage((message) => {
        const bytes = typeof message === 'string' ? Buffer.from(message) : message;
        // y-websocket: message type 0 (sync), sub-type 2 (update).
        if (refuseNext && bytes[0] === 0 && bytes[1] === 2) {
          refuseNext = false;
          void route.close({ code: 4413, reason });
          return;
        }
        server.send(message);
      });
    });
    await chair.page.reload();
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await clickEndOf(chair.page, 'First operative.');
    await chair.page.keyboard.type(' Refused by the server.');

    const notice = chair.page.getByTestId('refusal-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('data-code')).toBe('4413');
    expect(await notice.textContent()).toContain(reason);

    chair.page.once('dialog', (dialog) => void dialog.accept());
    await chair.page.getByTestId('reload-live-text').click();
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 30_000 });
    await chair.page.waitForFunction(() => (window.__concordEditor?.getText() ?? '').includes('First operative.'));
    expect(await editorText(chair.page)).not.toContain('Refused by the server.');
    expect((await serverTexts()).join('\n')).not.toContain('Refused by the server.');
  });
});
