/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { decideCase } from '../../src/app/decide-case.js';
import { getMember, listMembers } from '../../src/app/member-queries.js';
import { openCase } from '../../src/app/open-case.js';
import { scheduleHearing } from '../../src/app/schedule-hearing.js';
import { scheduleMeeting } from '../../src/app/schedule-meeting.js';
import { submitDefence } from '../../src/app/submit-defence.js';
import { listUnits } from '../../src/app/unit-queries.js';
import { buildAccount, TEST_PASSWORD } from '../../src/test-support/accounts.js';
import { chromiumAvailable, screenshot, signIn, useBrowserSession, type BrowserWorld } from './harness.js';

const PARTY = 'demo-party';
const today = () => new Date().toISOString().slice(0, 10);

interface Seeded {
  cell: { id: number; code: string };
  otherCell: { id: number; code: string; name: string };
  accused: { id: number; name: string };
  mover: { id: number; name: string };
  /** A case against someone else in the plain member's cell, decided and awaiting ratification. */
  pendingCaseId: number;
  plainMember: { username: string; password: string };
}

describe.runIf(chromiumAvailable())('discipline and transfers in Chromium', () => {
  let seeded: Seeded;

  const session = useBrowserSession({
    seed: async ({ ctx }) => {
      // A cell with enough full members for a case, a transfer and a plain member who watches.
      const cells = await listUnits(ctx, { org: PARTY, kind: 'cell', limit: 20 });
      let chosen: { id: number; code: string } | undefined;
      let members: Awaited<ReturnType<typeof listMembers>>['items'] = [];
      for (const c of cells.items) {
        // Officers see more than a plain member would: keep to members without an office.
        members = [];
        for (const m of (await listMembers(ctx, { org: PARTY, unit: { id: c.id }, limit: 100 })).items) {
          if (m.status === 'full_member' && (await getMember(ctx, PARTY, { id: m.id })).offices.length === 0) members.push(m);
        }
        if (members.length >= 4) {
          chosen = c;
          break;
        }
      }
      const other = cells.items.find((c) => c.id !== chosen?.id);
      const [accused, mover, watcher, other1] = members;
      if (!chosen || !other || !accused || !mover || !watcher || !other1) throw new Error('the demo has no cell with four full members');
      const opened = await openCase(ctx, { org: PARTY, member: { id: other1.id }, unit: { id: chosen.id }, charges: 'Repeatedly absent from cell meetings without notice.' });
      await submitDefence(ctx, { org: PARTY, caseId: opened.id, defence: 'I was working night shifts.' });
      await scheduleHearing(ctx, { org: PARTY, caseId: opened.id, on: today(), meetingRef: 'Cell meeting' });
      await decideCase(ctx, { org: PARTY, caseId: opened.id, penalty: 'probation', months: 3, vote: { entitled: 9, present: 8, for: 6, against: 1, abstain: 1 }, meetingRef: 'Cell meeting', reason: 'Absences admitted' });
      // The cell's general meeting of yesterday, recorded here: the decision will cite it.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      await scheduleMeeting(ctx, { org: PARTY, unit: { id: chosen.id }, kind: 'general', title: 'Cell general meeting', start: `${yesterday}T09:00`, end: `${yesterday}T10:00`, timeZone: 'UTC', place: 'Union hall' });
      const plain = await buildAccount(ctx, { username: 'plainmember', member: { org: PARTY, memberNo: watcher.memberNo } });
      seeded = {
        cell: chosen,
        otherCell: other,
        accused: { id: accused.id, name: `${accused.familyName} ${accused.givenName}` },
        mover: { id: mover.id, name: `${mover.familyName} ${mover.givenName}` },
        pendingCaseId: opened.id,
        plainMember: { username: plain.username, password: TEST_PASSWORD },
      };
    },
  });
  const { expectAccessible } = session;
  let world: BrowserWorld;
  let page: Page;
  beforeEach(() => {
    ({ world, page } = session);
  });
  const badge = (text: string) => page.locator('.mantine-Badge-root', { hasText: text }).first();

  it('opens a case from the member page and takes it through defence, hearing, vote and ratification', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members/${seeded.accused.id}`);
    await page.getByRole('heading', { level: 1, name: seeded.accused.name }).waitFor();
    await page.getByRole('button', { name: 'Open a case' }).click();
    let dialog = page.getByRole('dialog');
    // The opening unit defaults to the member's own cell.
    await expect.poll(() => dialog.getByLabel(/^Opening unit/).inputValue()).toContain(seeded.cell.code);
    await dialog.getByLabel(/^Charges/).fill('Disclosed the minutes of a closed meeting to outsiders.');
    await dialog.getByRole('button', { name: 'Open the case' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Case \d+$/ });
    await heading.waitFor();
    const caseTitle = (await heading.textContent()) ?? '';
    await badge('Open: awaiting defence').waitFor();
    await expectAccessible('case page');
    await screenshot(page, 'case-open');

    // Evidence within the rulebook's limits, listed with a download link.
    await page.getByText(/Allowed: application\/pdf, image\/png, image\/jpeg, text\/plain; up to 2 MiB/).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'minutes-excerpt.txt', mimeType: 'text/plain', buffer: Buffer.from('Excerpt of the minutes as posted.\n') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('table', { name: 'Evidence' }).getByRole('link', { name: 'Download minutes-excerpt.txt' }).waitFor();

    await page.getByRole('button', { name: 'Record the defence' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Defence/).fill('The minutes were already public on the notice board.');
    await dialog.getByRole('button', { name: 'Record the defence' }).click();
    await badge('Defence received').waitFor();

    await page.getByRole('button', { name: 'Schedule the hearing' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Hearing/).fill(today());
    await dialog.getByLabel(/^(Or a meeting held elsewhere|Meeting)$/).fill('Cell meeting, hearing');
    await dialog.getByRole('button', { name: 'Schedule the hearing' }).click();
    await badge('Hearing scheduled').waitFor();

    await page.getByRole('button', { name: 'Record the decision' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Penalty/).first().click();
    await page.getByRole('option', { name: 'Probation' }).click();
    await dialog.getByLabel(/^Months/).fill('6');
    await dialog.getByLabel(/^Entitled/).fill('9');
    await dialog.getByLabel(/^Present/).fill('7');
    await dialog.getByLabel(/^For/).fill('5');
    await dialog.getByLabel(/^Against/).fill('2');
    await dialog.getByLabel(/^Abstain/).fill('0');
    await dialog.getByLabel(/^Reason/).fill('The minutes were not public; the member knew it.');
    // The decision cites the cell's meeting recorded here; the timeline links to it.
    await dialog.getByLabel('Meeting recorded here').first().click();
    await page.getByRole('option', { name: /Cell general meeting/ }).click();
    await screenshot(page, 'case-decision-form');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    await badge('Pending ratification').waitFor();
    const vote = page.getByRole('table', { name: 'Decision by vote' });
    await expect.poll(() => vote.textContent()).toMatch(/Entitled9.*Present7.*For5.*Against2.*Abstain0.*ResultAdopted/s);

    await page.getByRole('button', { name: 'Ratify' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Reason/).fill('The primary committee agrees with the cell.');
    await dialog.getByLabel(/^(Or a meeting held elsewhere|Meeting)$/).fill('Primary committee, regular session');
    await dialog.getByRole('button', { name: 'Ratify' }).click();
    await badge('Appeal window open').waitFor();

    // Every step in the timeline, with its actor and reason.
    const timeline = page.getByLabel('Timeline');
    for (const step of ['Case opened, member notified', 'Evidence added', 'Defence received', 'Hearing scheduled', 'Decided by vote', 'Ratified']) await timeline.getByText(step, { exact: true }).first().waitFor();
    await timeline.getByText('Reason: The primary committee agrees with the cell.').waitFor();
    await timeline.getByText('Meeting: Primary committee, regular session').waitFor();
    await timeline.getByRole('link', { name: /^Meeting \d+$/ }).first().waitFor();
    await expectAccessible('case page after ratification');
    await screenshot(page, 'case');

    // The cases list finds it by state; the member page lists it.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/cases?state=appeal_window`);
    await page.getByRole('table', { name: 'Cases' }).getByRole('link', { name: caseTitle, exact: true }).waitFor();
    await expectAccessible('cases page');
    await screenshot(page, 'cases');

    // The member's page lists the case and what the member was told.
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members/${seeded.accused.id}`);
    await page.getByRole('table', { name: 'Disciplinary cases' }).getByRole('link', { name: caseTitle, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Notices to the member' }).waitFor();
    await page.getByText(/opened disciplinary case/).first().waitFor();
    await expectAccessible('member page with cases and notices');
    await screenshot(page, 'member-discipline');
  });

  it('receives a two-sided transfer sent from the member page', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members/${seeded.mover.id}`);
    await page.getByRole('heading', { level: 1, name: seeded.mover.name }).waitFor();
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^To unit/).first().fill(seeded.otherCell.code);
    await page.getByRole('option', { name: new RegExp(seeded.otherCell.code) }).first().click();
    await dialog.getByLabel(/^Reason/).fill('Moved to another district');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // Still in the old cell until received.
    await page.getByRole('link', { name: seeded.cell.code, exact: true }).waitFor();

    await page.goto(`${world.baseUrl}/orgs/${PARTY}`);
    await page.getByRole('link', { name: 'Open transfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transfers' }).waitFor();
    const row = page.getByRole('table', { name: 'Transfers' }).getByRole('row').filter({ hasText: seeded.mover.name });
    await row.waitFor();
    await expectAccessible('transfers page');
    await screenshot(page, 'transfers');
    await row.getByRole('button', { name: /^Receive member/ }).click();
    const receive = page.getByRole('dialog');
    await receive.getByLabel(/^(Or a meeting held elsewhere|Meeting)$/).fill('Receiving cell meeting');
    await receive.getByRole('button', { name: 'Receive', exact: true }).click();
    await expect.poll(() => row.count()).toBe(0);

    await page.goto(`${world.baseUrl}/orgs/${PARTY}/members/${seeded.mover.id}`);
    await page.getByRole('link', { name: seeded.otherCell.code, exact: true }).waitFor();
  });

  it('shows the deadlines and decisions waiting on the home page, and the case reports', async () => {
    await signIn(page, world);
    await page.goto(`${world.baseUrl}/orgs/${PARTY}`);
    await page.getByRole('table', { name: 'Deadlines and decisions' }).waitFor();
    await expectAccessible('home page with every deadline');
    await page.getByRole('button', { name: /^Awaiting ratification/ }).click();
    const table = page.getByRole('table', { name: 'Deadlines and decisions' });
    await table.getByRole('row').filter({ hasText: 'Awaiting ratification' }).getByRole('link', { name: `Case ${seeded.pendingCaseId}` }).waitFor();
    await expectAccessible('home page with deadlines');
    await screenshot(page, 'home-deadlines');

    await page.getByRole('link', { name: 'Case reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Case reports' }).waitFor();
    await page.getByRole('heading', { name: 'Cases by state' }).waitFor();
    await expectAccessible('case reports');
    await screenshot(page, 'case-reports');
    await page.getByRole('region', { name: 'Cases by state' }).locator('label', { hasText: 'Table' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Cases by state' }).getByRole('row').filter({ hasText: 'Pending ratification' }).textContent()).toMatch(/Pending ratification\s*[1-9]/);
  });

  it('answers a plain member who asks for someone else’s case as if it did not exist', async () => {
    await page.goto(`${world.baseUrl}/login`);
    await page.getByLabel('Username').fill(seeded.plainMember.username);
    await page.getByLabel(/^Password/).fill(seeded.plainMember.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // Their own organization; nothing of anyone's cases or deadlines.
    await page.getByText('No deadlines or decisions are waiting.').waitFor();
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/cases/${seeded.pendingCaseId}`);
    await page.getByRole('heading', { level: 1, name: `Case ${seeded.pendingCaseId} not found` }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/no such case, or you may not see it/);
    await expectAccessible('case not found');
    await screenshot(page, 'case-not-found');
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/cases`);
    await page.getByText('No cases match.').waitFor();
  });

  it('fits a phone-sized screen on the case page', async () => {
    page = await session.onPhone();
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/cases/${seeded.pendingCaseId}`);
    await page.getByRole('heading', { level: 1, name: `Case ${seeded.pendingCaseId}` }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible('case page on a phone');
    await screenshot(page, 'case-phone');
  });
});
