/**
 * Amendment cards name their paragraph as delegates cite it (PP 2, OP 2 (b), a heading by its words), in
 * English and French, and the paragraph filter is a searchable combobox worked from the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { proposeReplacement } from '../support/amendments.js';
import { setUpBrowserSession } from './browser-support.js';

const MARKDOWN = [
  '# Outcome',
  'Recalling the Geneva Declaration,',
  'Noting the Tunis Agenda,',
  '## Digital inclusion',
  '1. Calls for open standards.',
  '2. Invites all stakeholders:',
  '   - to share data;',
  '   - to publish code;',
  '',
].join('\n\n');

const session = setUpBrowserSession(MARKDOWN);

describe('paragraph labels and the paragraph picker', () => {
  it('labels cards PP 2, OP 2 (b) and a heading by its words, and filters by a paragraph typed into the picker', async () => {
    const { server, document } = session;
    const delegate = document.invite('stakeholder', { name: 'Academia delegate', groupId: 'academia' });
    for (const [expected, proposed] of [['Tunis', 'Tunis (2005)'], ['publish', 'publish open'], ['Digital', 'Meaningful digital'], ['open standards', 'open, royalty-free standards']]) {
      const answer = await proposeReplacement(server.url, delegate.token, document.documentId, expected as string, proposed as string);
      expect(answer.status).toBe(201);
    }
    const chair = await session.open(document.chair.token);
    const page = chair.page;
    await page.getByTestId('amendments-button').click();
    const places = page.locator('[data-testid="amendment-card"] .amendment-card__what');
    await expect.poll(() => places.allTextContents()).toEqual(['Replace · PP 2', 'Replace · OP 2 (b)', 'Replace · “Digital inclusion”', 'Replace · OP 1']);

    // The picker: a combobox that lists matches as one types, picked with the arrow keys and Enter.
    const input = page.getByTestId('filter-paragraph-input');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await page.getByRole('combobox', { name: 'Paragraph' }).count()).toBe(1);
    await input.focus();
    await page.keyboard.type('op 2');
    const list = page.getByTestId('filter-paragraph-list');
    await list.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = list.getByRole('option');
    expect(await options.allTextContents()).toEqual(['All paragraphs', 'OP 2 (b) — to publish code;']);
    // The first match is active: aria-activedescendant points at it.
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).textContent()).toContain('OP 2 (b)');
    await page.keyboard.press('Enter');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('OP 2 (b)');
    await expect.poll(() => places.allTextContents()).toEqual(['Replace · OP 2 (b)']);

    // Searching by words; Escape closes the list, a second Escape clears the filter.
    await input.fill('');
    await page.keyboard.type('geneva');
    expect(await options.allTextContents()).toEqual(['All paragraphs']);
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await expect.poll(() => places.count()).toBe(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => places.allTextContents()).toEqual(['Replace · “Digital inclusion”']);

    // French: the same paragraphs as a French reader cites them.
    await page.locator('[data-testid="language-switch"] button[lang="fr"]').click();
    await input.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => places.allTextContents()).toEqual([
      'Remplacement · Al. 2 du préambule',
      'Remplacement · Par. 2 (b)',
      'Remplacement · « Digital inclusion »',
      'Remplacement · Par. 1',
    ]);

    // The dashboard's most amended paragraphs are cited the same way.
    await page.getByTestId('dashboard-link').click();
    const chart = page.locator('[data-testid="chart-paragraphs"] .paragraph-heat__label');
    await chart.first().waitFor();
    expect((await chart.allTextContents()).sort()).toEqual(['Al. 2 du préambule', 'Par. 1', 'Par. 2 (b)', '« Digital inclusion »']);
  });
});
