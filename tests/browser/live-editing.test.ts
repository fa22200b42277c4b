import { describe, expect, it } from 'vitest';
import { clickEndOf, editorText, waitForText, type Participant, setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

describe('live co-editing in the browser', () => {
  it('shows one person\'s typing to the other, with a caret bearing their name', async () => {
    const drafter = session.document.invite('drafter', { name: 'Drafter Daria', groupId: 'technical-community' });
    const chair = await open(session.document.chair.token);
    const daria = await open(drafter.token);
    await clickEndOf(daria.page, 'First operative.');
    await daria.page.keyboard.type(' Typed live by Daria.');
    await waitForText(chair.page, 'Typed live by Daria.');
    const caret = chair.page.locator('.collab-caret__label', { hasText: 'Drafter Daria' });
    await caret.first().waitFor();
    expect(await caret.first().textContent()).toContain('Drafter Daria');
    const present = chair.page.locator(`[data-testid="presence-user"][data-participant-id="${drafter.participantId}"]`);
    await present.waitFor({ state: 'attached' });
    expect(await present.textContent()).toContain('Drafter Daria');
  });

  it('renumbers operative paragraphs when one is inserted above', async () => {
    const chair = await open(session.document.chair.token);
    const observer = await open(session.document.invite('observer').token);
    const numbers = (page: Participant['page']) =>
      page.locator('[data-testid="editor"] [data-kind="operative"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-number')));
    expect(await numbers(observer.page)).toEqual(['1.', '2.']);
    await clickEndOf(chair.page, 'First operative.');
    await chair.page.keyboard.press('Home');
    await chair.page.keyboard.type('A new first paragraph.');
    await chair.page.keyboard.press('Enter');
    await waitForText(observer.page, 'A new first paragraph.');
    await observer.page.waitForFunction(() => window.document.querySelectorAll('[data-testid="editor"] [data-kind="operative"]').length === 3);
    expect(await numbers(observer.page)).toEqual(['1.', '2.', '3.']);
    const texts = await observer.page.locator('[data-testid="editor"] [data-kind="operative"]').allTextContents();
    expect(texts[0]).toContain('A new first paragraph.');
    expect(texts[1]).toContain('First operative.');
  });

  it('does not let a stakeholder type into the text: their typing becomes a suggestion', async () => {
    const stakeholder = await open(session.document.invite('stakeholder').token);
    await stakeholder.page.getByTestId('suggesting-banner').waitFor();
    const before = await editorText(stakeholder.page);
    await clickEndOf(stakeholder.page, 'First operative.');
    await stakeholder.page.keyboard.type(' should not appear');
    await stakeholder.page.keyboard.press('Backspace');
    await stakeholder.page.keyboard.press('Enter');
    await stakeholder.page.keyboard.press('Escape');
    await stakeholder.page.locator('[data-testid="draft-inline"]', { hasText: 'should not appea' }).waitFor();
    expect(await editorText(stakeholder.page)).toBe(before);
    const stored = session.server.deps.registry.open(session.document.documentId).doc.getXmlFragment('default').toString();
    expect(stored).not.toContain('should not appear');
  });

  it('merges an edit made offline, kept across a reload, once the writer reconnects', async () => {
    const chair = await open(session.document.chair.token);
    const observer = await open(session.document.invite('observer').token);
    await chair.goOffline();
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="offline"]');
    await clickEndOf(chair.page, 'Second operative.');
    await chair.page.keyboard.type(' Written on the train.');
    // The edit survives a reload while still offline (kept in IndexedDB on this device, once written there).
    await chair.page.evaluate(() => window.__concordLocalCopySettled?.());
    chair.page.once('dialog', (dialog) => void dialog.accept());
    await chair.page.reload();
    await chair.page.waitForFunction(() => (window.__concordEditor?.getText() ?? '').includes('Written on the train.'));
    expect(await editorText(observer.page)).not.toContain('Written on the train.');
    chair.goOnline();
    await waitForText(observer.page, 'Written on the train.', 30_000);
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
  });
});
