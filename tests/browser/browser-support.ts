/** Launches Debian's Chromium through playwright-core and opens Concord as a given participant. */
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { existsSync } from 'node:fs';

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
