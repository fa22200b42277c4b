import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_GROUPS, findGroup } from '../../shared/groups.js';
import { setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;

describe('a phone and the group colours', () => {
  it('shows the document, the dashboard and the audit log on a 390 px screen without sideways scrolling or cut group names', async () => {
    const { page } = await open(session.document.chair.token);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBe(0);

    await page.goto(`${session.server.url}/d/${session.document.documentId}/dashboard`);
    await page.getByTestId('group-status-row').first().waitFor();
    expect(await overflow(page)).toBe(0);
    // Every group's name fits inside its chart and ends before the chart's edge.
    const names = await page.locator('[data-testid="chart-group-status"] .chart__label, [data-testid="chart-acceptance"] .chart__label').evaluateAll((labels) =>
      labels.map((label) => {
        const svg = label.closest('svg')?.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return { text: label.textContent, inside: svg !== undefined && box.left >= svg.left && box.right <= svg.right };
      }),
    );
    expect(names.filter((name) => !name.inside)).toEqual([]);
    expect(names.map((name) => name.text)).toContain('International organizations');

    await page.goto(`${session.server.url}/d/${session.document.documentId}/audit`);
    await page.getByTestId('audit-page').waitFor();
    expect(await overflow(page)).toBe(0);
  });

  it('draws a participant with letter initials and their group in the checked colour', async () => {
    const academic = session.document.invite('drafter', { name: 'Ana Lopez (CS)', groupId: 'academia' });
    const chair = await open(session.document.chair.token);
    await open(academic.token);
    const avatar = chair.page.getByTestId('presence-user').locator('.avatar', { hasText: 'AL' });
    await avatar.waitFor();
    expect(hex(await avatar.evaluate((node) => getComputedStyle(node).backgroundColor))).toBe(findGroup(DEFAULT_GROUPS, 'academia')?.color);
    expect(await chair.page.getByTestId('presence-list').textContent()).not.toContain('A(');
  });
});
