import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appointOfficer } from './appoint-officer.js';
import { approveMinutes } from './approve-minutes.js';
import { cancelMeeting } from './cancel-meeting.js';
import { actingAs, type AppContext } from './context.js';
import { meetingCompliance } from './meeting-compliance.js';
import { getMeeting, listMeetings } from './meeting-queries.js';
import { recordAttendance } from './record-attendance.js';
import { recordMeetingDecision } from './record-meeting-decision.js';
import { rescheduleMeeting } from './reschedule-meeting.js';
import { saveMinutes } from './save-minutes.js';
import { scheduleMeeting, type ScheduleMeetingInput } from './schedule-meeting.js';
import { buildCell, buildMembers, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`unit meetings on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /** A party with two cells of five under one section; the first cell's secretary has an account. */
    async function world() {
      const org = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, org.slug, org.section, 'CELL-A');
      const other = await buildCell(ctx, org.slug, org.section, 'CELL-B');
      const members = await buildMembers(ctx, org.slug, cell, 5);
      const others = await buildMembers(ctx, org.slug, other, 5);
      const secretary = members[0];
      if (!secretary || !others[0]) throw new Error('members missing');
      await appointOfficer(ctx, { org: org.slug, unit: { id: cell.id }, office: 'secretary', member: { id: secretary.id }, startOn: '2026-01-01' });
      await appointOfficer(ctx, { org: org.slug, unit: { id: other.id }, office: 'secretary', member: { id: others[0].id }, startOn: '2026-01-01' });
      const user = await buildUser(ctx, { orgSlug: org.slug, memberId: secretary.id });
      return { ...org, cell, other, members, others, asSecretary: actingAs(ctx, user) };
    }
    const meeting = (org: string, unitId: number, over: Partial<ScheduleMeetingInput> = {}): ScheduleMeetingInput => ({
      org,
      unit: { id: unitId },
      kind: 'general',
      title: 'Cell general meeting',
      start: '2026-11-20T19:00',
      end: '2026-11-20T21:00',
      timeZone: 'Asia/Seoul',
      place: 'Union hall, room 2',
      agenda: ['Report of the secretary', 'Study of the statement'],
      ...over,
    });

    it('stores the instant in UTC with its zone, invites the unit, and keeps local time across summer time', async () => {
      const w = await world();
      const m = await scheduleMeeting(ctx, meeting(w.slug, w.cell.id));
      expect(m).toMatchObject({ startsAt: '2026-11-20T10:00:00.000Z', timeZone: 'Asia/Seoul', localStart: '2026-11-20T19:00', attendance: { invited: 5, total: 5 } });
      // Berlin: 19:00 is 18:00 UTC in winter, 17:00 UTC in summer.
      const winter = await scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { timeZone: 'Europe/Berlin', start: '2027-01-12T19:00', end: '2027-01-12T20:00' }));
      const summer = await scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { timeZone: 'Europe/Berlin', start: '2027-07-13T19:00', end: '2027-07-13T20:00' }));
      expect([winter.startsAt, summer.startsAt]).toEqual(['2027-01-12T18:00:00.000Z', '2027-07-13T17:00:00.000Z']);
      const e = await expectError(scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { timeZone: 'Mars/Olympus', end: '2026-11-20T18:00' })), 'validation_failed');
      expect(e.problems.map((p) => p.path)).toEqual(['timeZone']);
      const later = await expectError(scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { end: '2026-11-20T18:00' })), 'validation_failed');
      expect(later.problems).toEqual([{ path: 'end', message: 'must be after the start' }]);
    });

    it('lets a cell secretary run their own cell\u2019s meetings only', async () => {
      const w = await world();
      const own = await scheduleMeeting(w.asSecretary, meeting(w.slug, w.cell.id));
      expect(own.unitCode).toBe('CELL-A');
      // The sibling cell is out of the secretary's sight: it answers as missing, for scheduling and reading.
      await expectError(scheduleMeeting(w.asSecretary, meeting(w.slug, w.other.id)), 'not_found', /Unit with id/);
      const theirs = await scheduleMeeting(ctx, meeting(w.slug, w.other.id));
      const missing = await expectError(getMeeting(w.asSecretary, w.slug, theirs.id), 'not_found');
      const none = await expectError(getMeeting(w.asSecretary, w.slug, 999_999), 'not_found');
      expect(missing.message.replace(/\d+/g, '#')).toBe(none.message.replace(/\d+/g, '#'));
      await expectError(cancelMeeting(w.asSecretary, { org: w.slug, meetingId: theirs.id, reason: 'not mine', version: 1 }), 'not_found');
      // A plain member of the cell sees the meeting but may not run it.
      const plain = await buildUser(ctx, { orgSlug: w.slug, memberId: w.members[1]?.id as number });
      expect((await getMeeting(actingAs(ctx, plain), w.slug, own.id)).title).toBe('Cell general meeting');
      await expectError(cancelMeeting(actingAs(ctx, plain), { org: w.slug, meetingId: own.id, reason: 'no', version: 1 }), 'forbidden');
      expect((await listMeetings(w.asSecretary, { org: w.slug })).items.map((m) => m.unitCode)).toEqual(['CELL-A']);
    });

    it('records attendance with check-in times and decides by the rulebook\u2019s quorum', async () => {
      const w = await world();
      const m = await scheduleMeeting(w.asSecretary, meeting(w.slug, w.cell.id));
      const [a, b, c, d, e] = w.members.map((x) => ({ id: x.id }));
      if (!a || !b || !c || !d || !e) throw new Error('members missing');
      // The party rulebook needs two thirds of the five invited present: 4.
      await recordAttendance(w.asSecretary, { org: w.slug, meetingId: m.id, entries: [{ member: a, status: 'present', checkedInAt: '2026-11-20T10:02:00Z' }, { member: b, status: 'present' }, { member: c, status: 'present' }, { member: d, status: 'excused' }] });
      const noQuorum = await recordMeetingDecision(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Hold a study session', votesFor: 3, votesAgainst: 0, abstentions: 0 });
      expect(noQuorum.adopted).toBe(false);
      expect(noQuorum.result).toMatchObject({ quorumMet: false, quorumRequired: 4, count: { entitled: 5, present: 3 } });
      await recordAttendance(w.asSecretary, { org: w.slug, meetingId: m.id, entries: [{ member: d, status: 'present' }, { member: e, status: 'absent' }] });
      const adopted = await recordMeetingDecision(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Hold a study session', votesFor: 3, votesAgainst: 1, abstentions: 0 });
      expect(adopted.adopted).toBe(true);
      await expectError(recordMeetingDecision(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Too many votes', votesFor: 5, votesAgainst: 0, abstentions: 0 }), 'validation_failed', /cannot exceed present/);
      const detail = await getMeeting(ctx, w.slug, m.id);
      expect(detail.attendance).toMatchObject({ present: 4, absent: 1, excused: 0, invited: 0 });
      expect(detail.invitees.find((i) => i.memberId === a.id)?.checkedInAt).toBe('2026-11-20T10:02:00.000Z');
      expect(detail.decisions.map((x) => x.adopted)).toEqual([false, true]);
    });

    it('makes approved minutes immutable; a correction is a new revision and the database refuses direct changes', async () => {
      const w = await world();
      const m = await scheduleMeeting(w.asSecretary, meeting(w.slug, w.cell.id));
      const draft = await saveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Opened at 19:05.' });
      const edited = await saveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Opened at 19:05. Five present.', version: draft.version });
      await expectError(saveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'stale', version: draft.version }), 'version_conflict');
      const approved = await approveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, version: edited.version });
      expect(approved).toMatchObject({ revision: 1, status: 'approved', text: 'Opened at 19:05. Five present.' });
      await expectError(saveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Rewritten' }), 'invalid_transition', /approved and cannot change/);
      await expectError(approveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, version: approved.version }), 'invalid_transition');
      // Not even a direct statement changes or deletes approved minutes.
      const db = ctx.database.db;
      await expect(sql`update meeting_minutes set text = 'forged' where meeting_id = ${m.id}`.execute(db)).rejects.toThrow(/immutable/);
      await expect(sql`delete from meeting_minutes where meeting_id = ${m.id}`.execute(db)).rejects.toThrow(/immutable/);
      const correction = await saveMinutes(w.asSecretary, { org: w.slug, meetingId: m.id, text: 'Opened at 19:05. Four present.', correctionReason: 'Miscounted' });
      expect(correction).toMatchObject({ revision: 2, status: 'draft', correctionReason: 'Miscounted' });
      const minutes = (await getMeeting(ctx, w.slug, m.id)).minutes;
      expect(minutes.map((x) => [x.revision, x.status, x.text])).toEqual([
        [1, 'approved', 'Opened at 19:05. Five present.'],
        [2, 'draft', 'Opened at 19:05. Four present.'],
      ]);
    });

    it('raises the calendar sequence on a change and keeps a cancelled meeting on record', async () => {
      const w = await world();
      const m = await scheduleMeeting(w.asSecretary, meeting(w.slug, w.cell.id));
      const moved = await rescheduleMeeting(w.asSecretary, { org: w.slug, meetingId: m.id, start: '2026-11-21T19:00', end: '2026-11-21T21:00', version: m.version });
      expect([moved.sequence, moved.localStart]).toEqual([1, '2026-11-21T19:00']);
      await expectError(rescheduleMeeting(w.asSecretary, { org: w.slug, meetingId: m.id, place: 'elsewhere', version: m.version }), 'version_conflict');
      const cancelled = await cancelMeeting(w.asSecretary, { org: w.slug, meetingId: m.id, reason: 'Flooded hall', version: moved.version });
      expect([cancelled.status, cancelled.sequence, cancelled.cancelReason]).toEqual(['cancelled', 2, 'Flooded hall']);
    });

    it('reports units that missed a monthly meeting, from the meetings already recorded', async () => {
      const w = await world();
      // Both cells exist since the test clock's day (2026-11-29); pretend they were created in June.
      await ctx.database.db.updateTable('units').set({ created_on: '2026-06-10' }).where('code', 'in', ['CELL-A', 'CELL-B']).execute();
      // CELL-A met every month from July to October (one late on the last evening of a month, local
      // time: 31 Oct 23:30 in Seoul is 14:30 UTC, still October); CELL-B met in July only, and its
      // September meeting was cancelled.
      for (const day of ['2026-07-03', '2026-08-14', '2026-09-30']) await scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { start: `${day}T19:00`, end: `${day}T21:00` }));
      await scheduleMeeting(ctx, meeting(w.slug, w.cell.id, { start: '2026-10-31T23:30', end: '2026-11-01T00:30' }));
      await scheduleMeeting(ctx, meeting(w.slug, w.other.id, { start: '2026-07-10T19:00', end: '2026-07-10T20:00' }));
      const sept = await scheduleMeeting(ctx, meeting(w.slug, w.other.id, { start: '2026-09-10T19:00', end: '2026-09-10T20:00' }));
      await cancelMeeting(ctx, { org: w.slug, meetingId: sept.id, reason: 'no quorum expected', version: sept.version });
      const report = await meetingCompliance(ctx, { org: w.slug, within: { id: w.section.id }, from: '2026-06-01' });
      // June is not owed (the cells began mid-month); November is still running.
      expect(report.units.map((u) => [u.unit.code, u.missed.map((p) => p.start)])).toEqual([['CELL-B', ['2026-08-01', '2026-09-01', '2026-10-01']]]);
      expect(report).toMatchObject({ checkedUnits: 2, totals: { unitsMissing: 1, missedPeriods: 3 } });
      expect(report.units[0]?.lastMeetingOn).toBe('2026-07-10');
      // The secretary of CELL-A reads full records of their cell only; the report follows that scope.
      const mine = await meetingCompliance(w.asSecretary, { org: w.slug, from: '2026-06-01' });
      expect([mine.checkedUnits, mine.units.length]).toEqual([1, 0]);
    });
  });
}
