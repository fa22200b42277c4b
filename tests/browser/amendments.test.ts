/**
 * Tracked amendments in the browser, two participants in their own contexts: a stakeholder suggests a
 * replacement by typing (the live text untouched), the chair sees it inline and accepts it, the
 * stakeholder sees the text and the status change, and the dashboard counts it for their group.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickEndOf, editorText, waitForText, setUpBrowserSession } from './browser-support.js';

const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

const session = setUpBrowserSession(MARKDOWN);
const { open } = session;

const serverText = () => session.server.deps.registry.open(session.document.documentId).doc.getXmlFragment('default').toString();

/** Double-clicks a word in the text, as a person selects it. */
async function selectWord(page: Page, word: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    const root = window.document.querySelector('[data-testid="editor"]');
    const walker = window.document.createTreeWalker(root ?? window.document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = window.document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not in the text`);
  await page.mouse.dblclick(point.x, point.y);
  await page.waitForFunction((expected) => {
    const editor = window.__concordEditor;
    if (!editor) return false;
    const { from, to } = editor.state.selection;
    return editor.state.doc.textBetween(from, to).trim() === expected;
  }, word);
}

describe('tracked amendments in the browser', () => {
  it('carries a replacement suggested by a stakeholder through to the chair\'s acceptance and the dashboard', async () => {
    const delegate = session.document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    const stakeholder = await open(delegate.token);
    const chair = await open(session.document.chair.token);
    await stakeholder.page.getByTestId('suggesting-banner').waitFor();
    const before = await editorText(stakeholder.page);

    // Suggesting mode: the typing becomes a draft shown inline, and never reaches the live text.
    await selectWord(stakeholder.page, 'strongly');
    await stakeholder.page.keyboard.type('firmly');
    await stakeholder.page.locator('[data-testid="editor"] [data-testid="draft-inline"]', { hasText: 'firmly' }).waitFor();
    const draft = stakeholder.page.getByTestId('draft-item');
    await draft.waitFor();
    expect(await draft.getByTestId('change-preview').textContent()).toMatch(/strongly.*firmly/);
    expect(await editorText(stakeholder.page)).toBe(before);
    expect(serverText()).toContain('Participants strongly support open standards for all.');
    expect(serverText()).not.toContain('firmly');

    await draft.getByTestId('draft-rationale').fill('Firmer wording, as agreed in the civil society caucus.');
    await draft.getByTestId('draft-submit').click();
    await stakeholder.page.getByTestId('drafts-tray').waitFor({ state: 'detached' });

    // The chair sees it inline, pushed by the server, and accepts it from its popover.
    const inline = chair.page.locator('[data-testid="editor"] [data-testid="inline-amendment"]', { hasText: 'firmly' });
    await inline.waitFor();
    await inline.click();
    const popover = chair.page.getByTestId('inline-popover');
    await popover.waitFor();
    expect(await popover.textContent()).toContain('Firmer wording');
    await popover.getByTestId('amendment-accept').click();
    await chair.page.getByTestId('decision-note').fill('Agreed in informals.');
    await chair.page.getByTestId('decision-confirm').click();

    // Everyone's text changes at once; the stakeholder sees the outcome on their amendment.
    await waitForText(stakeholder.page, 'Participants firmly support open standards for all.');
    await waitForText(chair.page, 'Participants firmly support open standards for all.');
    await stakeholder.page.getByTestId('amendments-button').click();
    const card = stakeholder.page.locator('[data-testid="amendment-card"][data-status="accepted"]');
    await card.waitFor();
    expect(await card.getByTestId('amendment-status').textContent()).toBe('Accepted');
    expect(await card.textContent()).toContain('Agreed in informals.');
    expect(await stakeholder.page.locator('[data-testid="editor"] [data-testid="inline-amendment"]').count()).toBe(0);

    // The dashboard counts it for the group.
    await stakeholder.page.getByTestId('dashboard-link').click();
    await stakeholder.page.getByTestId('dashboard').waitFor();
    const row = stakeholder.page.locator('[data-testid="table-group-status"] tr[data-group="civil-society"]');
    await row.waitFor({ state: 'attached' });
    expect(await row.locator('td[data-status="accepted"]').textContent()).toBe('1');
    expect(await row.locator('td[data-status="total"]').textContent()).toBe('1');
    const bar = stakeholder.page.locator('[data-testid="group-status-row"][data-group="civil-society"] rect[data-status="accepted"]');
    expect(await bar.getAttribute('data-count')).toBe('1');
    await stakeholder.page.getByTestId('dashboard-tab-synthesis').click();
    const synthesis = stakeholder.page.locator('[data-testid="synthesis-group"][data-group="civil-society"]');
    expect(await synthesis.textContent()).toContain('Agreed in informals.');
  });

  it('proposes a new paragraph from the composer, shown to the chair as a ghost block, until the chair closes the period', async () => {
    const delegate = session.document.invite('stakeholder', { name: 'Academia delegate', groupId: 'academia' });
    const stakeholder = await open(delegate.token);
    const chair = await open(session.document.chair.token);

    await clickEndOf(stakeholder.page, 'review in 2030.');
    await stakeholder.page.keyboard.press('Control+Alt+m');
    const composer = stakeholder.page.getByTestId('amendment-composer');
    await composer.waitFor();
    await composer.getByTestId('composer-kind-insert-paragraph').check({ force: true });
    await composer.getByTestId('composer-proposed').fill('Participants invite academia to contribute evidence to the review.');
    await composer.getByTestId('composer-rationale').fill('Evidence-based review.');
    await composer.getByTestId('composer-submit').click();
    await composer.waitFor({ state: 'detached' });

    const ghost = chair.page.locator('[data-testid="editor"] .amendment-ghost', { hasText: 'invite academia' });
    await ghost.waitFor();
    expect(await ghost.getAttribute('data-kind')).toBe('insert-paragraph');
    expect(serverText()).not.toContain('invite academia');

    await chair.page.getByTestId('amendments-button').click();
    await chair.page.getByTestId('period-toggle').click();
    await stakeholder.page.locator('[data-testid="suggesting-banner"]', { hasText: 'closed' }).waitFor();
    expect(await stakeholder.page.getByTestId('compose-button').isDisabled()).toBe(true);
  });
});
