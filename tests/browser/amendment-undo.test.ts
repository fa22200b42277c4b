/**
 * The chair undoes an acceptance: the stakeholder sees the text go back and the amendment open again, in
 * their own context; once someone edits the words it wrote, the undo is refused and says why.
 */
import { describe, expect, it } from 'vitest';
import { decide, proposeReplacement } from '../support/amendments.js';
import { clickEndOf, setUpBrowserSession, waitForText } from './browser-support.js';

const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

const session = setUpBrowserSession(MARKDOWN);

describe('undoing an acceptance in the browser', () => {
  it('reverts the text for everyone and opens the amendment again, until a later edit touches its words', async () => {
    const { server, document } = session;
    const delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    const first = (await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly support', 'welcome')).body.amendment;
    const second = (await proposeReplacement(server.url, delegate.token, document.documentId, 'review', 'full review')).body.amendment;
    await decide(server.url, document.chair.token, document.documentId, first.id, 'accept');
    await decide(server.url, document.chair.token, document.documentId, second.id, 'accept');
    const stakeholder = await session.open(delegate.token);
    const chair = await session.open(document.chair.token);
    await stakeholder.page.getByTestId('amendments-button').click();
    await chair.page.getByTestId('amendments-button').click();

    // The stakeholder is offered no undo; the chair is, and confirms it.
    const theirs = stakeholder.page.locator(`[data-testid="amendment-card"][data-amendment-id="${first.id}"]`);
    await theirs.waitFor();
    expect(await theirs.getByTestId('amendment-undo').count()).toBe(0);
    const card = chair.page.locator(`[data-testid="amendment-card"][data-amendment-id="${first.id}"]`);
    await card.getByTestId('amendment-undo').click();
    const dialog = chair.page.getByRole('dialog', { name: 'Undo this acceptance?' });
    expect(await dialog.textContent()).toContain('as a new edit everyone sees');
    await dialog.getByRole('button', { name: 'Undo acceptance' }).click();
    await waitForText(stakeholder.page, 'Participants strongly support open standards for all.');
    await expect.poll(() => theirs.getAttribute('data-status')).toBe('proposed');
    expect(await card.getByTestId('amendment-accept').count()).toBe(1);

    // A drafter-like edit by the chair inside the accepted words: the undo is refused, with the reason.
    await clickEndOf(chair.page, 'full review');
    for (let i = 0; i < ' review in 2030.'.length; i += 1) await chair.page.keyboard.press('ArrowLeft');
    await chair.page.keyboard.type('er');
    await waitForText(stakeholder.page, 'a fuller review');
    await chair.page.locator(`[data-testid="amendment-card"][data-amendment-id="${second.id}"]`).getByTestId('amendment-undo').click();
    const refused = chair.page.getByRole('dialog', { name: 'Undo this acceptance?' });
    await refused.getByRole('button', { name: 'Undo acceptance' }).click();
    await refused.getByRole('alert').waitFor();
    expect(await refused.getByRole('alert').textContent()).toContain('It can no longer be undone: the words it wrote, or the paragraph, were edited since.');
    expect(await stakeholder.page.locator(`[data-testid="amendment-card"][data-amendment-id="${second.id}"]`).getAttribute('data-status')).toBe('accepted');
    // The refusal is the one failed request the chair's page logged.
    const refusals = chair.consoleErrors.filter((error) => error.includes('409'));
    expect(refusals).toHaveLength(1);
    chair.consoleErrors.splice(chair.consoleErrors.indexOf(refusals[0] ?? ''), 1);
  });
});
