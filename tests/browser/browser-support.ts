/** Launches Debian's Chromium through playwright-core and opens Concord as a given participant. */
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { buildDocument, type TestDocument } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface Participant {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Cuts this participant's collaboration socket (and keeps it cut) until `goOnline`. */
  goOffline: () => Promise<void>;
  goOnline: () => void;
}

/**
 * Opens the sign-in link in a browser context of its own: contexts share no storage and no
 * BroadcastChannel, so two participants see each other only through the server.
 */
export async function openAs(browser: Browser, baseUrl: string, documentId: string, token: string): Promise<Participant> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  let offline = false;
  const sockets = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab\//, (route) => {
    if (offline) {
      void route.close({ code: 1001, reason: 'offline (test)' });
      return;
    }
    sockets.add(route);
    route.connectToServer();
  });

  await page.goto(`${baseUrl}/d/${documentId}#token=${token}`);
  await page.getByTestId('editor').waitFor();
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
  await page.waitForFunction(() => Boolean(window.__concordEditor));
  return {
    context,
    page,
    consoleErrors,
    goOffline: async () => {
      offline = true;
      for (const route of sockets) await route.close({ code: 1001, reason: 'offline (test)' });
      sockets.clear();
    },
    goOnline: () => {
      offline = false;
    },
  };
}

export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__concordEditor?.getText() ?? '');
}

export async function waitForText(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((expected) => (window.__concordEditor?.getText() ?? '').includes(expected), text, { timeout });
}

/** Puts the caret at the end of the block whose text contains `needle`. */
export async function clickEndOf(page: Page, needle: string): Promise<void> {
  const block = page.locator('[data-testid="editor"] > *', { hasText: needle }).first();
  await block.click();
  await page.keyboard.press('End');
}

export interface BrowserSession {
  readonly server: TestServer;
  readonly document: TestDocument;
  /** Opens the document as the token's participant, in a browser context of its own. */
  open: (token: string) => Promise<Participant>;
}

/**
 * One Chromium and one server for the file, a fresh document for each test (its people are new, and
 * each participant has a context of their own), and every participant's context closed after it with a
 * check that its page logged no unexpected console error.
 */
export function setUpBrowserSession(markdown?: string): BrowserSession {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  let document: TestDocument | undefined;
  const opened: Participant[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startTestServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });
  beforeEach(() => {
    document = buildDocument(must(server, 'the server').deps, markdown === undefined ? {} : { markdown });
  });
  afterEach(async () => {
    for (const participant of opened.splice(0)) {
      expect(participant.consoleErrors.filter((error) => !/WebSocket|ERR_|offline \(test\)/.test(error))).toEqual([]);
      await participant.context.close();
    }
  });
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };
  return {
    get server() {
      return must(server, 'the server');
    },
    get document() {
      return must(document, 'the document');
    },
    open: async (token) => {
      const participant = await openAs(must(browser, 'the browser'), must(server, 'the server').url, must(document, 'the document').documentId, token);
      opened.push(participant);
      return participant;
    },
  };
}
