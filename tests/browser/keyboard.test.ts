import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickEndOf, editorText, setUpBrowserSession, waitForText } from './browser-support.js';

const session = setUpBrowserSession('# Keyboard summary\n\n## Section\n\n1. First operative.\n\n1. Second operative.\n');
const { open } = session;

const kindOf = (page: Page, needle: string) =>
  page.locator('[data-testid="editor"] > *', { hasText: needle }).first().getAttribute('data-kind');
const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

describe('the keyboard in the document', () => {
  it('lets Tab leave an operative paragraph with text, for everyone unchanged, and demotes only an empty one', async () => {
    const chair = await open(session.document.chair.token);
    const drafter = await open(session.document.invite('drafter', { name: 'Drafter Dan' }).token);
    await clickEndOf(chair.page, 'First operative.');
    await chair.page.keyboard.press('Home');
    await chair.page.keyboard.press('Tab');
    expect(await kindOf(chair.page, 'First operative.')).toBe('operative');
    expect(await chair.page.evaluate(() => document.activeElement?.closest('[data-testid="editor"]') === null)).toBe(true);

    // An empty paragraph just made with Enter: Tab makes it a sub-item, Shift+Tab an operative again.
    await clickEndOf(chair.page, 'First operative.');
    await chair.page.keyboard.press('Enter');
    await chair.page.keyboard.press('Tab');
    await chair.page.keyboard.type('A sub-item');
    await waitForText(drafter.page, 'A sub-item');
    expect(await kindOf(drafter.page, 'A sub-item')).toBe('subparagraph');
    expect(await kindOf(drafter.page, 'First operative.')).toBe('operative');
    expect(await editorText(drafter.page)).toContain('Second operative.');
  });

  it('shows a focus ring on the editor and returns the focus to the opener on Escape', async () => {
    const chair = await open(session.document.chair.token);
    await clickEndOf(chair.page, 'Second operative.');
    const outline = await chair.page.locator('.page-paper').evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(outline).toBe('solid');

    await chair.page.getByTestId('export-button').focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.getByTestId('export-dialog').waitFor();
    await chair.page.keyboard.press('Escape');
    await chair.page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    expect(await focusedTestId(chair.page)).toBe('export-button');

    await chair.page.getByTestId('revisions-button').focus();
    await chair.page.keyboard.press('Enter');
    await chair.page.getByTestId('revisions-panel').waitFor();
    await chair.page.keyboard.press('Escape');
    await chair.page.getByTestId('revisions-panel').waitFor({ state: 'detached' });
    expect(await focusedTestId(chair.page)).toBe('revisions-button');
  });

  it('opens the shortcuts dialog on ? outside the text, not while typing in it', async () => {
    const chair = await open(session.document.chair.token);
    await clickEndOf(chair.page, 'Second operative.');
    await chair.page.keyboard.type('?');
    await waitForText(chair.page, 'Second operative.?');
    expect(await chair.page.getByTestId('shortcuts-dialog').count()).toBe(0);

    await chair.page.getByTestId('export-button').focus();
    await chair.page.keyboard.press('?');
    const dialog = chair.page.getByTestId('shortcuts-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Leave the text for the next control');
    await chair.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(chair.page)).toBe('export-button');

    await chair.page.getByRole('button', { name: 'Français' }).click();
    await chair.page.getByTestId('shortcuts-button').click();
    expect(await chair.page.getByTestId('shortcuts-dialog').textContent()).toContain('Quitter le texte');
  });
});
