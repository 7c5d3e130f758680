import { verifyAudit } from './audit-queries.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addConventionSession } from './add-convention-session.js';
import { addConvention } from './add-convention.js';
import { acknowledgeDecision } from './acknowledge-decision.js';
import { appointOfficer } from './appoint-officer.js';
import { approveProceedings } from './approve-proceedings.js';
import { assembleProceedings } from './assemble-proceedings.js';
import { castVote } from './cast-vote.js';
import { checkIn } from './check-in.js';
import { closeVote } from './close-vote.js';
import { actingAs, type AppContext } from './context.js';
import { createConventionSeries } from './create-convention-series.js';
import { dispatchReport, getConvention, listConventionSeries } from './convention-queries.js';
import { decideAmendment } from './decide-amendment.js';
import { draftMotion } from './draft-motion.js';
import { fillDelegateSeat } from './fill-delegate-seat.js';
import { freezeRoster } from './freeze-roster.js';
import { openVote } from './open-vote.js';
import { proposeAmendment } from './propose-amendment.js';
import { publishText } from './publish-text.js';
import { recordAddress } from './record-address.js';
import { badgeList, listRoster } from './roster-queries.js';
import { sendDownDecision } from './send-down-decision.js';
import { substituteDelegate } from './substitute-delegate.js';
import { transferMember } from './transfer-member.js';
import { createUnit } from './create-unit.js';
import type { MemberView, UnitView } from './views.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`conventions on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /**
     * Section S with five cells of one member each (the cell's secretary), plus a member of S's
     * first cell who holds no office. Conventions are convened by the primary committee.
     */
    async function world(cells = 5) {
      const org = await buildPartyOrg(ctx);
      const secretaries: MemberView[] = [];
      const cellUnits: UnitView[] = [];
      for (let i = 0; i < cells; i++) {
        const cell = await buildCell(ctx, org.slug, org.section, `C${i + 1}`);
        const [m] = await buildMembers(ctx, org.slug, cell, 1);
        if (!m) throw new Error('member missing');
        await appointOfficer(ctx, { org: org.slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-01-01' });
        secretaries.push(m);
        cellUnits.push(cell);
      }
      const series = await createConventionSeries(ctx, { org: org.slug, unit: { id: org.primary.id }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } });
      return { ...org, secretaries, cells: cellUnits, series };
    }
    type World = Awaited<ReturnType<typeof world>>;

    /** A frozen edition of cell secretaries with one session; returns its roster ids by member. */
    async function frozenConvention(w: World) {
      const c = await addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', place: 'Culture Hall' });
      const frozen = await freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: TODAY, version: c.version });
      const session = await addConventionSession(ctx, { org: w.slug, conventionId: c.id, title: 'Plenary, first day', start: '2026-12-10T09:00', end: '2026-12-10T12:00' });
      const roster = (await listRoster(ctx, { org: w.slug, conventionId: c.id })).items;
      const rosterOf = (m: MemberView): number => roster.find((r) => r.memberId === m.id)?.id ?? -1;
      return { c: frozen.convention, session, roster, rosterOf };
    }

    it('numbers editions, records past ones with dates only, and computes figures across editions', async () => {
      const w = await world(3);
      for (const [startsOn, endsOn, participants, present] of [['1991-05-20', '1991-05-21', 4000, 3900], ['1994-03-10', '1994-03-11', 5200, null], ['2007-10-03', '2007-10-04', null, null]] as const) {
        await addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn, endsOn, timeZone: 'Asia/Seoul', past: { participants, present } });
      }
      const fourth = await addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', plannedParticipants: 10_000 });
      expect([fourth.ordinal, fourth.title.en, fourth.title.ko, fourth.status]).toEqual([4, '4th Meeting of Cell Secretaries', '제4차 세포비서대회', 'planned']);
      expect(fourth.previousId).not.toBeNull();
      await expectError(addConvention(ctx, { org: w.slug, seriesId: w.series.id, ordinal: 2, startsOn: '1994-03-10', endsOn: '1994-03-11', timeZone: 'Asia/Seoul' }), 'already_exists');
      await expectError(addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn: '2027-01-01', endsOn: '2027-01-02', timeZone: 'Asia/Seoul', past: {} }), 'validation_failed');
      const frozen = await freezeRoster(ctx, { org: w.slug, conventionId: fourth.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: TODAY, version: fourth.version });
      const session = await addConventionSession(ctx, { org: w.slug, conventionId: fourth.id, title: 'Opening', start: '2026-12-10T09:00', end: '2026-12-10T10:00' });
      const roster = (await listRoster(ctx, { org: w.slug, conventionId: frozen.convention.id })).items;
      await checkIn(ctx, { org: w.slug, conventionId: fourth.id, sessionId: session.id, rosterId: roster[0]?.id as number });
      await checkIn(ctx, { org: w.slug, conventionId: fourth.id, sessionId: session.id, rosterId: roster[1]?.id as number });
      const [series] = (await listConventionSeries(ctx, w.slug)).items;
      expect(series?.editions.map((e) => [e.ordinal, e.startsOn, e.participants, e.present, e.attendanceRate])).toEqual([
        [1, '1991-05-20', 4000, 3900, 0.975],
        [2, '1994-03-10', 5200, null, null],
        [3, '2007-10-03', null, null, null],
        [4, '2026-12-10', 3, 2, 0.667],
      ]);
    });

    it('computes the roster from the tree on the cut-off date and freezes it; substitutes replace with a reason', async () => {
      const w = await world(3);
      const [s1, s2, s3] = w.secretaries;
      if (!s1 || !s2 || !s3) throw new Error('secretaries missing');
      // A fourth cell whose secretary takes office after the cut-off date: not on the roster.
      const late = await buildCell(ctx, w.slug, w.section, 'LATE');
      const [lateSec] = await buildMembers(ctx, w.slug, late, 1);
      await appointOfficer(ctx, { org: w.slug, unit: { id: late.id }, office: 'secretary', member: { id: lateSec?.id as number }, startOn: '2026-11-30' });
      // (The tree is read as of the cut-off: on the day before, none of these cells existed yet.)
      const early = await addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn: '2026-12-01', endsOn: '2026-12-01', timeZone: 'Asia/Seoul' });
      expect((await freezeRoster(ctx, { org: w.slug, conventionId: early.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: '2026-11-28', version: 1, dryRun: true })).seats.officeHolders).toBe(0);
      const c = await addConvention(ctx, { org: w.slug, seriesId: w.series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul' });
      const rule = { officeHolders: [{ unitKind: 'cell', office: 'secretary' }], guests: [{ name: 'Fraternal delegation' }] };
      const preview = await freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule, cutoffOn: TODAY, version: c.version, dryRun: true });
      expect(preview.seats).toEqual({ officeHolders: 3, delegateSeats: 0, guests: 1, total: 4 });
      expect(preview.convention.status).toBe('planned');
      await expectError(freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'treasurer' }] }, cutoffOn: TODAY, version: c.version }), 'validation_failed', /does not fit/);
      await expectError(freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule, cutoffOn: '2027-01-01', version: c.version }), 'validation_failed');
      const frozen = await freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule, cutoffOn: TODAY, version: c.version });
      expect(frozen.convention).toMatchObject({ status: 'frozen', cutoffOn: TODAY });
      await expectError(freezeRoster(ctx, { org: w.slug, conventionId: c.id, rule, cutoffOn: TODAY, version: frozen.convention.version }), 'invalid_transition', /already frozen/);
      const roster = (await listRoster(ctx, { org: w.slug, conventionId: c.id })).items;
      expect(roster.map((r) => r.memberId ?? r.guestName)).toEqual([s1.id, s2.id, s3.id, 'Fraternal delegation']);
      // Frozen: a transfer after the freeze does not change it.
      await transferMember(ctx, { org: w.slug, member: { id: s3.id }, to: { id: w.cells[0]?.id as number }, reason: 'moved' });
      expect((await listRoster(ctx, { org: w.slug, conventionId: c.id })).items.length).toBe(4);

      // Badge codes: unguessable, distinct, not the member number; the desk finds people by any of them.
      const badges = (await badgeList(ctx, { org: w.slug, conventionId: c.id })).items;
      expect(badges.every((b) => /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(b.badgeCode))).toBe(true);
      expect(new Set(badges.map((b) => b.badgeCode)).size).toBe(4);
      expect(badges.some((b) => b.badgeCode.replaceAll('-', '').includes(s1.memberNo))).toBe(false);
      const byBadge = await listRoster(ctx, { org: w.slug, conventionId: c.id, q: badges[1]?.badgeCode.toLowerCase() });
      expect(byBadge.items.map((r) => r.memberId)).toEqual([s2.id]);
      expect((await listRoster(ctx, { org: w.slug, conventionId: c.id, q: s3.memberNo })).items.map((r) => r.memberId)).toEqual([s3.id]);
      expect((await listRoster(ctx, { org: w.slug, conventionId: c.id, q: `${s1.givenName} ${s1.familyName}` })).items.map((r) => r.memberId)).toEqual([s1.id]);

      // A substitute from the convening subtree replaces an absent secretary, with the reason kept.
      const [sub] = await buildMembers(ctx, w.slug, w.cells[1] as UnitView, 1);
      const entry = roster[1];
      if (!sub || !entry) throw new Error('missing');
      await expectError(substituteDelegate(ctx, { org: w.slug, conventionId: c.id, rosterId: entry.id, member: { id: sub.id }, reason: ' ', version: entry.version }), 'validation_failed');
      const outsider = await buildMember(ctx, w.slug, null);
      await expectError(substituteDelegate(ctx, { org: w.slug, conventionId: c.id, rosterId: entry.id, member: { id: outsider.id }, reason: 'ill', version: entry.version }), 'rule_violation');
      const replaced = await substituteDelegate(ctx, { org: w.slug, conventionId: c.id, rosterId: entry.id, member: { id: sub.id }, reason: 'In hospital', version: entry.version });
      expect(replaced).toMatchObject({ category: 'substitute', memberId: sub.id, replacesId: entry.id, substitutionReason: 'In hospital', status: 'entitled' });
      const after = (await listRoster(ctx, { org: w.slug, conventionId: c.id })).items;
      expect(after.find((r) => r.id === entry.id)?.status).toBe('replaced');
      const session = await addConventionSession(ctx, { org: w.slug, conventionId: c.id, title: 'Opening', start: '2026-12-10T09:00', end: '2026-12-10T10:00' });
      await expectError(checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: entry.id }), 'invalid_transition', /replaced/);
      const first = await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, badgeCode: (badges[0]?.badgeCode ?? '').toLowerCase() });
      const again = await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, badgeCode: badges[0]?.badgeCode });
      expect([first.alreadyCheckedIn, again.alreadyCheckedIn, again.checkedInAt]).toEqual([false, true, first.checkedInAt]);
      await expectError(checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, badgeCode: 'AAAA-AAAA-AAAA' }), 'not_found');
      expect((await getConvention(ctx, w.slug, c.id)).sessions.map((x) => x.present)).toEqual([1]);
    });

    it('allots delegate seats per primary committee by the stated rounding, filled from that committee\u2019s members', async () => {
      const org = await buildPartyOrg(ctx);
      const county = (await ctx.database.db.selectFrom('units').select('id').where('code', '=', 'P1-C1').executeTakeFirstOrThrow()).id;
      const second = await createUnit(ctx, { org: org.slug, code: 'PRIM-2', name: 'Second primary', kind: 'primary_committee', parent: { id: county } });
      const cellA = await buildCell(ctx, org.slug, org.section, 'A1');
      const cellB = await buildCell(ctx, org.slug, second, 'B1');
      await buildMembers(ctx, org.slug, cellA, 11);
      const [b1] = await buildMembers(ctx, org.slug, cellB, 15);
      const series = await createConventionSeries(ctx, { org: org.slug, unit: { id: county }, name: { en: 'County Conference', ko: '군 협의회' } });
      const c = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn: '2026-12-10', endsOn: '2026-12-10', timeZone: 'Asia/Seoul' });
      // One per 10 members, rounded to nearest: 11 → 1, 15 → 2 (halves round up).
      const rule = { delegates: { perUnitKind: 'primary_committee', perMembers: 10, rounding: 'nearest' } };
      const r = await freezeRoster(ctx, { org: org.slug, conventionId: c.id, rule, cutoffOn: TODAY, version: c.version });
      expect(r.basis.delegateUnits.map((d) => [d.members, d.seats])).toEqual([
        [11, 1],
        [15, 2],
      ]);
      // Before today nobody was placed yet: the tree of that day had no members.
      const c2 = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn: '2026-12-20', endsOn: '2026-12-20', timeZone: 'Asia/Seoul' });
      const empty = await freezeRoster(ctx, { org: org.slug, conventionId: c2.id, rule, cutoffOn: '2026-11-01', version: c2.version, dryRun: true });
      expect(empty.seats.delegateSeats).toBe(0);
      const seats = (await listRoster(ctx, { org: org.slug, conventionId: c.id })).items;
      const seatOfB = seats.find((x) => x.unitId === second.id);
      const seatOfA = seats.find((x) => x.unitId === org.primary.id);
      if (!seatOfB || !seatOfA || !b1) throw new Error('missing');
      await expectError(fillDelegateSeat(ctx, { org: org.slug, conventionId: c.id, rosterId: seatOfA.id, member: { id: b1.id }, version: seatOfA.version }), 'rule_violation');
      const filled = await fillDelegateSeat(ctx, { org: org.slug, conventionId: c.id, rosterId: seatOfB.id, member: { id: b1.id }, version: seatOfB.version });
      expect(filled).toMatchObject({ category: 'delegate', memberId: b1.id, unitCode: 'PRIM-2', seat: 1 });
      expect((await getConvention(ctx, org.slug, c.id)).roster).toMatchObject({ entitled: 1, vacantSeats: 2 });
    });

    it('commits check-ins arriving together as one batch, each with its own audit event, the first time kept', async () => {
      const w = await world(6);
      const { c, session, roster } = await frozenConvention(w);
      const voters = roster.filter((r) => r.category === 'office_holder');
      const before = await ctx.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'convention.check_in').executeTakeFirstOrThrow();
      // Every desk at once, and the first person twice.
      const results = await Promise.all([...voters, voters[0]].map((r) => checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: r?.id as number })));
      expect(results.filter((r) => r.alreadyCheckedIn).length).toBe(1);
      expect(new Set(results.map((r) => r.rosterId)).size).toBe(6);
      const after = await ctx.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'convention.check_in').executeTakeFirstOrThrow();
      expect(Number(after.n) - Number(before.n)).toBe(6);
      expect((await getConvention(ctx, w.slug, c.id)).sessions[0]?.present).toBe(6);
      const twice = results.filter((r) => r.rosterId === voters[0]?.id);
      expect(twice[1]?.checkedInAt).toBe(twice[0]?.checkedInAt);
      // The batch's events were appended in one reservation: the chain still verifies, in order.
      const [report] = await verifyAudit(ctx, { org: w.slug });
      expect(report).toMatchObject({ intact: true });
    });

    it('decides motions by quorum and majority through the whole flow, and stores the basis', async () => {
      const w = await world(5);
      const { c, session, rosterOf } = await frozenConvention(w);
      const [a, b, d, e, f] = w.secretaries as [MemberView, MemberView, MemberView, MemberView, MemberView];
      const motionFor = async (title: string) => {
        const m = await draftMotion(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, kind: 'motion', title, text: `Text of ${title}` });
        return openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'open', version: m.version });
      };
      const tell = (motionId: number, m: MemberView, choice: 'for' | 'against' | 'abstain') => castVote(ctx, { org: w.slug, motionId, rosterId: rosterOf(m), choice });

      // Two of five present: no quorum (more than half, 3, needed), even with both for.
      for (const m of [a, b]) await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: rosterOf(m) });
      const first = await motionFor('First');
      await tell(first.id, a, 'for');
      await tell(first.id, b, 'for');
      await expectError(tell(first.id, d, 'for'), 'invalid_transition', /checked in/);
      await expectError(tell(first.id, a, 'against'), 'already_exists');
      const noQuorum = await closeVote(ctx, { org: w.slug, motionId: first.id, version: first.version });
      expect(noQuorum.status).toBe('rejected');
      expect(noQuorum.result).toMatchObject({ quorumMet: false, quorumRequired: 3, rule: { quorum: 'majority', majority: 'simple' }, count: { entitled: 5, present: 2, for: 2 } });

      // Three present: quorum exactly. A tie (1–1, one abstaining) does not adopt; 2–1 does.
      await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: rosterOf(d) });
      const tie = await motionFor('Tie');
      await tell(tie.id, a, 'for');
      await tell(tie.id, b, 'against');
      await tell(tie.id, d, 'abstain');
      const tied = await closeVote(ctx, { org: w.slug, motionId: tie.id, version: tie.version });
      expect([tied.status, tied.result?.quorumMet, tied.result?.votesNeeded]).toEqual(['rejected', true, 2]);
      const pass = await motionFor('Pass');
      await tell(pass.id, a, 'for');
      await tell(pass.id, b, 'for');
      await tell(pass.id, d, 'against');
      const passed = await closeVote(ctx, { org: w.slug, motionId: pass.id, version: pass.version });
      expect(passed.status).toBe('adopted');
      expect(passed.result?.explanation).toMatch(/^Adopted by simple majority of votes cast: 2 for, 2 needed\. 2 for, 1 against, 0 abstaining; 3 of 5 entitled present\.$/);
      // Closed votes take no more ballots; later check-ins do not change a stored result.
      await expectError(tell(pass.id, a, 'for'), 'invalid_transition');
      for (const m of [e, f]) await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: rosterOf(m) });
      const detail = await getConvention(ctx, w.slug, c.id);
      expect(detail.motions.find((m) => m.id === pass.id)?.result?.count).toEqual({ entitled: 5, present: 3, for: 2, against: 1, abstain: 0 });
      expect(detail.sessions[0]?.present).toBe(5);

      // Amendments: the vote waits until each is decided; an accepted one becomes the text.
      const stmt = await draftMotion(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, kind: 'statement', title: 'Statement', text: 'We resolve to meet monthly.' });
      const amended = await proposeAmendment(ctx, { org: w.slug, motionId: stmt.id, text: 'We resolve to meet monthly and study together.', rationale: 'Study matters' });
      await expectError(openVote(ctx, { org: w.slug, motionId: stmt.id, ballot: 'secret', version: amended.version }), 'invalid_transition', /undecided/);
      const accepted = await decideAmendment(ctx, { org: w.slug, motionId: stmt.id, amendmentId: amended.amendments[0]?.id as number, accept: true, version: amended.version });
      expect(accepted.text).toBe('We resolve to meet monthly and study together.');

      // Adopted texts are published under a stable, citable id; others are not published.
      const published = await publishText(ctx, { org: w.slug, motionId: passed.id, version: passed.version });
      expect(published.publicId).toBe(`${w.series.id}-1-1`);
      await expectError(publishText(ctx, { org: w.slug, motionId: tied.id, version: tied.version }), 'invalid_transition');
    });

    it('keeps no link between a secret ballot and its voter: no shared key, no ordering, no choice in the audit trail', async () => {
      const w = await world(4);
      const { c, session, rosterOf } = await frozenConvention(w);
      const voters: AppContext[] = [];
      for (const m of w.secretaries) {
        await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: rosterOf(m) });
        voters.push(actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: m.id })));
      }
      const run = async (order: number[], choices: ('for' | 'against' | 'abstain')[]) => {
        const m = await draftMotion(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, kind: 'resolution', title: `Secret ${order.join('')}`, text: 'Elect the bureau' });
        const open = await openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'secret', version: m.version });
        for (const i of order) await castVote(voters[i] as AppContext, { org: w.slug, motionId: m.id, choice: choices[i] as 'for' });
        return open;
      };
      const choices = ['for', 'against', 'for', 'abstain'] as const;
      const m1 = await run([0, 1, 2, 3], [...choices]);
      const m2 = await run([3, 2, 1, 0], [...choices]);
      await expectError(castVote(voters[0] as AppContext, { org: w.slug, motionId: m1.id, choice: 'for' }), 'already_exists');
      await expectError(castVote(ctx, { org: w.slug, motionId: m1.id, rosterId: rosterOf(w.secretaries[0] as MemberView), choice: 'for' }), 'invalid_transition', /voter alone/);
      const db = ctx.database.db;

      // 1. Schema: the two tables share no column but the organization and the motion, reference
      //    each other not at all, and the ballots side has no id, time or order column.
      const columns = async (table: string): Promise<string[]> =>
        ctx.database.dialect === 'sqlite'
          ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name).sort()
          : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = ${table}`.execute(db)).rows.map((r) => r.name).sort();
      const voterCols = await columns('secret_ballot_voters');
      const tallyCols = await columns('secret_ballot_tallies');
      expect(voterCols).toEqual(['motion_id', 'org_id', 'roster_id']);
      expect(tallyCols).toEqual(['ballots', 'choice', 'motion_id', 'org_id']);
      expect(voterCols.filter((col) => tallyCols.includes(col))).toEqual(['motion_id', 'org_id']);
      const references = async (table: string): Promise<string[]> =>
        ctx.database.dialect === 'sqlite'
          ? (await sql<{ t: string }>`select "table" as t from pragma_foreign_key_list(${table})`.execute(db)).rows.map((r) => r.t).sort()
          : (
              await sql<{ t: string }>`select ccu.table_name as t from information_schema.table_constraints tc join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name where tc.table_name = ${table} and tc.constraint_type = 'FOREIGN KEY'`.execute(db)
            ).rows
              .map((r) => r.t)
              .sort();
      expect(await references('secret_ballot_tallies')).toEqual(['motions', 'orgs']);
      expect(await references('secret_ballot_voters')).toEqual(['convention_roster', 'motions', 'orgs']);

      // 2. Joining on every shared column pairs each voter with all of the motion's totals alike:
      //    the join carries no information about any one voter's choice.
      const joined = await sql<{ roster_id: number; choice: string; ballots: number }>`select v.roster_id, t.choice, t.ballots from secret_ballot_voters v join secret_ballot_tallies t on t.motion_id = v.motion_id and t.org_id = v.org_id where v.motion_id = ${m1.id} order by v.roster_id, t.choice`.execute(db);
      const perVoter = Object.values(Object.fromEntries(w.secretaries.map((m) => [rosterOf(m), joined.rows.filter((r) => r.roster_id === rosterOf(m)).map((r) => `${r.choice}:${Number(r.ballots)}`)])));
      expect(new Set(perVoter.map((p) => p.join())).size).toBe(1);
      expect(perVoter[0]).toEqual(['abstain:1', 'against:1', 'for:2']);

      // 3. The order of voting leaves no trace: the ballots side of two motions voted in opposite
      //    orders is identical, and holds one row per choice, not one per ballot.
      const tallies = async (motionId: number) => (await db.selectFrom('secret_ballot_tallies').select(['choice', 'ballots']).where('motion_id', '=', motionId).orderBy('choice').execute()).map((r) => [r.choice, Number(r.ballots)]);
      expect(await tallies(m1.id)).toEqual(await tallies(m2.id));
      expect((await tallies(m1.id)).length).toBe(3);

      // 4. Nothing else records a choice: no open votes, no choice in the audit events.
      expect(await db.selectFrom('open_votes').selectAll().where('motion_id', 'in', [m1.id, m2.id]).execute()).toEqual([]);
      const events = await db.selectFrom('audit_events').select('data').where('action', '=', 'motion.secret_ballot').execute();
      expect(events.length).toBe(8);
      expect(events.every((e) => !/for|against|abstain|choice/.test(e.data))).toBe(true);

      const closed = await closeVote(ctx, { org: w.slug, motionId: m1.id, version: m1.version });
      expect(closed.result?.count).toEqual({ entitled: 4, present: 4, for: 2, against: 1, abstain: 1 });
      expect(closed.status).toBe('adopted');
    });

    it('assembles proceedings, approves them immutably, and sends adopted texts down for acknowledgement', async () => {
      const w = await world(3);
      const { c, session, rosterOf } = await frozenConvention(w);
      const [a, b] = w.secretaries as [MemberView, MemberView];
      await recordAddress(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, kind: 'opening', speaker: { member: { id: a.id } }, title: 'Opening address', text: 'Comrades…', deliveredAt: '2026-12-10T00:05:00Z' });
      for (const m of w.secretaries) await checkIn(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, rosterId: rosterOf(m) });
      const m = await draftMotion(ctx, { org: w.slug, conventionId: c.id, sessionId: session.id, kind: 'statement', title: 'Statement of the 1st Meeting', text: 'Adopted text.' });
      const open = await openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'open', version: m.version });
      for (const x of [a, b]) await castVote(ctx, { org: w.slug, motionId: m.id, rosterId: rosterOf(x), choice: 'for' });
      const adopted = await closeVote(ctx, { org: w.slug, motionId: m.id, version: open.version });
      expect(adopted.status).toBe('adopted');

      const sent = await sendDownDecision(ctx, { org: w.slug, motionId: m.id, unitKinds: ['cell'] });
      expect(sent.sent).toBe(3);
      const secretaryOf1 = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: a.id }));
      await acknowledgeDecision(secretaryOf1, { org: w.slug, motionId: m.id, unit: { id: w.cells[0]?.id as number } });
      await expectError(acknowledgeDecision(secretaryOf1, { org: w.slug, motionId: m.id, unit: { id: w.cells[1]?.id as number } }), 'not_found');
      const report = await dispatchReport(ctx, { org: w.slug, motionId: m.id });
      expect([report.sent, report.acknowledged, report.pending.map((p) => p.code)]).toEqual([3, 1, ['C2', 'C3']]);

      const draft = await assembleProceedings(ctx, { org: w.slug, conventionId: c.id });
      expect(draft.document).toMatchObject({ title: { en: '1st Meeting of Cell Secretaries' }, addresses: [{ kind: 'opening', title: 'Opening address' }], adoptedTexts: [{ id: m.id }] });
      const approved = await approveProceedings(ctx, { org: w.slug, conventionId: c.id, version: draft.version });
      expect(approved.status).toBe('approved');
      await expectError(assembleProceedings(ctx, { org: w.slug, conventionId: c.id }), 'invalid_transition', /approved/);
      await expect(sql`update proceedings set document = '{}' where convention_id = ${c.id}`.execute(ctx.database.db)).rejects.toThrow(/immutable/);
      expect((await getConvention(ctx, w.slug, c.id)).status).toBe('closed');
    });
  });
}
