import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../shared/document/read-blocks.js';
import { api } from '../support/api.js';
import { clickEndOf, editorText, setUpBrowserSession, waitForText } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

const liveTexts = () => readBlocks(session.server.deps.registry.open(session.document.documentId).doc).map((block) => block.text);

async function agree(text: string, status: 'agreed' | 'agreed-ad-ref'): Promise<void> {
  const id = readBlocks(session.server.deps.registry.open(session.document.documentId).doc).find((block) => block.text === text)?.id;
  const set = await api(session.server.url, 'PUT', `/api/documents/${session.document.documentId}/paragraphs/${id}/status`, {
    token: session.document.chair.token,
    body: { status },
  });
  expect(set.status).toBe(200);
}

describe('a locked paragraph in the editor', () => {
  it('shows a drafter the lock, refuses their typing in it with the reason, and lets them type elsewhere', async () => {
    await agree('First operative.', 'agreed');
    const drafter = await open(session.document.invite('drafter').token);
    const { page } = drafter;
    const locked = page.locator('[data-testid="editor"] > [data-locked="agreed"]');
    await locked.waitFor();
    expect(await locked.textContent()).toContain('First operative.');
    expect(await locked.getAttribute('title')).toContain('locked');

    await clickEndOf(page, 'First operative.');
    const notice = page.getByTestId('paragraph-lock-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Only the chair can reopen it');
    const before = await editorText(page);
    await page.keyboard.type(' Hijacked.');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    expect(await editorText(page)).toBe(before);

    await clickEndOf(page, 'Second operative.');
    await notice.waitFor({ state: 'detached' });
    await page.keyboard.type(' Still open.');
    await expect.poll(liveTexts).toContain('Second operative. Still open.');
    expect(liveTexts()).toContain('First operative.');
    expect(await page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');
  });

  it('gives the chair four statuses, and the lock follows the chair’s choice for everyone', async () => {
    const chair = await open(session.document.chair.token);
    const drafter = await open(session.document.invite('drafter').token);
    await clickEndOf(chair.page, 'Second operative.');
    const buttons = chair.page.getByTestId('status-control').locator('button');
    expect(await buttons.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')))).toEqual([
      'status-open', 'status-bracketed', 'status-agreed-ad-ref', 'status-agreed',
    ]);
    await chair.page.getByTestId('status-agreed-ad-ref').click();
    await drafter.page.locator('[data-testid="editor"] > [data-locked="agreed-ad-ref"]', { hasText: 'Second operative.' }).waitFor();
    await clickEndOf(drafter.page, 'Second operative.');
    expect(await drafter.page.getByTestId('paragraph-lock-notice').textContent()).toContain('Agreed ad ref');

    await chair.page.getByTestId('status-bracketed').click();
    await drafter.page.locator('[data-testid="editor"] > [data-status="bracketed"]', { hasText: 'Second operative.' }).waitFor();
    expect(await drafter.page.locator('[data-testid="editor"] > [data-locked]').count()).toBe(0);
    await clickEndOf(drafter.page, 'Second operative.');
    await drafter.page.keyboard.type(' Reopened.');
    await waitForText(chair.page, 'Second operative. Reopened.');
  });

  it('lets a drafter whose offline edit touched a paragraph agreed meanwhile drop it and reopen the live text', async () => {
    const drafter = await open(session.document.invite('drafter').token);
    const { page } = drafter;
    await drafter.goOffline();
    await page.waitForSelector('[data-testid="connection-status"][data-state="offline"]');
    await clickEndOf(page, 'First operative.');
    await page.keyboard.type(' Typed offline.');
    await agree('First operative.', 'agreed');
    drafter.goOnline();

    const notice = page.getByTestId('refusal-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('data-code')).toBe('4400');
    expect(await notice.textContent()).toContain('agreed meanwhile');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('reload-live-text').click();
    await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 30_000 });
    await page.locator('[data-testid="editor"] > [data-locked="agreed"]', { hasText: 'First operative.' }).waitFor();
    expect(await editorText(page)).not.toContain('Typed offline.');
    expect(liveTexts()).toContain('First operative.');
  });
});
