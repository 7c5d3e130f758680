/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app/context.js';
import { scheduleMeeting } from '../../src/app/schedule-meeting.js';
import { chromiumAvailable, screenshot, signIn, useBrowserSession, type BrowserWorld } from './harness.js';

const PARTY = 'demo-party';
const today = (): string => new Date().toISOString().slice(0, 10);

describe.runIf(chromiumAvailable())('meetings and conventions in Chromium', () => {
  const session = useBrowserSession();
  const { expectAccessible, getJson } = session;
  let world: BrowserWorld;
  let page: Page;
  beforeEach(() => {
    ({ world, page } = session);
  });
  const unitId = async (code: string): Promise<number> => {
    const page1 = await getJson<{ items: { id: number; code: string }[] }>(`/api/v1/orgs/${PARTY}/units?q=${encodeURIComponent(code)}&limit=50`);
    const hit = page1.items.find((u) => u.code === code);
    if (!hit) throw new Error(`unit ${code} not found`);
    return hit.id;
  };

  it('schedules a meeting for a cell and records attendance on a phone', async () => {
    page = await session.onPhone({ timezoneId: 'Asia/Seoul' });
    const cell = await unitId('P2-C1-P1-S-2');
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/units/${cell}`);
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await page.getByRole('heading', { name: 'Upcoming meetings' }).waitFor();
    await expectAccessible('meetings tab of a unit');
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const dialog = page.getByRole('dialog');
    // The zone defaults to the browser's, and times are wall-clock times in it.
    expect(await dialog.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Asia/Seoul');
    await dialog.getByLabel('Place').fill('Workshop hall 2');
    await dialog.getByLabel('Agenda').fill('Reports of the month\nDues');
    await dialog.getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'General meeting' }).waitFor();
    await page.getByText(/19:00–21:00 \(Asia\/Seoul\)/).waitFor();

    const people = page.getByRole('list', { name: 'Invitees' }).getByRole('listitem');
    await people.first().waitFor();
    const first = people.nth(0);
    const second = people.nth(1);
    await first.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => first.textContent()).toMatch(/checked in \d\d:\d\d/);
    await second.getByRole('button', { name: 'Excused' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'present' }).first().textContent()).toMatch(/^1 present · 1 excused · 0 absent/);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible('meeting page on a phone');
    await screenshot(page, 'meeting-phone');
  });

  it('approves the minutes, which can then no longer be edited', async () => {
    const cell = await (async () => {
      await signIn(page, world);
      return unitId('P2-C1-P1-S-3');
    })();
    const now = new Date();
    const hh = String(Math.max(0, now.getUTCHours() - 1)).padStart(2, '0');
    const meeting = await scheduleMeeting(createAppContext(world.database), { org: PARTY, unit: { id: cell }, kind: 'general', title: 'Monthly meeting', start: `${today()}T${hh}:00`, end: `${today()}T${hh}:59`, timeZone: 'UTC', place: 'Cell room' });
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: 'Monthly meeting' }).waitFor();
    const draft = page.getByRole('textbox', { name: 'Draft minutes' });
    await draft.fill('The cell heard the month’s reports and agreed the dues.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Revision 1, not approved yet').waitFor();
    await page.getByRole('button', { name: 'Approve the minutes' }).click();
    await page.getByRole('region', { name: 'Approved minutes' }).getByText('agreed the dues').waitFor();
    expect(await page.getByRole('textbox', { name: 'Draft minutes' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await page.getByText('Approved minutes can no longer be edited').waitFor();
    await expectAccessible('meeting page with approved minutes');
    await screenshot(page, 'meeting-minutes-approved');

    // The unit's meetings and the missed-meeting report.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/meetings/compliance`);
    await page.getByRole('heading', { level: 1, name: 'Missed meetings' }).waitFor();
    // The demo tree was made today, so no period is owed yet: every unit is checked and none missed.
    await page.getByText('Every unit met as required.').waitFor();
    await page.getByText('Units checked').waitFor();
    await expectAccessible('missed-meeting report');
    await screenshot(page, 'meeting-compliance');
  });

  it('runs a convention: edition, frozen roster, check-in with a live count, an open vote with its basis', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions`);
    await page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
    await page.getByRole('button', { name: 'Start a series' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Convening unit').fill('P3-C2-P2-S');
    await page.getByRole('option', { name: /\(P3-C2-P2-S,/ }).click();
    await dialog.getByLabel('Name in English').fill('Meeting of Cell Secretaries');
    await dialog.getByLabel('Name in Korean').fill('세포비서대회');
    await dialog.getByRole('button', { name: 'Start the series' }).click();
    await page.getByRole('heading', { name: 'Meeting of Cell Secretaries' }).waitFor();

    await page.getByRole('button', { name: 'Add an edition' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('First day').fill(today());
    await dialog.getByLabel('Place').fill('Culture Hall');
    await dialog.getByRole('button', { name: 'Add an edition' }).click();
    await page.getByRole('heading', { level: 1, name: '1st Meeting of Cell Secretaries' }).waitFor();
    const conventionId = Number(/conventions\/(\d+)/.exec(page.url())?.[1]);

    // Preview the roster (every cell secretary under the section), then freeze it.
    await page.getByRole('button', { name: 'Preview the seats' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'seats in all' }).textContent()).toMatch(/(\d+) seats in all/);
    const seats = Number(/(\d+) seats in all/.exec((await page.getByRole('status').filter({ hasText: 'seats in all' }).textContent()) ?? '')?.[1]);
    expect(seats).toBeGreaterThanOrEqual(3);
    await expectAccessible('convention page, roster preview');
    await page.getByRole('button', { name: 'Freeze the roster' }).click();
    await page.getByText('Roster frozen').first().waitFor();
    await page.getByRole('table', { name: 'Roster' }).getByRole('row').nth(seats).waitFor();
    await screenshot(page, 'convention-roster');

    // The badge list shows the codes to those who run the convention.
    await page.getByRole('link', { name: 'Printable badge list' }).click();
    const badges = page.getByRole('list', { name: 'Badges' }).getByRole('listitem');
    await badges.first().waitFor();
    expect(await badges.count()).toBe(seats);
    const badgeCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await badges.first().textContent()) ?? '')?.[0] ?? '';
    expect(badgeCode).not.toBe('');
    await expectAccessible('badge list');
    await screenshot(page, 'convention-badges');

    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions/${conventionId}`);
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByRole('textbox', { name: 'Session', exact: true }).fill('Plenary');
    await page.getByRole('button', { name: 'Add the session' }).click();
    await page.getByRole('link', { name: 'Check-in desk for Plenary' }).click();
    const count = page.getByRole('status').filter({ hasText: 'on the roster' });
    await expect.poll(() => count.textContent()).toBe(`0 present of ${seats} on the roster`);

    // By badge code, then by member number: the live count rises.
    await page.getByLabel('Badge code, name or member number').fill(badgeCode);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => count.textContent()).toBe(`1 present of ${seats} on the roster`);
    const roster = await getJson<{ items: { id: number; memberNo: string | null; familyName: string | null; givenName: string | null }[] }>(`/api/v1/orgs/${PARTY}/conventions/${conventionId}/roster?limit=100`);
    for (const entry of roster.items.slice(1, 3)) {
      await page.getByLabel('Badge code, name or member number').fill(entry.memberNo ?? '');
      await page.getByRole('button', { name: `Check in ${entry.familyName} ${entry.givenName}` }).click();
    }
    await expect.poll(() => count.textContent()).toBe(`3 present of ${seats} on the roster`);
    await expectAccessible('check-in desk');
    await screenshot(page, 'convention-check-in');

    // A resolution put to an open vote; the teller records named votes of those checked in.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions/${conventionId}`);
    await page.getByRole('tab', { name: 'Motions' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('On the tasks of the cells');
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('The cells shall meet every month and report to the section.');
    await page.getByRole('button', { name: 'Table the motion' }).click();
    await page.getByRole('heading', { level: 1, name: 'On the tasks of the cells' }).waitFor();
    await page.getByRole('button', { name: 'Open the vote' }).click();
    for (const entry of roster.items.slice(0, 3)) {
      await page.getByLabel('Record a named vote: find the voter').fill(entry.memberNo ?? '');
      await page.getByRole('group', { name: `Vote of ${entry.familyName} ${entry.givenName}` }).getByRole('button', { name: 'For' }).click();
      await page.getByText('Recorded: For').waitFor();
    }
    await page.getByText('3 ballots cast').waitFor();
    await page.getByRole('button', { name: 'Close the vote and decide' }).click();
    const basis = page.getByRole('list', { name: 'Basis of the result' });
    await basis.waitFor();
    await page.getByText('Adopted', { exact: true }).first().waitFor();
    // Entitled are the voting seats (members on the roster; guests have no vote).
    const voters = roster.items.filter((r) => r.memberNo !== null).length;
    expect(await basis.textContent()).toContain(`3 present of ${voters} entitled`);
    expect(await basis.textContent()).toMatch(/Quorum: more than half of those entitled, \d+ needed — met/);
    await page.getByText('3 for, 0 against, 0 abstaining').waitFor();
    await expectAccessible('motion page with its result');
    await screenshot(page, 'convention-motion');

    // Figures across editions, as a chart and a table.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions`);
    await page.getByRole('table', { name: 'Editions of Meeting of Cell Secretaries' }).getByRole('row').nth(1).waitFor();
    await expectAccessible('conventions page');
    await screenshot(page, 'conventions');
  });

  it('creates a calendar link whose feed a calendar app can read', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar links' }).waitFor();
    await page.getByRole('button', { name: 'Create my calendar link' }).click();
    const url = await page.getByRole('textbox', { name: 'My meetings and conventions' }).inputValue();
    expect(url).toMatch(new RegExp(`/api/v1/calendar/orgs/${PARTY}/me\\?token=`));
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await page.getByRole('link', { name: 'Open the public bulletin' }).getAttribute('href')).toBe(`/bulletin/${PARTY}`);
    await expectAccessible('calendar links');
    await screenshot(page, 'calendar-links');
    await page.getByRole('button', { name: 'Revoke my calendar link' }).click();
    await page.getByText('every subscription with the old link has stopped').waitFor();
    expect((await page.request.get(url)).status()).toBe(401);
  });
});
