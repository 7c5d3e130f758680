/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot, seriousA11yViolations, useBrowserSession, type BrowserWorld } from './harness.js';

const CENTER = 'demo-center';

/** Calendar days on YYYY-MM-DD strings, as the demo computes them from the server's (UTC) today. */
const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const thisMonday = (): string => {
  const today = new Date().toISOString().slice(0, 10);
  return addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
};

interface Enrolment {
  id: number;
  memberId: number;
  memberNo: string;
  familyName: string;
  givenName: string;
  state: string;
  waitlistPosition: number | null;
  finalPiece: string | null;
}
interface ClassItem {
  id: number;
  unitCode: string;
  name: string;
  courseId: number;
}

describe.runIf(chromiumAvailable())('the culture center’s training pages in Chromium', () => {
  const session = useBrowserSession({ signIn: true, timezoneId: 'Asia/Seoul' });
  const { expectAccessible, getJson } = session;
  let world: BrowserWorld;
  let page: Page;
  beforeEach(() => {
    ({ world, page } = session);
  });
  const classByUnit = async (code: string): Promise<ClassItem> => {
    const { items } = await getJson<{ items: ClassItem[] }>(`/api/v1/orgs/${CENTER}/classes?limit=100`);
    const hit = items.find((k) => k.unitCode === code);
    if (!hit) throw new Error(`no class in ${code}`);
    return hit;
  };
  const roster = async (classId: number): Promise<Enrolment[]> => (await getJson<{ enrolments: Enrolment[] }>(`/api/v1/orgs/${CENTER}/classes/${classId}`)).enrolments;
  /** The founder teaches the home-fashion classes. */
  const founderId = async (): Promise<number> => ((await getJson<{ instructorId: number }>(`/api/v1/orgs/${CENTER}/classes/${(await classByUnit('PRG1-1')).id}`)).instructorId);
  /** A student of a class unit, by member number (the picker searches names). */
  const student = async (unitClass: string, memberNo: string): Promise<Enrolment> => {
    const hit = (await roster((await classByUnit(unitClass)).id)).find((e) => e.memberNo === memberNo);
    if (!hit) throw new Error(`no ${memberNo} in ${unitClass}`);
    return hit;
  };
  const pickMember = async (label: string, who: Enrolment, scope = page.locator('body')) => {
    const input = scope.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)).first();
    await input.click();
    await input.fill(`${who.familyName}${who.givenName}`);
    await page.getByRole('option', { name: new RegExp(who.memberNo) }).click();
  };

  it('finds a class in the catalogue, waitlists a newcomer to the full class, and gives a dropped student’s place to the first waiting', async () => {
    await page.goto(`${world.baseUrl}/orgs/${CENTER}`);
    await page.getByRole('link', { name: 'Courses' }).click();
    await page.getByRole('heading', { name: 'Course catalogue' }).waitFor();
    await page.getByLabel(/^Area/).first().click();
    await page.getByRole('option', { name: 'Home fashion' }).click();
    await page.getByRole('link', { name: 'Home fashion basics' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Course catalogue' }).getByRole('row').count()).toBe(3);
    await expectAccessible('course catalogue');
    await screenshot(page, 'training-catalogue');

    await page.getByRole('link', { name: 'Home fashion basics' }).click();
    await page.getByRole('heading', { level: 1, name: /Home fashion basics/ }).waitFor();
    await page.getByText('Attendance ≥ 80 % and a final piece passed').waitFor();
    await expectAccessible('course page');
    await screenshot(page, 'training-course');

    await page.getByRole('link', { name: 'Home Fashion class 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Home Fashion class 1' }).waitFor();
    const klass = await classByUnit('PRG1-1');
    const before = await roster(klass.id);
    const waiting = before.filter((e) => e.state === 'waitlisted');
    expect(waiting.map((e) => e.waitlistPosition)).toEqual([1, 2]);
    await page.getByText(/The class is full/).waitFor();
    await expectAccessible('class page');
    await screenshot(page, 'training-class');

    // A newcomer to the full class joins the end of the waitlist.
    await pickMember('Member to enrol', await student('PRG2-1', 'S00037'));
    await page.getByRole('button', { name: 'Add to the waitlist' }).click();
    await page.getByRole('status').filter({ hasText: 'is on the waitlist, position 3' }).waitFor();
    const waitlist = page.getByRole('table', { name: 'Waitlist' });
    await expect.poll(() => waitlist.getByRole('row').count()).toBe(4);

    // Dropping an enrolled student gives the place to the first waiting, and says so.
    const leaving = before.find((e) => e.state === 'enrolled');
    const first = waiting[0];
    if (!leaving || !first) throw new Error('demo class has no enrolled or waiting student');
    await page.getByRole('button', { name: `Actions for ${leaving.familyName} ${leaving.givenName}` }).click();
    await page.getByRole('menuitem', { name: 'Drop' }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Moved to another city');
    await expectAccessible('drop dialog');
    await dialog.getByRole('button', { name: 'Drop' }).click();
    await page.getByRole('status').filter({ hasText: `The freed place went to ${first.familyName} ${first.givenName}` }).waitFor();
    const after = await roster(klass.id);
    expect(after.find((e) => e.id === first.id)?.state).toBe('enrolled');
    expect(after.find((e) => e.id === leaving.id)?.state).toBe('dropped');
    expect(after.filter((e) => e.state === 'waitlisted').map((e) => [e.memberNo, e.waitlistPosition])).toEqual([
      [waiting[1]?.memberNo, 1],
      ['S00037', 2],
    ]);
    await expect.poll(() => waitlist.getByRole('row').count()).toBe(3);
    await page.getByRole('table', { name: 'Dropped and transferred' }).getByText('Moved to another city').waitFor();
    await expectAccessible('class page after the drop');
  });

  it('records a lesson’s attendance on a phone', async () => {
    page = await session.onPhone({ timezoneId: 'Asia/Seoul' });
    const klass = await classByUnit('PRG5-1');
    const students = (await roster(klass.id)).filter((e) => e.state === 'enrolled');
    await page.goto(`${world.baseUrl}/orgs/${CENTER}/classes/${klass.id}`);
    await page.getByRole('heading', { level: 1, name: klass.name }).waitFor();
    // The next lesson (after the past ones) has no attendance yet.
    const lessons = await getJson<{ items: { id: number; startsAt: string; attendance: unknown[] }[] }>(`/api/v1/orgs/${CENTER}/lessons?classId=${klass.id}&limit=100`);
    const upcoming = lessons.items.filter((l) => l.startsAt > new Date().toISOString()).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const index = lessons.items.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).findIndex((l) => l.id === upcoming[0]?.id);
    await page.getByRole('button', { name: new RegExp(`^Lesson ${index + 1}\\b`) }).click();
    const people = page.getByRole('list', { name: /Attendance of the lesson/ }).getByRole('listitem');
    await people.first().waitFor();
    expect(await people.count()).toBe(students.length);
    await people.nth(0).getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => people.nth(0).getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('true');
    await people.nth(1).getByRole('button', { name: 'Excused' }).click();
    await expect.poll(() => people.nth(1).getByRole('button', { name: 'Excused' }).getAttribute('aria-pressed')).toBe('true');
    const saved = await getJson<{ attendance: { memberId: number; status: string }[] }>(`/api/v1/orgs/${CENTER}/lessons/${upcoming[0]?.id ?? 0}`);
    expect(saved.attendance.map((a) => a.status).sort()).toEqual(['excused', 'present']);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible('class page on a phone');
    await screenshot(page, 'training-attendance-phone');
  });

  it('books a private lesson in the founder’s week and shows a double booking refused next to the form', async () => {
    const founder = await founderId();
    // Two of the founder's weekday private students (they also asked for a place in her full class).
    const first = await student('PRG1-1', 'S00017');
    const second = await student('PRG1-1', 'S00018');
    const nextWeek = addDays(thisMonday(), 7);
    await page.goto(`${world.baseUrl}/orgs/${CENTER}/lessons?instructor=${founder}&week=${nextWeek}`);
    await page.getByRole('heading', { level: 1, name: /^Week of / }).waitFor();
    await page.getByText(/Mon 16:00–20:00/).waitFor();
    await page.getByRole('table', { name: 'Lessons of the week' }).getByText('Private lesson with').first().waitFor();
    await expectAccessible('private lessons week');
    await screenshot(page, 'training-lessons-week');

    const form = page.getByRole('region', { name: 'Book a private lesson' });
    const tuesday = addDays(nextWeek, 1);
    await pickMember('Student', first, form);
    const unit = form.getByLabel(/^Run by \(the center or a program\)/);
    await unit.click();
    await unit.fill('PRG1-3');
    await page.getByRole('option', { name: /PRG1-3/ }).click();
    await form.getByLabel('Date').fill(tuesday);
    await form.getByLabel('Starts').fill('18:00');
    await form.getByLabel('Ends').fill('19:30');
    await form.getByRole('button', { name: 'Book' }).click();
    await form.getByRole('status').filter({ hasText: `Booked for ${tuesday} 18:00` }).waitFor();
    await page.getByRole('table', { name: 'Lessons of the week' }).getByRole('cell', { name: '18:00–19:30' }).first().waitFor();

    // Another student at the same time: the database refuses the founder's second lesson.
    await pickMember('Student', second, form);
    await form.getByRole('button', { name: 'Book' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/The booking was refused.*Instructor 'S00001' already has a lesson at that time/);
    await expectAccessible('booking refused');
    await screenshot(page, 'training-booking-refused');
  });

  it('issues a certificate with the holder’s consent, whose public verification page shows only what was consented', async () => {
    const klass = await classByUnit('PRG1-2');
    const ready = (await roster(klass.id)).find((e) => e.state === 'enrolled' && e.finalPiece === 'passed');
    if (!ready) throw new Error('the demo curtain class has nobody ready for a certificate');
    const name = `${ready.familyName} ${ready.givenName}`;
    await page.goto(`${world.baseUrl}/orgs/${CENTER}/classes/${klass.id}`);
    await page.getByRole('heading', { level: 1, name: klass.name }).waitFor();
    // The roster shows who meets the completion rule: only the one still to be certified.
    const rows = page.getByRole('table', { name: 'Roster' }).getByRole('row');
    await rows.filter({ hasText: name }).getByText('Ready to complete').waitFor();
    expect(await rows.filter({ hasText: 'Ready to complete' }).count()).toBe(1);
    await page.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Issue certificate' }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Show the holder’s name').isChecked()).toBe(false);
    await dialog.getByLabel('Show the date of issue').uncheck();
    await expectAccessible('certificate dialog');
    await dialog.getByRole('button', { name: 'Issue certificate' }).click();
    await page.getByRole('heading', { level: 1, name: /^Certificate SB-/ }).waitFor();
    await page.getByText('Valid', { exact: true }).waitFor();
    await expectAccessible('certificate page');
    await screenshot(page, 'training-certificate');

    const verify = await page.getByRole('link', { name: 'Public verification page' }).getAttribute('href');
    expect(await page.getByRole('link', { name: 'Printable certificate' }).getAttribute('href')).toMatch(/\/certificates\/\d+\/print$/);
    const pub = await page.context().newPage();
    await pub.goto(`${world.baseUrl}${verify ?? ''}`);
    const text = (await pub.locator('body').textContent()) ?? '';
    expect(text).toContain('Curtains and cutting formulas');
    expect(text).not.toContain(ready.givenName);
    expect(await seriousA11yViolations(pub), 'accessibility of the verification page').toEqual([]);
    await screenshot(pub, 'training-verify');
    await pub.close();

    // Revoked with a reason: the public page says so from now on.
    await page.getByRole('button', { name: 'Revoke' }).click();
    const revoke = page.getByRole('dialog');
    await revoke.getByLabel('Reason').fill('Issued to the wrong enrolment');
    await revoke.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Revoked', { exact: true }).waitFor();
    // A new visitor sees the revocation at once (the page is revalidated on every look).
    const visitor = await world.browser.newContext();
    const again = await visitor.newPage();
    await again.goto(`${world.baseUrl}${verify ?? ''}`);
    expect(await again.locator('body').textContent()).toMatch(/Revoked.*Issued to the wrong enrolment/s);
    await visitor.close();

    // The roster links the completed student to the certificate.
    await page.goto(`${world.baseUrl}/orgs/${CENTER}/classes/${klass.id}`);
    const row = page.getByRole('table', { name: 'Roster' }).getByRole('row').filter({ hasText: name });
    await row.getByText('Completed').waitFor();
    await row.getByRole('link', { name: 'Show' }).waitFor();
  });

  it('shows the yearly training report as a chart and as a table, and the founder’s expiring licence', async () => {
    await page.goto(`${world.baseUrl}/orgs/${CENTER}`);
    const attention = page.getByRole('region', { name: 'Qualifications needing attention' });
    await attention.getByText('Expires in 45 days').waitFor();
    await expectAccessible('home page with training attention');

    await page.getByRole('link', { name: 'Training report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Training report' }).waitFor();
    const byArea = page.getByRole('region', { name: 'Students and lessons per area' });
    await byArea.getByRole('img').waitFor();
    await expectAccessible('training report (chart)');
    await screenshot(page, 'training-report');
    await byArea.getByText('Table', { exact: true }).click();
    const table = byArea.getByRole('table', { name: 'Students and lessons per area' });
    await table.getByRole('cell', { name: 'Home fashion' }).waitFor();
    const report = await getJson<{ byArea: { area: string; lessonsGiven: number }[] }>(`/api/v1/orgs/${CENTER}/training/report?year=${new Date().getUTCFullYear()}`);
    expect(await table.getByRole('row').count()).toBe(report.byArea.length + 1);
    await expectAccessible('training report (table)');
    await page.getByText('한국어').first().click();
    await page.getByRole('heading', { level: 1, name: '교육 보고서' }).waitFor();
    await page.getByRole('link', { name: '강좌' }).waitFor();
    await screenshot(page, 'training-report-ko');
    await page.getByText('EN', { exact: true }).first().click();

    // The founder's page lists her qualifications with the expiring one marked.
    await page.goto(`${world.baseUrl}/orgs/${CENTER}/members/${await founderId()}`);
    const quals = page.getByRole('table', { name: 'Qualifications and licences' });
    await quals.getByRole('row').filter({ hasText: 'Flower arrangement licence' }).getByText(/^Expires \d{1,2} \w+ \d{4}$/).waitFor();
    expect(await quals.getByRole('row').count()).toBe(8);
    await expectAccessible('member page with qualifications');
    await screenshot(page, 'training-member-qualifications');
  });
});
