import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addConventionSession } from './add-convention-session.js';
import { addConvention } from './add-convention.js';
import { appointOfficer } from './appoint-officer.js';
import { approveMinutes } from './approve-minutes.js';
import { approveProceedings } from './approve-proceedings.js';
import { assembleProceedings } from './assemble-proceedings.js';
import { cancelConventionSession } from './cancel-convention-session.js';
import { castVote } from './cast-vote.js';
import { changeConventionSession } from './change-convention-session.js';
import { checkIn } from './check-in.js';
import { closeVote } from './close-vote.js';
import { actingAs, type AppContext } from './context.js';
import { getConvention, getMotion } from './convention-queries.js';
import { createConventionSeries } from './create-convention-series.js';
import { draftMotion } from './draft-motion.js';
import { endOfficeTerm } from './end-office-term.js';
import { enterPaperBallotTotals } from './enter-paper-ballot-totals.js';
import { freezeRoster } from './freeze-roster.js';
import { getMeeting } from './meeting-queries.js';
import { openVote } from './open-vote.js';
import { erasePerson } from './person-data.js';
import { recordAddress } from './record-address.js';
import { recordAttendance } from './record-attendance.js';
import { listRoster } from './roster-queries.js';
import { saveMinutes } from './save-minutes.js';
import { scheduleMeeting } from './schedule-meeting.js';
import { transferMember } from './transfer-member.js';
import { withdrawMotion } from './withdraw-motion.js';
import { moveUnit } from './move-unit.js';
import { createUnit } from './create-unit.js';
import type { MemberView } from './views.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { findTextEverywhere } from '../test-support/find-text.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`convention finishing touches on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /** Five cells with their secretaries, a frozen edition of secretaries at the primary committee, one session. */
    async function convention(cells = 5) {
      const org = await buildPartyOrg(ctx);
      const secretaries: MemberView[] = [];
      for (let i = 0; i < cells; i++) {
        const cell = await buildCell(ctx, org.slug, org.section, `C${i + 1}`);
        const [m] = await buildMembers(ctx, org.slug, cell, 1);
        if (!m) throw new Error('member missing');
        await appointOfficer(ctx, { org: org.slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-01-01' });
        secretaries.push(m);
      }
      const series = await createConventionSeries(ctx, { org: org.slug, unit: { id: org.primary.id }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } });
      const c = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', place: 'Culture Hall' });
      await freezeRoster(ctx, { org: org.slug, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: TODAY, version: c.version });
      const session = await addConventionSession(ctx, { org: org.slug, conventionId: c.id, title: 'Plenary', start: '2026-12-10T09:00', end: '2026-12-10T12:00' });
      const roster = (await listRoster(ctx, { org: org.slug, conventionId: c.id })).items;
      const rosterOf = (m: MemberView): number => roster.find((r) => r.memberId === m.id)?.id ?? -1;
      return { ...org, secretaries, conventionId: c.id, session, rosterOf };
    }

    it('decides a paper secret ballot from the tellers’ totals by the same rule, refusing more papers than voters present', async () => {
      const w = await convention(5);
      // Four of five check in: the quorum (3 of 5) is met.
      for (const m of w.secretaries.slice(0, 4)) await checkIn(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, rosterId: w.rosterOf(m) });
      const m = await draftMotion(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'resolution', title: 'Budget', text: 'We adopt the budget.' });
      await expectError(openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'open', medium: 'paper', version: m.version }), 'validation_failed', /secret/);
      const open = await openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'secret', medium: 'paper', version: m.version });
      expect([open.ballot, open.ballotMedium, open.paperTotals]).toEqual(['secret', 'paper', null]);
      // Voters cast paper, not in the app; closing before the totals are in is refused.
      const voter = await buildUser(ctx, { orgSlug: w.slug, memberId: w.secretaries[0]?.id as number });
      await expectError(castVote(actingAs(ctx, voter), { org: w.slug, motionId: m.id, choice: 'for' }), 'invalid_transition', /paper/);
      await expectError(closeVote(ctx, { org: w.slug, motionId: m.id, version: open.version }), 'invalid_transition', /totals/);
      // Five papers from four present voters: refused, nothing stored.
      await expectError(enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 2, against: 1, abstain: 1, spoilt: 1 }), 'validation_failed', /only 4 voters are present/);
      expect(await ctx.database.db.selectFrom('paper_ballot_totals').selectAll().execute()).toEqual([]);
      await expectError(enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: -1, against: 0, abstain: 0, spoilt: 0 }), 'validation_failed');
      const entered = await enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 1, against: 2, abstain: 0, spoilt: 1 });
      expect(entered.paperTotals).toMatchObject({ for: 1, against: 2, abstain: 0, spoilt: 1, enteredBy: 'system:local', version: 1 });
      expect(entered.ballotsCast).toBe(4);
      // A second entry must say which totals it corrects.
      await expectError(enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 2, against: 1, abstain: 0, spoilt: 1 }), 'already_exists');
      await expectError(enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 2, against: 1, abstain: 0, spoilt: 1, version: 7 }), 'version_conflict');
      const corrected = await enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 2, against: 1, abstain: 0, spoilt: 1, version: 1 });
      expect(corrected.paperTotals?.version).toBe(2);
      // Stored as counts only: the table has no column that could name a voter.
      const columns = Object.keys((await ctx.database.db.selectFrom('paper_ballot_totals').selectAll().executeTakeFirstOrThrow()) as object).sort();
      expect(columns).toEqual(['abstentions', 'entered_at', 'entered_by', 'motion_id', 'org_id', 'spoilt', 'version', 'votes_against', 'votes_for']);
      const closed = await closeVote(ctx, { org: w.slug, motionId: m.id, version: corrected.version });
      // Simple majority of valid votes: 2 for, 1 against (the spoilt paper counts towards nobody).
      expect(closed.status).toBe('adopted');
      expect(closed.result?.count).toEqual({ entitled: 5, present: 4, for: 2, against: 1, abstain: 0 });
      expect(closed.result?.rule).toEqual({ quorum: 'majority', majority: 'simple' });
      await expectError(enterPaperBallotTotals(ctx, { org: w.slug, motionId: m.id, for: 0, against: 3, abstain: 0, spoilt: 1, version: 2 }), 'invalid_transition');
    });

    it('lets the mover or the chair withdraw a motion before its vote closes, keeping the reason', async () => {
      const w = await convention(3);
      const [mover, other] = w.secretaries as [MemberView, MemberView];
      const moverUser = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: mover.id }));
      const otherUser = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: other.id }));
      const m = await draftMotion(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'motion', title: 'Move the hall', text: 'We move the hall.', mover: { id: mover.id } });
      expect(m.moverMemberId).toBe(mover.id);
      await expectError(withdrawMotion(otherUser, { org: w.slug, motionId: m.id, reason: 'I dislike it', version: m.version }), 'forbidden', /mover/);
      await expectError(withdrawMotion(moverUser, { org: w.slug, motionId: m.id, reason: '  ', version: m.version }), 'validation_failed');
      await expectError(withdrawMotion(moverUser, { org: w.slug, motionId: m.id, reason: 'Hall found', version: m.version + 1 }), 'version_conflict');
      const withdrawn = await withdrawMotion(moverUser, { org: w.slug, motionId: m.id, reason: 'Hall found', version: m.version });
      expect([withdrawn.status, withdrawn.withdrawal?.reason]).toEqual(['withdrawn', 'Hall found']);
      await expectError(openVote(ctx, { org: w.slug, motionId: m.id, ballot: 'open', version: withdrawn.version }), 'invalid_transition');

      // The chair withdraws one being voted on; ballots already cast are never counted.
      for (const s of w.secretaries) await checkIn(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, rosterId: w.rosterOf(s) });
      const second = await draftMotion(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'motion', title: 'Second', text: 'Text.' });
      const voting = await openVote(ctx, { org: w.slug, motionId: second.id, ballot: 'open', version: second.version });
      await castVote(ctx, { org: w.slug, motionId: second.id, rosterId: w.rosterOf(mover), choice: 'for' });
      const byChair = await withdrawMotion(ctx, { org: w.slug, motionId: second.id, reason: 'Out of order', version: voting.version });
      expect([byChair.status, byChair.result]).toEqual(['withdrawn', null]);
      await expectError(castVote(ctx, { org: w.slug, motionId: second.id, rosterId: w.rosterOf(other), choice: 'for' }), 'invalid_transition');
      await expectError(closeVote(ctx, { org: w.slug, motionId: second.id, version: byChair.version }), 'invalid_transition');
      // Once the vote has closed it stays decided.
      const third = await draftMotion(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'motion', title: 'Third', text: 'Text.' });
      const v3 = await openVote(ctx, { org: w.slug, motionId: third.id, ballot: 'open', version: third.version });
      const decided = await closeVote(ctx, { org: w.slug, motionId: third.id, version: v3.version });
      await expectError(withdrawMotion(ctx, { org: w.slug, motionId: third.id, reason: 'Too late', version: decided.version }), 'invalid_transition', /not closed/);
      expect((await getMotion(ctx, w.slug, m.id)).withdrawal?.reason).toBe('Hall found');
    });

    it('retitles, moves and cancels sessions, raising the sequence; cancelled sessions stay in the program', async () => {
      const w = await convention(1);
      const changed = await changeConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, title: 'Opening plenary', start: '2026-12-10T10:00', end: '2026-12-10T13:00', version: w.session.version });
      expect([changed.title, changed.localStart, changed.startsAt, changed.version]).toEqual(['Opening plenary', '2026-12-10T10:00', '2026-12-10T01:00:00.000Z', 2]);
      await expectError(changeConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, start: '2026-12-14T10:00', end: '2026-12-14T11:00', version: changed.version }), 'validation_failed', /not valid/);
      await expectError(changeConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, title: 'Stale', version: 1 }), 'version_conflict');
      await expectError(changeConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: 99_999, title: 'Nowhere', version: 1 }), 'not_found');
      const cancelled = await cancelConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, reason: 'Hall flooded', version: changed.version });
      expect([cancelled.status, cancelled.cancelReason]).toEqual(['cancelled', 'Hall flooded']);
      await expectError(changeConventionSession(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, title: 'Again', version: cancelled.version }), 'invalid_transition');
      const row = await ctx.database.db.selectFrom('convention_sessions').select(['sequence', 'status']).where('id', '=', w.session.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ sequence: 2, status: 'cancelled' });
      expect((await getConvention(ctx, w.slug, w.conventionId)).sessions.map((s) => [s.title, s.status])).toEqual([['Opening plenary', 'cancelled']]);
      await expectError(draftMotion(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'motion', title: 'Late', text: 'Text.' }), 'invalid_transition', /cancelled/);
      const [secretary] = w.secretaries;
      if (!secretary) throw new Error('missing');
      await expectError(checkIn(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, rosterId: w.rosterOf(secretary) }), 'invalid_transition', /cancelled/);
    });

    it('reads the roster from the tree as it stood on the cut-off date, not as it is now', async () => {
      // The tree is built in June; the cut-off is 1 September; changes follow in November (today).
      const june = { ...ctx, clock: () => new Date('2026-06-01T10:00:00Z') };
      const org = await buildPartyOrg(june);
      const a = await buildCell(june, org.slug, org.section, 'A');
      const b = await buildCell(june, org.slug, org.section, 'B');
      const [secA, plainA] = await buildMembers(june, org.slug, a, 2);
      const [secB] = await buildMembers(june, org.slug, b, 1);
      if (!secA || !plainA || !secB) throw new Error('missing');
      await appointOfficer(june, { org: org.slug, unit: { id: a.id }, office: 'secretary', member: { id: secA.id }, startOn: '2026-06-01' });
      const termB = await appointOfficer(june, { org: org.slug, unit: { id: b.id }, office: 'secretary', member: { id: secB.id }, startOn: '2026-06-01' });
      // After the cut-off: B's secretary leaves office, the plain member of A becomes B's secretary,
      // and A's secretary is transferred to B.
      await endOfficeTerm(ctx, { org: org.slug, termId: termB.id, endOn: '2026-11-01', reason: 'stepped down' });
      await transferMember(ctx, { org: org.slug, member: { id: plainA.id }, to: { id: b.id }, reason: 'moved' });
      await appointOfficer(ctx, { org: org.slug, unit: { id: b.id }, office: 'secretary', member: { id: plainA.id }, startOn: '2026-11-02' });
      const series = await createConventionSeries(ctx, { org: org.slug, unit: { id: org.section.id }, name: { en: 'Section Conference', ko: '분회 회의' } });
      const c = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn: '2026-12-10', endsOn: '2026-12-10', timeZone: 'Asia/Seoul' });
      const rule = { officeHolders: [{ unitKind: 'cell', office: 'secretary' }], delegates: { perUnitKind: 'cell', perMembers: 1, rounding: 'up', minimum: 0 } };
      const frozen = await freezeRoster(ctx, { org: org.slug, conventionId: c.id, rule, cutoffOn: '2026-09-01', version: c.version });
      // The secretaries of 1 September: A's and B's (whose term ended after it) — not the one appointed since.
      const holders = (await listRoster(ctx, { org: org.slug, conventionId: c.id })).items.filter((r) => r.category === 'office_holder');
      expect(holders.map((r) => [r.memberId, r.unitCode])).toEqual([
        [secA.id, 'A'],
        [secB.id, 'B'],
      ]);
      // Members per cell on that day: A had two (the transfer came later), B one.
      expect(frozen.basis.delegateUnits.map((d) => [d.unitId, d.members])).toEqual([
        [a.id, 2],
        [b.id, 1],
      ]);
      // Today's tree would give other answers.
      const today = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn: '2026-12-11', endsOn: '2026-12-11', timeZone: 'Asia/Seoul' });
      const now = await freezeRoster(ctx, { org: org.slug, conventionId: today.id, rule, cutoffOn: TODAY, version: today.version, dryRun: true });
      expect(now.basis.delegateUnits.map((d) => d.members)).toEqual([1, 2]);
    });

    it('places units moved after the cut-off where they stood on that day', async () => {
      const june = { ...ctx, clock: () => new Date('2026-06-01T10:00:00Z') };
      const org = await buildPartyOrg(june);
      const other = await createUnit(june, { org: org.slug, code: 'P1-C1-P1-T', name: 'Dyeing Section', kind: 'sectional_committee', parent: { id: org.primary.id } });
      const stays = await buildCell(june, org.slug, org.section, 'STAYS');
      const leaves = await buildCell(june, org.slug, org.section, 'LEAVES');
      const joins = await buildCell(june, org.slug, other, 'JOINS');
      const secretaries = new Map<string, number>();
      for (const cell of [stays, leaves, joins]) {
        const [m] = await buildMembers(june, org.slug, cell, 1);
        if (!m) throw new Error('missing');
        await appointOfficer(june, { org: org.slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-06-01' });
        secretaries.set(cell.code, m.id);
      }
      // After the cut-off (today, in November) one cell leaves the section and another comes in.
      await moveUnit(ctx, { org: org.slug, unit: { id: leaves.id }, newParent: { id: other.id }, reason: 'reorganized' });
      await moveUnit(ctx, { org: org.slug, unit: { id: joins.id }, newParent: { id: org.section.id }, reason: 'reorganized' });
      const series = await createConventionSeries(ctx, { org: org.slug, unit: { id: org.section.id }, name: { en: 'Section Conference', ko: '분회 회의' } });
      const rule = { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] };
      const roster = async (cutoffOn: string, startsOn: string) => {
        const c = await addConvention(ctx, { org: org.slug, seriesId: series.id, startsOn, endsOn: startsOn, timeZone: 'Asia/Seoul' });
        await freezeRoster(ctx, { org: org.slug, conventionId: c.id, rule, cutoffOn, version: c.version });
        return (await listRoster(ctx, { org: org.slug, conventionId: c.id })).items.map((r) => r.memberId).sort((x, y) => (x ?? 0) - (y ?? 0));
      };
      const ids = (...codes: string[]) => codes.map((code) => secretaries.get(code)).sort((x, y) => (x ?? 0) - (y ?? 0));
      expect(await roster('2026-09-01', '2026-12-10')).toEqual(ids('STAYS', 'LEAVES'));
      expect(await roster(TODAY, '2026-12-11')).toEqual(ids('STAYS', 'JOINS'));
    });

    it('erases a person who attended, approved and spoke: the approved records stay, the rest is pseudonymous', async () => {
      const NAME = 'Zyxwvutsrq';
      const w = await convention(2);
      const cell = (await ctx.database.db.selectFrom('units').select(['id', 'code']).where('code', '=', 'C1').executeTakeFirstOrThrow());
      const person = await buildMember(ctx, w.slug, null, { unit: { id: cell.id }, familyName: NAME, givenName: 'Ko' });
      await buildUser(ctx, { orgSlug: w.slug, memberId: person.id });
      const meeting = await scheduleMeeting(ctx, { org: w.slug, unit: { id: cell.id }, kind: 'general', title: 'General', start: '2026-11-29T19:00', end: '2026-11-29T21:00', timeZone: 'Asia/Seoul', place: 'Hall' });
      await recordAttendance(ctx, { org: w.slug, meetingId: meeting.id, entries: [{ member: { id: person.id }, status: 'present' }] });
      const draft = await saveMinutes(ctx, { org: w.slug, meetingId: meeting.id, text: 'The secretary reported on the harvest.' });
      const approved = await approveMinutes(ctx, { org: w.slug, meetingId: meeting.id, version: draft.version });
      // The person gives the opening address of the convention, recorded in its approved proceedings.
      await recordAddress(ctx, { org: w.slug, conventionId: w.conventionId, sessionId: w.session.id, kind: 'opening', speaker: { member: { id: person.id } }, title: 'Opening', text: 'Welcome, comrades.' });
      const proceedings = await assembleProceedings(ctx, { org: w.slug, conventionId: w.conventionId });
      await approveProceedings(ctx, { org: w.slug, conventionId: w.conventionId, version: proceedings.version });

      const result = await erasePerson(ctx, { org: w.slug, member: { id: person.id }, reason: 'erasure request of the person' });
      expect(result.memberId).toBe(person.id);
      // The approved minutes are exactly as approved, and the attendance still links the (now pseudonymous) member.
      const after = await getMeeting(ctx, w.slug, meeting.id);
      expect(after.minutes).toEqual([{ ...approved }]);
      const attendance = await ctx.database.db.selectFrom('meeting_attendance').select(['member_id', 'status']).where('meeting_id', '=', meeting.id).where('member_id', '=', person.id).execute();
      expect(attendance).toEqual([{ member_id: person.id, status: 'present' }]);
      // The copy of the name beside the address is gone; the approved proceedings are the record and keep it.
      const address = (await getConvention(ctx, w.slug, w.conventionId)).addresses[0];
      expect([address?.speakerMemberId, address?.speakerName]).toEqual([person.id, '(erased)']);
      expect(await findTextEverywhere(ctx.database, NAME)).toEqual(['proceedings.document']);
      // And the database still refuses to change approved records directly.
      await expect(sql`update meeting_minutes set text = 'changed' where meeting_id = ${meeting.id}`.execute(ctx.database.db)).rejects.toThrow(/immutable/);
    });
  });
}
