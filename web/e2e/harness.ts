import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
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
