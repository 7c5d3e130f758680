/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot, signIn, useBrowserSession, type BrowserWorld } from './harness.js';

const PARTY = 'demo-party';

describe.runIf(chromiumAvailable())('web app in Chromium', () => {
  const session = useBrowserSession();
  const { expectAccessible } = session;
  let world: BrowserWorld;
  let page: Page;
  beforeEach(() => {
    ({ world, page } = session);
  });

  it('signs in, shows what needs attention, and refuses a wrong password in plain words', async () => {
    await page.goto(`${world.baseUrl}/orgs/${PARTY}`);
    await page.getByRole('heading', { name: 'Sign in to Cellbook' }).waitFor();
    await expectAccessible('sign-in page');
    await screenshot(page, 'sign-in');

    await page.getByLabel('Username').fill(world.username);
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/could not sign in/i);

    await page.getByLabel(/^Password/).fill(world.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where the user wanted to go.
    await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
    expect(page.url()).toContain(`/orgs/${PARTY}`);
    await expect.poll(() => page.getByRole('table', { name: 'Needs attention' }).getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible('home page');
    await screenshot(page, 'home');
  });

  it('finds a cell through the lazy-loaded tree', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/tree`);
    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem', { level: 1 }).first().waitFor();
    await expectAccessible('tree page');
    // Open the first unit at each level until the cells show.
    for (let level = 1; level <= 5; level++) {
      const item = tree.getByRole('treeitem', { level }).first();
      await item.getByRole('button', { name: /^Expand / }).click();
      await tree.getByRole('treeitem', { level: level + 1 }).first().waitFor();
    }
    const cell = tree.getByRole('treeitem', { level: 6 }).first();
    await expect.poll(() => cell.textContent()).toMatch(/Cell/);
    await screenshot(page, 'tree');
    const name = (await cell.getByRole('link').textContent()) ?? '';
    await cell.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('table', { name: 'Roster' }).getByRole('row').nth(1).waitFor();
    await expectAccessible('unit page');
    await screenshot(page, 'unit');

    // The search box finds the same cell by name.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/tree`);
    await page.getByLabel('Find a unit').fill(name);
    await page.getByRole('list', { name: 'Matching units' }).getByRole('link', { name }).first().waitFor();
  });

  it('admits a member into a cell', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members?`);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/tree`);
    await page.getByLabel('Find a unit').fill('Cell');
    const first = page.getByRole('list', { name: 'Matching units' }).getByRole('link').first();
    await first.waitFor();
    await first.click();
    const before = Number.parseInt((await page.locator('dt', { hasText: /^Members$/ }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '', 10);

    await page.getByRole('button', { name: 'Admit member' }).click();
    const dialog = page.getByRole('dialog');
    // An open dialog is accessible too: its close button has a name (Mantine's has none by default).
    await dialog.getByLabel('Family name').waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: 'Close' }).count()).toBe(1);
    await expectAccessible('the admit dialog');
    // A missing name is explained next to the field, nothing is written.
    await dialog.getByRole('button', { name: 'Admit' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toBeTruthy();
    await dialog.getByLabel('Family name').fill('Hanbit');
    await dialog.getByLabel('Given name').fill('Seo-yeon');
    await dialog.getByLabel('Birth date').fill('1990-04-02');
    await dialog.getByRole('button', { name: 'Admit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanbit Seo-yeon' }).waitFor();
    await expectAccessible('member page');
    await screenshot(page, 'member');

    await page.getByRole('link', { name: /^[A-Z0-9-]+$/ }).first().click();
    await expect.poll(async () => Number.parseInt((await page.locator('dt', { hasText: /^Members$/ }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '', 10)).toBe(before + 1);
    await page.getByLabel('Search the roster').fill('Hanbit');
    await page.getByRole('table', { name: 'Roster' }).getByRole('link', { name: 'Hanbit Seo-yeon' }).waitFor();
  });

  it('splits an oversize cell and the violation disappears', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}`);
    const tooLarge = page.getByRole('table', { name: 'Needs attention' }).getByRole('row').filter({ hasText: 'Too large' });
    await tooLarge.first().waitFor();
    const countBefore = await tooLarge.count();
    const link = tooLarge.first().getByRole('link');
    const cellName = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name: cellName }).waitFor();
    await page.getByText('Too large').first().waitFor();

    await page.getByRole('button', { name: 'Split' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').first().waitFor();
    await dialog.getByRole('button', { name: 'Choose the second half' }).click();
    await dialog.getByLabel('Name of the new unit').fill(`${cellName} B`);
    await dialog.getByLabel('Reason').fill('Too large to meet in one room');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Within bounds.*Within bounds/s);
    await screenshot(page, 'split-preview');
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${cellName} B` }).waitFor();

    await page.getByRole('link', { name: 'Needs attention' }).click();
    await page.getByRole('heading', { name: 'Needs attention', level: 2 }).waitFor();
    await expect.poll(() => tooLarge.count()).toBe(countBefore - 1);
    expect(await page.getByRole('table', { name: 'Needs attention' }).getByRole('link', { name: cellName, exact: true }).count()).toBe(0);
  });

  it('imports a CSV with a bad line and shows the report; nothing is written', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/import`);
    await page.getByRole('heading', { name: 'Import CSV' }).waitFor();
    await expectAccessible('import page');
    const csv = 'Surname,given_name,birth_date\r\nImported,Ha-eun,1991-02-03\r\nBroken,Ji-ho,1991-13-45\r\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Your column “Surname”').first().click();
    await page.getByRole('option', { name: 'family_name' }).click();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const report = page.getByRole('table', { name: 'Problems by line' });
    await report.waitFor();
    await expect.poll(() => report.getByRole('row').nth(1).textContent()).toMatch(/^3\s*birth_date/);
    await page.getByText('Nothing was written').first().waitFor();
    await screenshot(page, 'import-report');

    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members`);
    await page.getByLabel('Name or member number').fill('Imported');
    await page.getByText('No member matches.').waitFor();
  });

  it('switches to Korean, with dates and numbers for the locale', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/dashboard`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expectAccessible('dashboard');
    await screenshot(page, 'dashboard');
    await page.locator('label', { hasText: 'Table' }).first().click();
    await page.getByRole('table', { name: 'Members per level' }).waitFor();

    await page.getByText('한국어').first().click();
    await page.getByRole('heading', { name: '현황판' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await page.getByRole('link', { name: '조직 구조' }).waitFor();
    // Numbers get the Korean grouping (5,000 → "5,000"), dates the Korean form ("2026. 11. 29.").
    await page.getByRole('link', { name: '구성원' }).click();
    await page.getByRole('heading', { level: 1, name: '구성원' }).waitFor();
    await expect.poll(() => page.getByRole('table').getByRole('row').nth(1).textContent()).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일|\d{4}\. \d{1,2}\. \d{1,2}\./);
    await expectAccessible('members page in Korean');
    await screenshot(page, 'members-ko');
    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '구성원' }).waitFor();
  });

  it('works out the fabric for a pair of curtains, with a cutting diagram', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/cutting`);
    await page.getByRole('heading', { name: 'Cloth-cutting calculator' }).waitFor();
    await page.getByLabel(/^Fabric width/).fill('140');
    await page.getByLabel(/^Track or rod width/).fill('200');
    await page.getByLabel(/^Fullness/).fill('2');
    await page.getByLabel(/^Finished length/).fill('225');
    await page.getByLabel(/^Heading allowance/).fill('15');
    await page.getByRole('button', { name: 'Calculate' }).click();
    // 200 × 2 = 400 cm of fabric width → 3 widths of 140 cm; cut drop 240 cm; 3 × 240 = 7.2 m.
    await page.getByRole('heading', { name: /Main fabric: buy 7\.2\s?m|Main fabric: buy 720/ }).waitFor();
    await page.getByRole('img', { name: /Cutting diagram/ }).waitFor();
    await expectAccessible('cutting calculator');
    await screenshot(page, 'cutting');
    // A missing field is named.
    await page.getByLabel(/^Fabric width/).fill('');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/fabricWidth|Fabric width|required/i);
  });

  it('works on a phone-sized screen', async () => {
    page = await session.onPhone();
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/tree`);
    await page.getByRole('button', { name: 'Open the menu' }).click();
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible('members page on a phone');
    await screenshot(page, 'members-phone');
  });
});
