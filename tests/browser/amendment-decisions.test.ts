/**
 * The chair's decisions as a stakeholder lives them, two people in their own contexts: a warning before
 * accepting names what will turn stale (group and paragraph, never an id); the author is told why in their
 * language; a stale card can still be rejected; bulk decisions act on ticked cards only, say how many they
 * skip and why, and confirm by the count.
 */
import { describe, expect, it } from 'vitest';
import { proposeReplacement } from '../support/amendments.js';
import { setUpBrowserSession, waitForText } from './browser-support.js';

const MARKDOWN = '# Outcome\n\n## Actions\n\n1. Participants strongly support open standards for all.\n\n1. Participants call for a review in 2030.\n';

const session = setUpBrowserSession(MARKDOWN);

describe('deciding amendments in the browser', () => {
  it('warns before an acceptance that stales another, tells its author why in words, and lets the chair close the stale one', async () => {
    const { server, document } = session;
    const delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    const academic = document.invite('stakeholder', { name: 'Academia delegate', groupId: 'academia' });
    expect((await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly', 'firmly')).status).toBe(201);
    expect((await proposeReplacement(server.url, academic.token, document.documentId, 'strongly support', 'endorse')).status).toBe(201);
    const author = await session.open(academic.token);
    const chair = await session.open(document.chair.token);

    await chair.page.getByTestId('amendments-button').click();
    const first = chair.page.locator('[data-testid="amendment-card"]', { hasText: 'firmly' });
    await first.getByTestId('amendment-accept').click();
    const warning = chair.page.getByTestId('decision-dialog').getByTestId('stale-warning');
    await warning.waitFor();
    const warned = (await warning.textContent()) ?? '';
    expect(warned).toContain('Accepting this makes 1 other amendment stale');
    expect(warned).toContain('Academia, OP 1: “strongly support”');
    expect(warned).not.toMatch(/am_/);
    await chair.page.getByTestId('decision-note').fill('Agreed in informals.');
    await chair.page.getByTestId('decision-confirm').click();
    await waitForText(author.page, 'Participants firmly support');

    // The author: a toast and a card that say why, by the accepted amendment's group and paragraph.
    const toast = author.page.getByTestId('toast').filter({ hasText: 'no longer apply' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('it overlaps the amendment by Civil society on OP 1, which was accepted');
    expect(await toast.textContent()).not.toMatch(/am_/);
    await author.page.locator('[data-testid="language-switch"] button[lang="fr"]').click();
    await author.page.getByTestId('amendments-button').click();
    const staleCard = author.page.locator('[data-testid="amendment-card"][data-status="stale"]');
    await expect.poll(() => staleCard.textContent()).toContain('il chevauche l’amendement de Société civile (Par. 1), qui a été accepté');
    const acceptedCard = author.page.locator('[data-testid="amendment-card"][data-status="accepted"]');
    expect(await acceptedCard.locator('.amendment-card__note').textContent()).toBe('« Agreed in informals. »');

    // The chair's stale card offers Reject (closing it), not Accept.
    const stale = chair.page.locator('[data-testid="amendment-card"][data-status="stale"]');
    await stale.waitFor();
    expect(await stale.getByTestId('amendment-accept').count()).toBe(0);
    await stale.getByTestId('amendment-reject').click();
    const dialog = chair.page.getByTestId('decision-dialog');
    expect(await dialog.textContent()).toContain('It can no longer apply as written. Rejecting closes it');
    await chair.page.getByTestId('decision-confirm').click();
    await author.page.locator('[data-testid="amendment-card"][data-status="rejected"]').waitFor();
  });

  it('decides only the ticked cards, says how many stale ones it skips and why, and confirms by the count', async () => {
    const { server, document } = session;
    const delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    for (const [expected, proposed] of [['strongly', 'firmly'], ['strongly support', 'endorse'], ['review', 'full review'], ['2030', '2028'], ['for all', 'for everyone']]) {
      expect((await proposeReplacement(server.url, delegate.token, document.documentId, expected as string, proposed as string)).status).toBe(201);
    }
    const watcher = await session.open(delegate.token);
    const chair = await session.open(document.chair.token);
    const page = chair.page;
    await page.getByTestId('amendments-button').click();
    const card = (text: string) => page.locator('[data-testid="amendment-card"]', { hasText: text });

    // Nothing is decided in bulk until cards are ticked.
    await page.getByTestId('bulk-bar').waitFor();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('Tick amendments to decide several at once');
    expect(await page.getByTestId('bulk-accept').isDisabled()).toBe(true);

    // Make one stale: accept "firmly", which overlaps "endorse".
    await card('firmly').getByTestId('amendment-accept').click();
    await page.getByTestId('decision-confirm').click();
    await card('endorse').and(page.locator('[data-status="stale"]')).waitFor();

    // Tick the stale one and two others, by their labelled checkboxes.
    await card('endorse').getByTestId('amendment-tick').check();
    await card('full review').getByTestId('amendment-tick').check();
    await page.getByRole('checkbox', { name: /Replace · OP 2 · Civil society/ }).nth(1).check();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('3 ticked');
    expect(await page.getByTestId('bulk-accept').textContent()).toBe('Accept ticked (3)');

    await page.getByTestId('bulk-accept').click();
    const bulk = page.getByTestId('bulk-dialog');
    await bulk.waitFor();
    expect(await bulk.getByRole('heading').first().textContent()).toBe('Accept 2 amendments?');
    expect(await bulk.getByTestId('bulk-skipped').textContent()).toContain('1 ticked amendment is stale and is skipped: its text changed after it was proposed');
    expect(await bulk.getByTestId('bulk-confirm').textContent()).toBe('Accept 2 amendments');
    await bulk.getByTestId('bulk-confirm').click();
    await bulk.waitFor({ state: 'detached' });
    await waitForText(watcher.page, 'Participants call for a full review in 2028.');

    // The stale one and the unticked one are untouched.
    expect(await card('endorse').getAttribute('data-status')).toBe('stale');
    expect(await card('for everyone').getAttribute('data-status')).toBe('proposed');
    expect(await page.getByTestId('bulk-count').textContent()).toBe('1 ticked');

    // Rejecting in bulk closes the stale one too; in French the buttons say what they do.
    await page.locator('[data-testid="language-switch"] button[lang="fr"]').click();
    expect(await page.getByTestId('bulk-reject').textContent()).toBe('Rejeter la sélection (1)');
    await page.getByTestId('bulk-tick-all').check();
    expect(await page.getByTestId('bulk-accept').textContent()).toBe('Accepter la sélection (2)');
    await page.getByTestId('bulk-reject').click();
    expect(await page.getByTestId('bulk-confirm').textContent()).toBe('Rejeter 2 amendements');
    await page.getByTestId('bulk-confirm').click();
    await expect.poll(() => page.locator('[data-testid="amendment-card"][data-status="rejected"]').count()).toBe(2);
  });

  it('warns that accepting two overlapping ticked cards stales one, and names it and why, never by id, when it is not decided', async () => {
    const { server, document } = session;
    const delegate = document.invite('stakeholder', { name: 'Civil society delegate', groupId: 'civil-society' });
    const academic = document.invite('stakeholder', { name: 'Academia delegate', groupId: 'academia' });
    expect((await proposeReplacement(server.url, delegate.token, document.documentId, 'strongly', 'firmly')).status).toBe(201);
    expect((await proposeReplacement(server.url, academic.token, document.documentId, 'strongly support', 'endorse')).status).toBe(201);
    const chair = await session.open(document.chair.token);
    const page = chair.page;
    await page.getByTestId('amendments-button').click();
    await page.getByTestId('bulk-tick-all').check();
    await page.getByTestId('bulk-accept').click();
    const bulk = page.getByTestId('bulk-dialog');
    const warning = bulk.getByTestId('stale-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Accepting these makes 1 amendment stale');
    expect(await warning.textContent()).toContain('Academia, OP 1: “strongly support”');
    await bulk.getByTestId('bulk-confirm').click();
    const failures = bulk.getByTestId('bulk-failures');
    await failures.waitFor();
    const said = (await failures.textContent()) ?? '';
    expect(said).toContain('OP 1 · Academia · “strongly support”');
    expect(said).toContain('Cannot apply as written: it overlaps the amendment by Civil society on OP 1, which was accepted.');
    expect(said).not.toMatch(/am_/);
  });
});
