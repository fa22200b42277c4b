/**
 * What a person may no longer read leaves the screen and the device: revocation clears the document's
 * text and its IndexedDB copy; signing out deletes every copy of that person (not other people's).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDocument } from '../support/factories.js';
import { api } from '../support/api.js';
import { type Participant, setUpBrowserSession, waitForText } from './browser-support.js';

const session = setUpBrowserSession();
const { open } = session;

const copyName = (documentId: string, participantId: string) => `concord:${documentId}:${participantId}`;

function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : [])));
}

async function waitForDatabases(page: Page, predicate: (names: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const names = await databaseNames(page);
    if (predicate(names)) return names;
    if (Date.now() > deadline) throw new Error(`${what}; IndexedDB holds ${JSON.stringify(names)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function showDocument(page: Page, documentId: string, text: string): Promise<void> {
  await page.goto(`${session.server.url}/d/${documentId}`);
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
  await waitForText(page, text);
}

/** A stakeholder of the session's document who also takes part in a second one, with both open once on their device. */
async function stakeholderOfTwo() {
  const stakeholder = session.document.invite('stakeholder', { name: 'Stakeholder Sam' });
  const other = buildDocument(session.server.deps, { markdown: '# Other summary\n\n1. Other operative.\n' });
  const second = session.server.deps.participants.addParticipant({
    documentId: other.documentId,
    personId: stakeholder.personId,
    role: 'stakeholder',
    groupId: 'civil-society',
    invitedBy: other.chair.participantId,
  });
  const sam = await open(stakeholder.token);
  await showDocument(sam.page, other.documentId, 'Other operative.');
  await showDocument(sam.page, session.document.documentId, 'First operative.');
  const names = { first: copyName(session.document.documentId, stakeholder.participantId), second: copyName(other.documentId, second.id) };
  await waitForDatabases(sam.page, (held) => held.includes(names.first) && held.includes(names.second), 'both copies were never stored');
  return { sam, stakeholder, names };
}

function revoke(participantId: string) {
  return api(session.server.url, 'DELETE', `/api/documents/${session.document.documentId}/participants/${participantId}`, {
    token: session.document.chair.token,
  });
}

/** The server answers a revoked person's last requests with 401 or 404, which the browser logs; those are expected here. */
function forgetRefusedRequests(participant: Participant): void {
  const kept = participant.consoleErrors.filter((error) => !/status of (401|404)/.test(error));
  participant.consoleErrors.splice(0, participant.consoleErrors.length, ...kept);
}

async function expectNoTextOnScreen(page: Page): Promise<void> {
  expect(await page.getByTestId('editor').count()).toBe(0);
  const shown = await page.evaluate(() => window.document.body.textContent ?? '');
  for (const text of ['Test summary', 'Recalling', 'First operative.', 'Second operative.']) expect(shown).not.toContain(text);
  expect(await page.title()).not.toContain('Test summary');
}

describe('clearing what a person may no longer read', () => {
  it('takes the text off the screen and deletes its copy on this device when the chair revokes access', async () => {
    const { sam, stakeholder, names } = await stakeholderOfTwo();
    expect((await revoke(stakeholder.participantId)).status).toBe(200);

    await sam.page.getByTestId('local-copy-cleared').waitFor({ timeout: 20_000 });
    expect(['4410', '4404']).toContain(await sam.page.getByTestId('refusal-notice').getAttribute('data-code'));
    await expectNoTextOnScreen(sam.page);
    const held = await waitForDatabases(sam.page, (current) => !current.includes(names.first), 'the revoked copy is still there');
    // Their other document is theirs to keep, and they are still signed in.
    expect(held).toContain(names.second);
    expect(await sam.page.getByTestId('sign-out').count()).toBe(1);

    // Coming back to the document brings neither the text nor a new copy.
    await sam.page.reload();
    await sam.page.getByText('This document does not exist, or you are not one of its participants.').waitFor({ timeout: 20_000 });
    await expectNoTextOnScreen(sam.page);
    expect(await databaseNames(sam.page)).not.toContain(names.first);
    forgetRefusedRequests(sam);
  });

  it('deletes every copy of that person when they sign out, and only theirs', async () => {
    const { sam, names } = await stakeholderOfTwo();
    const someoneElse = copyName('doc_someone', 'pa_someone');
    await sam.page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(new Error('could not create the database'));
        }),
      someoneElse,
    );
    await sam.page.evaluate(() => {
      localStorage.setItem('concord.language', 'en');
      localStorage.setItem('concord.silence.dismissed', '["si_1"]');
    });

    await sam.page.getByTestId('sign-out').click();
    await sam.page.getByTestId('signin-notice').waitFor();
    const held = await waitForDatabases(sam.page, (current) => !current.includes(names.first) && !current.includes(names.second), 'a copy survived sign-out');
    expect(held).toContain(someoneElse);
    // The record of copies goes once they are deleted; the language is the device's, not the person's.
    await sam.page.waitForFunction(() => Object.keys(localStorage).filter((key) => key.startsWith('concord.')).join() === 'concord.language', null, {
      timeout: 20_000,
    });
  });

  it('signs out and deletes everything when the revoked document was the person\'s last one', async () => {
    const stakeholder = session.document.invite('stakeholder');
    const sam = await open(stakeholder.token);
    const name = copyName(session.document.documentId, stakeholder.participantId);
    await waitForDatabases(sam.page, (held) => held.includes(name), 'the copy was never stored');
    expect((await revoke(stakeholder.participantId)).status).toBe(200);

    // Their token ends with their last membership: the next request is refused and the device signs out.
    await sam.page.locator('.signin').waitFor({ timeout: 20_000 });
    await expectNoTextOnScreen(sam.page);
    const held = await waitForDatabases(sam.page, (current) => !current.some((db) => db.startsWith('concord:')), 'a copy survived');
    expect(held).toEqual([]);
    forgetRefusedRequests(sam);
  });
});
