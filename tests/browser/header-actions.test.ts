import { describe, expect, it } from 'vitest';
import { clickEndOf, setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

describe('the document header', () => {
  it('labels its actions on a wide screen and folds them into More on a phone', async () => {
    const chair = await open(session.document.chair.token);
    const { page } = chair;
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const name of ['Dashboard', 'Amendments', 'Revisions', 'Export', 'Audit log']) {
      const action = page.locator('.doc-header__tools').getByRole(name === 'Dashboard' || name === 'Audit log' ? 'link' : 'button', { name });
      expect(await action.isVisible(), name).toBe(true);
      const label = await action.locator('.doc-header__tool-label').boundingBox();
      expect(label?.width ?? 0, `${name} shows its label`).toBeGreaterThan(20);
    }
    expect(await page.getByTestId('header-more').isVisible()).toBe(false);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.getByTestId('export-button').isVisible()).toBe(false);
    await page.getByTestId('header-more').click();
    const items = page.getByRole('menu').getByRole('menuitem');
    expect(await items.allTextContents()).toEqual(['Dashboard', 'Amendments', 'Participants', 'Revisions', 'Export', 'Audit log']);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByTestId('export-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-more');

    await page.getByTestId('header-more').click();
    await page.getByTestId('more-revisions').click();
    await page.getByTestId('revisions-panel').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // On a phone the header is two rows at most: title, then status, presence, More, language and account.
    expect(await page.locator('.doc-header').evaluate((node) => node.getBoundingClientRect().height)).toBeLessThan(130);
  });

  it('says why the kind and status buttons are greyed out until the caret is in a paragraph', async () => {
    const chair = await open(session.document.chair.token);
    const { page } = chair;
    const hint = page.getByTestId('toolbar-hint');
    expect(await hint.textContent()).toBe('Put the caret in a paragraph to change its kind or status.');
    expect(await page.locator('[data-kind="operative"].tool-button').getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await clickEndOf(page, 'First operative.');
    await hint.waitFor({ state: 'detached' });
    await page.locator('[data-testid="editor"] h1').click();
    await hint.waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    expect(await hint.textContent()).toBe('Placez le curseur dans un paragraphe pour en changer le type ou le statut.');
  });
});
