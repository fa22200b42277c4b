import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_GROUPS } from '../../shared/groups.js';
import { callApi } from './api-calls.js';
import { allViolationIds, seriousViolations } from './axe.js';
import { clickEndOf, setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession(
  '# Accessible summary\n\n## Section\n\n*Recalling* the past,\n\n1. Participants support open standards.\n\n1. Participants call for a review.\n\n    - of the mandate,\n',
);
const { open } = session;

interface Screen {
  name: string;
  /** Opens the screen from the document page (and returns when it shows). */
  show: (page: Page) => Promise<void>;
  /** Undoes it, back to the document page. */
  hide?: (page: Page) => Promise<void>;
}

const press = (key: string) => async (page: Page) => page.keyboard.press(key);
const back = async (page: Page) => {
  await page.goBack();
  await page.getByTestId('editor').waitFor();
};

const SCREENS: readonly Screen[] = [
  { name: 'document', show: async (page) => clickEndOf(page, 'open standards.') },
  { name: 'amendments panel', show: async (page) => { await page.getByTestId('amendments-button').click(); await page.getByTestId('amendments-panel').waitFor(); }, hide: press('Escape') },
  { name: 'participants panel', show: async (page) => { await page.getByTestId('participants-button').click(); await page.getByTestId('participants-panel').waitFor(); }, hide: press('Escape') },
  { name: 'revisions panel', show: async (page) => { await page.getByTestId('revisions-button').click(); await page.getByTestId('revisions-panel').waitFor(); }, hide: press('Escape') },
  { name: 'export dialog', show: async (page) => { await page.getByTestId('export-button').click(); await page.getByTestId('export-dialog').waitFor(); }, hide: press('Escape') },
  { name: 'shortcuts dialog', show: async (page) => { await page.getByTestId('shortcuts-button').click(); await page.getByTestId('shortcuts-dialog').waitFor(); }, hide: press('Escape') },
  { name: 'silence break dialog', show: async (page) => { await page.getByTestId('break-silence-button').click(); await page.getByTestId('break-silence-dialog').waitFor(); }, hide: press('Escape') },
  { name: 'silence breaks unfolded', show: async (page) => { await page.getByTestId('silence-breaks-toggle').click(); await page.getByTestId('silence-breaks-region').waitFor(); }, hide: async (page) => page.getByTestId('silence-breaks-toggle').click() },
  {
    name: 'comparison',
    show: async (page) => {
      await page.getByTestId('revisions-button').click();
      await page.getByTestId('compare-live-button').first().click();
      await page.getByTestId('compare-summary').waitFor();
    },
    hide: back,
  },
  { name: 'dashboard', show: async (page) => { await page.getByTestId('dashboard-link').click(); await page.getByTestId('dashboard').waitFor(); await page.getByRole('tab').first().waitFor(); }, hide: back },
  { name: 'audit log', show: async (page) => { await page.getByTestId('audit-link').click(); await page.getByTestId('audit-entry').first().waitFor(); }, hide: back },
  {
    name: 'document list and new document dialog',
    show: async (page) => {
      await page.goto(`${session.server.url}/`);
      await page.getByTestId('new-document-button').click();
      await page.getByTestId('new-document-title').waitFor();
    },
  },
];

/** A revision under silence with a break, and an amendment, so that every part of the screens has content. */
async function furnish(): Promise<void> {
  const call = (token: string, method: string, path: string, body?: unknown) => callApi(session.server.url, session.document.documentId, token, method, path, body);
  const chair = session.document.chair.token;
  const paragraphs = ((await call(chair, 'GET', '/paragraphs')).paragraphs as { id: string; text: string }[]).filter((paragraph) => paragraph.text.startsWith('Participants'));
  const delegate = session.document.invite('stakeholder', { name: 'Ana Lopez (CS)', groupId: DEFAULT_GROUPS[2]?.id });
  await call(delegate.token, 'POST', '/amendments', { paragraphId: paragraphs[0]?.id, from: 13, to: 20, expected: 'support', proposed: 'endorse', rationale: 'Stronger' });
  const revision = (await call(chair, 'POST', '/revisions', { name: 'Rev.1' })) as { revision: { id: string } };
  await call(chair, 'POST', '/silence', { revisionId: revision.revision.id });
  await call(delegate.token, 'POST', '/silence/breaks', { paragraphId: paragraphs[1]?.id, reason: 'Civil society asks for a date.' });
}

describe('accessibility (axe-core) of every main screen and dialog', () => {
  it.each(['en', 'fr'] as const)('has no critical or serious violation in %s', async (language) => {
    await furnish();
    const { page } = await open(session.document.chair.token);
    if (language === 'fr') await page.getByRole('button', { name: 'Français' }).click();
    await page.getByTestId('silence-breaks-toggle').waitFor();
    const found: Record<string, string[]> = {};
    const report: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await screen.show(page);
      found[screen.name] = await seriousViolations(page);
      report[screen.name] = await allViolationIds(page);
      await screen.hide?.(page);
    }
    console.log(`axe (${language})`, JSON.stringify(report, null, 1));
    expect(found).toEqual(Object.fromEntries(SCREENS.map((screen) => [screen.name, []])));
  });
});
