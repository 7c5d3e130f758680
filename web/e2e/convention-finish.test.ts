/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { addConventionSession } from '../../src/app/add-convention-session.js';
import { addConvention } from '../../src/app/add-convention.js';
import { checkIn } from '../../src/app/check-in.js';
import { createConventionSeries } from '../../src/app/create-convention-series.js';
import { draftMotion } from '../../src/app/draft-motion.js';
import { freezeRoster } from '../../src/app/freeze-roster.js';
import { listRoster } from '../../src/app/roster-queries.js';
import { listUnits } from '../../src/app/unit-queries.js';
import { chromiumAvailable, screenshot, useBrowserSession, type BrowserWorld } from './harness.js';

const PARTY = 'demo-party';
const today = (): string => new Date().toISOString().slice(0, 10);

describe.runIf(chromiumAvailable())('convention sessions, paper ballots, withdrawals and published proceedings in Chromium', () => {
  let conventionId: number;
  let motionIds: number[];

  const session = useBrowserSession({
    signIn: true,
    // A frozen edition convened by a section, with two sessions today and three checked in to the first.
    seed: async ({ ctx }) => {
      const section = (await listUnits(ctx, { org: PARTY, q: 'P2-C1-P1-S', limit: 50 })).items.find((u) => u.code === 'P2-C1-P1-S');
      if (!section) throw new Error('demo section missing');
      const series = await createConventionSeries(ctx, { org: PARTY, unit: { id: section.id }, name: { en: 'Section Conference', ko: '분회 협의회' } });
      const c = await addConvention(ctx, { org: PARTY, seriesId: series.id, startsOn: today(), endsOn: today(), timeZone: 'UTC', place: 'Section hall' });
      conventionId = c.id;
      await freezeRoster(ctx, { org: PARTY, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: today(), version: c.version });
      const plenary = await addConventionSession(ctx, { org: PARTY, conventionId: c.id, title: 'Plenary', start: `${today()}T20:00`, end: `${today()}T21:00` });
      await addConventionSession(ctx, { org: PARTY, conventionId: c.id, title: 'Excursion', start: `${today()}T22:00`, end: `${today()}T23:00` });
      const roster = (await listRoster(ctx, { org: PARTY, conventionId: c.id })).items;
      for (const r of roster.slice(0, 3)) await checkIn(ctx, { org: PARTY, conventionId: c.id, sessionId: plenary.id, rosterId: r.id });
      motionIds = [];
      for (const title of ['Budget of the section', 'Picnic in winter']) motionIds.push((await draftMotion(ctx, { org: PARTY, conventionId: c.id, sessionId: plenary.id, kind: 'resolution', title, text: `${title}: we resolve.` })).id);
    },
  });
  const { expectAccessible } = session;
  let world: BrowserWorld;
  let page: Page;
  beforeEach(() => {
    ({ world, page } = session);
  });

  it('changes a session and cancels another, which stays in the program with its reason', async () => {
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions/${conventionId}`);
    await page.getByRole('tab', { name: 'Sessions' }).click();
    await page.getByRole('button', { name: 'Change: Plenary' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the session' });
    await dialog.getByLabel('Title').fill('Opening plenary');
    await dialog.getByLabel('Start').fill('19:30');
    await expectAccessible('session editor');
    await dialog.getByRole('button', { name: 'Save the session' }).click();
    const table = page.getByRole('table', { name: 'Sessions' });
    await table.getByText('Opening plenary').waitFor();
    await table.getByText(/19:30/).waitFor();
    await page.getByRole('button', { name: 'Cancel the session: Excursion' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel “Excursion”' });
    await confirm.getByLabel('Reason').fill('Bus strike');
    await confirm.getByRole('button', { name: 'Cancel the session' }).click();
    await table.getByText('Cancelled: Bus strike').waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change: Excursion' }).count()).toBe(0);
    await expectAccessible('program with a cancelled session');
    await screenshot(page, 'convention-sessions-changed');
  });

  it('holds a secret ballot on paper: tellers enter the totals, more papers than voters present are refused', async () => {
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/motions/${motionIds[0]}`);
    await page.getByRole('heading', { level: 1, name: 'Budget of the section' }).waitFor();
    await page.getByRole('radio', { name: 'Secret ballot on paper' }).check();
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await page.getByText('the tellers have not entered the totals yet').waitFor();
    const form = page.getByRole('form', { name: 'Tellers’ totals' });
    await form.getByText('3 voters are present').waitFor();
    await form.getByLabel('For').fill('3');
    await form.getByLabel('Against').fill('1');
    await form.getByRole('button', { name: 'Enter the totals' }).click();
    await page.getByText('4 ballot papers, but only 3 voters are present').waitFor();
    await form.getByLabel('Against').fill('0');
    await form.getByLabel('Spoilt').fill('0');
    await form.getByRole('button', { name: 'Enter the totals' }).click();
    await page.getByText('Voting on paper: 3 papers counted.').waitFor();
    await expectAccessible('paper ballot totals');
    await page.getByRole('button', { name: 'Close the vote and decide' }).click();
    await page.getByText('3 for, 0 against, 0 abstaining').waitFor();
    await page.getByRole('list', { name: 'Basis of the result' }).getByText(/3 present of \d+ entitled/).waitFor();
    await screenshot(page, 'motion-paper-ballot');
  });

  it('withdraws a motion with a reason, and publishes the approved proceedings in the bulletin', async () => {
    await page.goto(`${world.baseUrl}/orgs/${PARTY}/motions/${motionIds[1]}`);
    await page.getByRole('heading', { level: 1, name: 'Picnic in winter' }).waitFor();
    await page.getByRole('button', { name: 'Withdraw the motion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw “Picnic in winter”' });
    await dialog.getByLabel('Reason').fill('Too cold');
    await dialog.getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('Reason: Too cold').waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Withdraw the motion' }).count()).toBe(0);
    await expectAccessible('withdrawn motion');
    await screenshot(page, 'motion-withdrawn');

    await page.goto(`${world.baseUrl}/orgs/${PARTY}/conventions/${conventionId}`);
    await page.getByRole('tab', { name: 'Proceedings' }).click();
    await page.getByRole('button', { name: 'Assemble the proceedings' }).click();
    await page.getByRole('button', { name: 'Approve the proceedings' }).click();
    const link = page.getByRole('link', { name: /Published in the bulletin as No\. \d+-1-P/ });
    await link.waitFor();
    await expectAccessible('approved proceedings');
    const href = (await link.getAttribute('href')) ?? '';
    const bulletin = await page.request.get(`${world.baseUrl}${href}`);
    expect(bulletin.status()).toBe(200);
    const html = await bulletin.text();
    expect(html).toContain('Record of proceedings of the 1st Section Conference');
    expect(html).toContain('Picnic in winter');
    expect(html).toContain('withdrawn');
  });
});
