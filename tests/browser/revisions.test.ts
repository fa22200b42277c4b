import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickEndOf, editorText, waitForText, setUpBrowserSession } from './browser-support.js';

const MARKDOWN =
  '# Outcome of the review\n\n## Actions\n\n*Recalling* the Geneva Declaration,\n\n1. Participants support open standards.\n\n1. Participants call for an urgent review.\n';

const session = setUpBrowserSession(MARKDOWN);
const { open } = session;

/** Cuts a named revision through the Revisions panel, as the chair's office does. */
async function cutRevision(page: Page, name: string): Promise<void> {
  if (!(await page.getByTestId('revisions-panel').isVisible())) await page.getByTestId('revisions-button').click();
  await page.getByTestId('revision-name-input').fill(name);
  await page.getByTestId('cut-revision-button').click();
  await page.locator('[data-testid="revision-item"][data-kind="named"]', { hasText: name }).waitFor();
}

/** Moves the caret `count` characters left of the end of the paragraph holding `needle`. */
async function caretBeforeEnd(page: Page, needle: string, count: number): Promise<void> {
  await clickEndOf(page, needle);
  for (let i = 0; i < count; i += 1) await page.keyboard.press('ArrowLeft');
}

const bracketStyle = (page: Page, needle: string) =>
  page.locator('[data-testid="editor"] p', { hasText: needle }).evaluate((node) => ({
    status: node.getAttribute('data-status'),
    before: getComputedStyle(node, '::before').content,
    after: getComputedStyle(node, '::after').content,
  }));

describe('revisions and comparison in the browser', () => {
  it("shows the chair a drafter's insertion and deletion since Rev.1 as a redline", async () => {
    const chair = await open(session.document.chair.token);
    await cutRevision(chair.page, 'Rev.1');

    const drafter = await open(session.document.invite('drafter', { name: 'Drafter Daria', groupId: 'technical-community' }).token);
    await caretBeforeEnd(drafter.page, 'open standards.', 1);
    await drafter.page.keyboard.type(' worldwide');
    await caretBeforeEnd(drafter.page, 'urgent review.', 'review.'.length);
    for (let i = 0; i < 'urgent '.length; i += 1) await drafter.page.keyboard.press('Backspace');
    await waitForText(chair.page, 'open standards worldwide.');
    await waitForText(chair.page, 'call for an review.');

    await chair.page.locator('[data-testid="revision-item"]', { hasText: 'Rev.1' }).getByTestId('compare-live-button').click();
    await chair.page.getByTestId('compare-view').waitFor();
    const inserted = chair.page.getByTestId('diff-insert').filter({ hasText: 'worldwide' });
    const deleted = chair.page.getByTestId('diff-delete').filter({ hasText: 'urgent' });
    await inserted.waitFor();
    await deleted.waitFor();
    expect(await inserted.evaluate((node) => node.tagName)).toBe('INS');
    expect(await deleted.evaluate((node) => node.tagName)).toBe('DEL');
    expect(await chair.page.locator('[data-testid="compare-paragraph"][data-change="changed"]').count()).toBe(2);
    expect(await chair.page.locator('[data-testid="compare-summary"] [data-kind="changed"]').getAttribute('data-count')).toBe('2');
    expect(new URL(chair.page.url()).searchParams.get('to')).toBe('live');

    // The comparison is a view of the workspace: back to the live text, still connected.
    await chair.page.getByTestId('compare-close').click();
    await chair.page.getByTestId('editor').waitFor();
    expect(await editorText(chair.page)).toContain('open standards worldwide.');
  });

  it('lets the chair bracket and agree paragraphs, which an observer sees at once', async () => {
    const chair = await open(session.document.chair.token);
    const observer = await open(session.document.invite('observer').token);
    expect(await observer.page.getByTestId('status-control').count()).toBe(0);

    await clickEndOf(chair.page, 'urgent review.');
    await chair.page.getByTestId('status-bracketed').click();
    await observer.page.locator('[data-testid="editor"] p[data-status="bracketed"]', { hasText: 'urgent review.' }).waitFor();
    const bracketed = await bracketStyle(observer.page, 'urgent review.');
    expect(bracketed.before).toContain('[');
    expect(bracketed.after).toContain(']');

    await clickEndOf(chair.page, 'open standards.');
    await chair.page.getByTestId('status-agreed').click();
    await observer.page.locator('[data-testid="paragraph-progress"][data-agreed="1"][data-total="3"]').waitFor();
    expect(await observer.page.getByTestId('paragraph-progress').textContent()).toContain('1 of 3 paragraphs agreed');

    // Reopened with the keyboard shortcut: the brackets go for everyone.
    await clickEndOf(chair.page, 'urgent review.');
    // The caret must be in that paragraph (its status shown as current) before the shortcut acts on it.
    await chair.page.locator('[data-testid="status-bracketed"][aria-pressed="true"]').waitFor();
    await chair.page.keyboard.press('Control+Alt+Digit7');
    await observer.page.waitForFunction(() => !window.document.querySelector('[data-testid="editor"] p[data-status="bracketed"]'));
    expect((await bracketStyle(observer.page, 'urgent review.')).status).toBeNull();
  });

  it('runs a silence procedure that a stakeholder group breaks on a paragraph, seen by the chair', async () => {
    const chair = await open(session.document.chair.token);
    await cutRevision(chair.page, 'Rev.1');
    await chair.page.locator('[data-testid="revision-item"]', { hasText: 'Rev.1' }).getByTestId('start-silence-button').click();
    await chair.page.getByTestId('start-silence-confirm').click();
    await chair.page.getByTestId('silence-banner').waitFor();

    const stakeholder = await open(session.document.invite('stakeholder', { name: 'Civil Cora', groupId: 'civil-society' }).token);
    await stakeholder.page.getByTestId('silence-countdown').waitFor();
    await clickEndOf(stakeholder.page, 'urgent review.');
    await stakeholder.page.getByTestId('break-silence-button').click();
    const dialog = stakeholder.page.getByTestId('break-silence-dialog');
    await dialog.getByTestId('break-paragraph-select').waitFor();
    // The paragraph under the cursor is offered first.
    expect(await dialog.getByTestId('break-paragraph-select').locator('option:checked').textContent()).toContain('urgent review');
    await dialog.getByTestId('break-reason-input').fill('Civil society asks for a date for the review.');
    await dialog.getByTestId('break-silence-confirm').click();

    // The bar stays one line: the breaks unfold on demand.
    await chair.page.getByTestId('silence-breaks-toggle').click();
    const onChairSide = chair.page.getByTestId('silence-banner').getByTestId('silence-break');
    await onChairSide.waitFor();
    expect(await onChairSide.textContent()).toContain('paragraph 2');
    expect(await onChairSide.textContent()).toContain('Civil society asks for a date for the review.');
    expect(await onChairSide.textContent()).toContain('Civil Cora');
  });
});
