import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from './context.js';
import { DEMO_CENTER, DEMO_PARTY, loadDemo } from './load-demo.js';
import { getMember, listMembers } from './member-queries.js';
import { getOrg, listOrgs } from './org-queries.js';
import { getUnit, listUnits } from './unit-queries.js';
import { verifyCounters } from './verify-counters.js';
import { listMemberCertificates } from './certificate-queries.js';
import { getClass, listClasses, listCourses } from './course-queries.js';
import { listLessons } from './lesson-queries.js';
import { trainingAttention } from './training-attention.js';
import { trainingReport } from './training-report.js';
import { reportViolations } from './violation-report.js';
import { expectError, fixedClock, TODAY } from '../test-support/expect-error.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`demo data on ${dialect}`, () => {
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let loaded: string[];
    // Loaded once: the tests below only read it.
    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      ctx = createAppContext(t.database, fixedClock);
      drop = t.drop;
      loaded = await loadDemo(ctx);
    });
    afterAll(async () => drop());

    it('creates a party of about 5,000 members whose counters verify', async () => {
      expect(loaded).toEqual([DEMO_PARTY, DEMO_CENTER]);
      expect((await listOrgs(ctx)).map((o) => o.slug)).toEqual([DEMO_CENTER, DEMO_PARTY]);
      const top = await getUnit(ctx, DEMO_PARTY, { code: 'CC' });
      expect(top.kind).toBe('central_committee');
      expect(top.counts.subtreeMembers).toBeGreaterThanOrEqual(4500);
      expect(top.counts.subtreeMembers).toBeLessThanOrEqual(5500);
      expect(top.counts.subtreeUnits).toBeGreaterThan(200);
      expect(await verifyCounters(ctx, DEMO_PARTY)).toEqual({ units: top.counts.subtreeUnits, mismatches: [] });
      expect((await verifyCounters(ctx, DEMO_CENTER)).mismatches).toEqual([]);
      // Hangul names are searchable.
      const found = await listMembers(ctx, { org: DEMO_PARTY, q: '하늘', limit: 500 });
      expect(found.items.some((m) => m.familyName === '문' && m.givenName === '하늘' && m.unitId === null)).toBe(true);
    });

    it('has too-small, too-large and vacancy violations to work on', async () => {
      const report = await reportViolations(ctx, { org: DEMO_PARTY, limit: 5000 });
      expect(report.totals.unit_too_small).toBeGreaterThan(0);
      expect(report.totals.unit_too_large).toBeGreaterThan(0);
      expect(report.totals.office_vacant).toBeGreaterThan(0);
      expect(report.totals.member_without_unit).toBe(2);
      expect(report.truncated).toBe(false);
      const small = report.violations.filter((v) => v.type === 'unit_too_small');
      expect(small).toHaveLength(report.totals.unit_too_small);
      expect(small.every((v) => v.unit?.kind === 'cell' && v.remedy.action !== undefined)).toBe(true);
      const large = report.violations.filter((v) => v.type === 'unit_too_large');
      expect(large.every((v) => v.remedy.action === 'split')).toBe(true);
      // Some cells were deliberately left without a secretary.
      const vacantCells = report.violations.filter((v) => v.type === 'office_vacant' && v.unit?.kind === 'cell');
      expect(vacantCells.length).toBeGreaterThan(0);
      expect(vacantCells.length).toBeLessThan(20);
      // Every other cell's secretary is one of its own members.
      const cell = (await listUnits(ctx, { org: DEMO_PARTY, kind: 'cell', limit: 1 })).items[0];
      if (!cell) throw new Error('no cell');
      const holder = (await getUnit(ctx, DEMO_PARTY, { id: cell.id })).offices.find((o) => o.office === 'secretary')?.holder;
      if (holder) expect((await getMember(ctx, DEMO_PARTY, { id: holder.memberId })).unitId).toBe(cell.id);
    });

    it('creates a culture center with programs and classes', async () => {
      const org = await getOrg(ctx, DEMO_CENTER);
      expect(org.rulebook.unitKinds.map((k) => k.key)).toContain('class');
      const classes = await listUnits(ctx, { org: DEMO_CENTER, kind: 'class' });
      expect(classes.items.length).toBeGreaterThanOrEqual(7);
      expect(classes.items.some((c) => c.name.includes('private lessons'))).toBe(true);
      // Every class has its instructor, and the staff sit in the center itself.
      const report = await reportViolations(ctx, { org: DEMO_CENTER });
      expect(report.totals.office_vacant).toBe(0);
      expect(report.totals.member_without_unit).toBe(0);
      const center = (await listUnits(ctx, { org: DEMO_CENTER, childrenOf: null })).items[0];
      expect(center?.kind).toBe('center');
      expect(center?.counts.directMembers).toBeGreaterThan(0);
    });

    it('gives the center courses in every area, a full class with a waitlist, certificates and private lessons', async () => {
      const org = await getOrg(ctx, DEMO_CENTER);
      const courses = await listCourses(ctx, { org: DEMO_CENTER, limit: 100 });
      expect(new Set(courses.items.map((c) => c.area))).toEqual(new Set(org.rulebook.training.areas.map((a) => a.key)));
      const classes = (await listClasses(ctx, { org: DEMO_CENTER, limit: 100 })).items;
      const full = classes.find((c) => c.unitCode === 'PRG1-1');
      expect(full?.places).toMatchObject({ free: 0, waitlisted: 2 });
      const roster = await getClass(ctx, DEMO_CENTER, full?.id ?? 0);
      expect(roster.enrolments.filter((e) => e.state === 'waitlisted').map((e) => e.waitlistPosition)).toEqual([1, 2]);
      // The curtain course has given its lessons: some completed with certificates, one still to issue.
      const curtain = await getClass(ctx, DEMO_CENTER, classes.find((c) => c.unitCode === 'PRG1-2')?.id ?? 0);
      const completed = curtain.enrolments.filter((e) => e.state === 'completed');
      expect(completed.length).toBeGreaterThanOrEqual(2);
      const certificates = await Promise.all(completed.map(async (e) => (await listMemberCertificates(ctx, DEMO_CENTER, { id: e.memberId }, 'http://localhost:3000'))));
      expect(certificates.flat().some((c) => !c.consent.showName)).toBe(true);
      expect(curtain.enrolments.some((e) => e.state === 'enrolled' && e.finalPiece === 'passed')).toBe(true);
      // The founder's expiring licence needs attention; about twenty private lessons are booked.
      const attention = await trainingAttention(ctx, { org: DEMO_CENTER });
      expect(attention.items.map((a) => [a.memberNo, a.kind, a.daysLeft])).toEqual([['S00001', 'qualification_expiring', 45]]);
      const founder = await getMember(ctx, DEMO_CENTER, { memberNo: 'S00001' });
      const lessons = await listLessons(ctx, { org: DEMO_CENTER, instructor: { id: founder.id }, limit: 200 });
      expect(lessons.items.filter((l) => l.kind === 'private')).toHaveLength(20);
      const report = await trainingReport(ctx, { org: DEMO_CENTER, year: Number(TODAY.slice(0, 4)) });
      expect(report.lessonsGiven.private).toBeGreaterThan(5);
      expect(report.completion.completed).toBe(completed.length);
    });

    it('refuses to load the demo twice', async () => {
      await expectError(loadDemo(ctx), 'already_exists', /demo-party/);
    });
  });
}
