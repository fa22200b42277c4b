import { describe, expect, it } from 'vitest';
import { setUpBrowserSession } from './browser-support.js';

const session = setUpBrowserSession('# Audit summary\n\n## Section\n\n*Recalling* the past,\n\n1. Participants support open standards.\n\n1. Second operative.\n');
const { open } = session;

async function call(token: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${session.server.url}/api/documents/${session.document.documentId}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

describe('the audit log screen', () => {
  it('lists decisions and status changes in words, newest first, filtered by what and by group', async () => {
    const chair = session.document.chair;
    const delegate = session.document.invite('stakeholder', { name: 'Ana Lopez (CS)', groupId: 'civil-society' });
    const paragraphs = (await call(chair.token, 'GET', '/paragraphs')).paragraphs as { id: string; text: string }[];
    const first = paragraphs.find((paragraph) => paragraph.text.startsWith('Participants support'));
    if (!first) throw new Error('no operative paragraph');
    const proposed = (await call(delegate.token, 'POST', '/amendments', { paragraphId: first.id, from: 13, to: 20, expected: 'support', proposed: 'endorse', rationale: 'Stronger' })) as { amendment: { id: string } };
    await call(chair.token, 'POST', `/amendments/${proposed.amendment.id}/decision`, { decision: 'accept', note: 'Agreed in the room' });
    await call(chair.token, 'PUT', `/paragraphs/${first.id}/status`, { status: 'bracketed' });

    const { page } = await open(chair.token);
    await page.getByTestId('audit-link').click();
    await page.getByTestId('audit-page').waitFor();
    const texts = () => page.getByTestId('audit-entry-text').allTextContents();
    await page.getByTestId('audit-entry').first().waitFor();
    expect((await texts()).slice(0, 3)).toEqual([
      'Set OP 1 from Open to Bracketed',
      'Accepted the amendment of Civil society to OP 1',
      'Proposed an amendment to OP 1',
    ]);
    expect(await page.getByTestId('audit-list').textContent()).toContain('Agreed in the room');
    expect(await page.getByTestId('audit-list').textContent()).not.toMatch(/am_|p[a-z0-9]{10}\b/);

    await page.getByTestId('audit-filter-category').selectOption('paragraphs');
    expect(await texts()).toEqual(['Set OP 1 from Open to Bracketed']);
    await page.getByTestId('audit-filter-category').selectOption('all');
    await page.getByTestId('audit-filter-group').selectOption('civil-society');
    expect(await texts()).toEqual(['Proposed an amendment to OP 1']);
    expect(await page.getByTestId('audit-count').textContent()).toBe('1 entry');

    await page.getByRole('button', { name: 'Français' }).click();
    expect(await texts()).toEqual(['A proposé un amendement (Par. 1)']);
    expect(await page.getByTestId('audit-count').textContent()).toBe('1 entrée');
    await page.getByTestId('audit-back').click();
    await page.getByTestId('editor').waitFor();
  });
});
