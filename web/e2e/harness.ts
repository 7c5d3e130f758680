import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { build } from 'vite';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import { loadDemo } from '../../src/app/load-demo.js';
import { buildServer } from '../../src/http/server.js';
import { migrateToLatest, openDatabase, type Database } from '../../src/store/database.js';
import { buildAccount, TEST_PASSWORD } from '../../src/test-support/accounts.js';

export const CHROMIUM = '/usr/bin/chromium';
/** The flags DESIGN.md asks for: no sandbox (CI runs as root), no GPU, nothing phoning home. */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const webRoot = fileURLToPath(new URL('..', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

/** Whether browser tests can run here; with CI=true a missing Chromium fails instead of skipping. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); CI=true does not skip them`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: no Chromium at ${CHROMIUM} (apt-get install -y chromium) !!!\n`);
  return false;
}

export interface BrowserWorld {
  baseUrl: string;
  browser: Browser;
  database: Database;
  /** The app layer over the same database (acting as the local system), for seeding. */
  ctx: AppContext;
  username: string;
  password: string;
  close(): Promise<void>;
}

/**
 * Builds the web app as it is now, serves it with the API on a loopback port over a fresh SQLite
 * file seeded with the demo organizations, and starts Debian's Chromium.
 */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'cellbook-web-'));
  const outDir = join(dir, 'web');
  await build({ root: webRoot, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const database = openDatabase(join(dir, 'cellbook.db'));
  await migrateToLatest(database);
  const ctx = createAppContext(database);
  await loadDemo(ctx);
  const admin = await buildAccount(ctx, { username: 'staffer', admin: true });
  const app = await buildServer(ctx, { webRoot: outDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  mkdirSync(artifactsDir, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    database,
    ctx,
    username: admin.username,
    password: TEST_PASSWORD,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  /** The world of the file's tests (set before the first test). */
  world: BrowserWorld;
  /** The current test's page, in a browser context of its own (set before each test). */
  page: Page;
  /** Fails the test if the page as it is now has serious or critical accessibility violations. */
  expectAccessible(what: string): Promise<void>;
  /** GET an API path with the page's session cookie; fails the test unless it answers 200. */
  getJson<T>(path: string): Promise<T>;
  /** Replaces the test's page by one on a phone-sized touch screen, signed in; returns it. */
  onPhone(opts?: { timezoneId?: string }): Promise<Page>;
}

/**
 * The hooks every browser test file needs, registered in the calling `describe`: one world for the
 * file (then `seed`), and for each test a fresh browser context and page (signed in as the world's
 * staff account with `signIn`), a screenshot when the test fails, and the context closed after it.
 */
export function useBrowserSession(opts: { seed?: (world: BrowserWorld) => Promise<void>; signIn?: boolean; timezoneId?: string } = {}): BrowserSession {
  let context: BrowserContext | undefined;
  const openPage = async (options: BrowserContextOptions): Promise<Page> => {
    await context?.close();
    context = await session.world.browser.newContext({ locale: 'en-GB', ...options });
    session.page = await context.newPage();
    return session.page;
  };
  const zone = (timezoneId: string | undefined): BrowserContextOptions => (timezoneId ? { timezoneId } : {});
  const session: BrowserSession = {
    world: undefined as unknown as BrowserWorld,
    page: undefined as unknown as Page,
    async expectAccessible(what) {
      expect(await seriousA11yViolations(session.page), `accessibility of ${what}`).toEqual([]);
    },
    async getJson<T>(path: string): Promise<T> {
      const res = await session.page.request.get(`${session.world.baseUrl}${path}`);
      expect(res.status(), path).toBe(200);
      return (await res.json()) as T;
    },
    async onPhone(o = {}) {
      const page = await openPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, ...zone(o.timezoneId) });
      await signIn(page, session.world);
      return page;
    },
  };
  beforeAll(async () => {
    session.world = await startBrowserWorld();
    await opts.seed?.(session.world);
  }, 180_000);
  afterAll(async () => {
    await session.world?.close();
  });
  beforeEach(async () => {
    const page = await openPage({ viewport: { width: 1280, height: 900 }, ...zone(opts.timezoneId) });
    if (opts.signIn) await signIn(page, session.world);
  });
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await screenshot(session.page, `failed-${test.task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
    await context?.close();
    context = undefined;
  });
  return session;
}

export async function signIn(page: Page, world: BrowserWorld, as: { username: string; password: string } = world): Promise<void> {
  await page.goto(`${world.baseUrl}/login`);
  await page.getByLabel('Username').fill(as.username);
  await page.getByLabel(/^Password/).fill(as.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Organizations' }).waitFor();
}

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(' | ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}
