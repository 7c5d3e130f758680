import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appointOfficer } from './appoint-officer.js';
import { attachCaseEvidence } from './attach-case-evidence.js';
import { caseReport, getCase, getCaseAttachment, listCases, listMemberNotices } from './case-queries.js';
import type { AppContext } from './context.js';
import { decideAppeal } from './decide-appeal.js';
import { decideCase } from './decide-case.js';
import { finalizeCase } from './finalize-case.js';
import { lodgeAppeal } from './lodge-appeal.js';
import { getMember } from './member-queries.js';
import { openCase } from './open-case.js';
import { erasePerson, exportPersonData } from './person-data.js';
import { ratifyCase } from './ratify-case.js';
import { scheduleHearing } from './schedule-hearing.js';
import { submitDefence } from './submit-defence.js';
import { sweepDiscipline } from './sweep-discipline.js';
import { unitAttention } from './unit-attention.js';
import { getUnit } from './unit-queries.js';
import { withdrawCase } from './withdraw-case.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { buildDisciplineWorld, daysLater } from '../test-support/discipline-world.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { apiTokenOf, openSession } from '../test-support/org-world.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

type World = Awaited<ReturnType<typeof buildDisciplineWorld>>;
const CHARGES = 'Missed every cell meeting since spring and kept the dues.';
const vote = (forVotes: number, against = 0, entitled = 7, present = 6) => ({ entitled, present, for: forVotes, against, abstain: present - forVotes - against });

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`disciplinary cases on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /** Opens a case in the cell and takes it to a hearing with the defence in. */
    async function heardCase(w: World) {
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES, incidentOn: '2026-10-01' });
      await submitDefence(w.as.accused, { org: w.slug, caseId: opened.id, defence: 'I was working night shifts; the dues are paid now.' });
      return scheduleHearing(w.as.secretary, { org: w.slug, caseId: opened.id, on: TODAY, meetingRef: 'cell-meeting-2026-11' });
    }

    it('takes an expulsion through decision, ratification, appeal and upholding; only then does it end membership and every access', async () => {
      const w = await buildDisciplineWorld(ctx);
      await appointOfficer(ctx, { org: w.slug, unit: { id: w.cell.id }, office: 'deputy_secretary', member: { id: w.accused.id }, startOn: '2026-01-01' });
      const session = await openSession(ctx, w.accusedUser.userId);
      const token = await apiTokenOf(ctx, w.accusedUser.userId);
      const heard = await heardCase(w);
      expect(heard.state).toBe('hearing_scheduled');
      expect(heard.defence).toMatch(/night shifts/);

      const decided = await decideCase(w.as.secretary, { org: w.slug, caseId: heard.id, penalty: 'expulsion', vote: vote(5, 1), meetingRef: 'cell-meeting-2026-11', reason: 'charges proven', version: heard.version });
      expect(decided.state).toBe('pending_ratification');
      expect(decided.ratifyUnitId).toBe(w.primary.id);
      expect(decided.appealUnitId).toBe(w.county.id);
      expect(decided.vote?.explanation).toMatch(/^Adopted by simple majority/);
      // Waiting for ratification changes nothing for the member.
      expect((await getMember(ctx, w.slug, { id: w.accused.id })).status).toBe('full_member');
      // The cell cannot ratify its own decision; the member cannot either.
      await expectError(ratifyCase(w.as.secretary, { org: w.slug, caseId: heard.id, outcome: 'ratify', reason: 'ok' }), 'forbidden', /ratifying body/);
      await expectError(ratifyCase(w.as.accused, { org: w.slug, caseId: heard.id, outcome: 'ratify', reason: 'ok' }), 'forbidden');

      const ratified = await ratifyCase(w.as.primaryStaff, { org: w.slug, caseId: heard.id, outcome: 'ratify', reason: 'procedure followed', meetingRef: 'primary-2026-12' });
      expect(ratified.state).toBe('appeal_window');
      expect(ratified.appealDueOn).toBe('2026-12-29');
      expect((await getMember(ctx, w.slug, { id: w.accused.id })).status).toBe('full_member');

      await expectError(lodgeAppeal(w.as.secretary, { org: w.slug, caseId: heard.id, grounds: 'on their behalf' }), 'forbidden', /member concerned/);
      const appealed = await lodgeAppeal(w.as.accused, { org: w.slug, caseId: heard.id, grounds: 'The absences were excused by the factory.' });
      expect(appealed.state).toBe('under_appeal');
      await expectError(decideAppeal(w.as.primaryStaff, { org: w.slug, caseId: heard.id, outcome: 'uphold', reason: 'x' }), 'forbidden', /appeal body/);
      const final = await decideAppeal(w.as.countyStaff, { org: w.slug, caseId: heard.id, outcome: 'uphold', reason: 'no new facts', meetingRef: 'county-2027-01' });
      expect(final.state).toBe('final');
      expect(final.finalPenalty).toBe('expulsion');

      const member = await getMember(ctx, w.slug, { id: w.accused.id });
      expect(member.status).toBe('expelled');
      expect(member.unitId).toBeNull();
      expect(member.offices.every((t) => t.endOn !== null && t.endOn <= TODAY)).toBe(true);
      expect((await getUnit(ctx, w.slug, { id: w.cell.id })).counts.directMembers).toBe(2);
      const db = ctx.database.db;
      expect((await db.selectFrom('sessions').select('revoked_at').where('user_id', '=', w.accusedUser.userId).execute()).every((s) => s.revoked_at !== null)).toBe(true);
      expect((await db.selectFrom('api_tokens').select('revoked_at').where('id', '=', token.id).executeTakeFirstOrThrow()).revoked_at).not.toBeNull();
      expect(session).toBeTypeOf('string');

      // The whole case reads as a timeline, every step with its actor, and the member was told each time.
      const timeline = (await getCase(ctx, w.slug, heard.id)).timeline;
      expect(timeline.map((s) => s.action)).toEqual(['open', 'submit_defence', 'schedule_hearing', 'decide', 'ratify', 'appeal', 'uphold']);
      expect(timeline.every((s) => s.actor.startsWith('user:') && s.at !== '')).toBe(true);
      expect(timeline.find((s) => s.action === 'uphold')?.detail.effects).toMatch(/membership ended.*1 session\(s\) and 1 API token\(s\) revoked/);
      const kinds = (await listMemberNotices(ctx, w.slug, { id: w.accused.id })).map((n) => n.kind).reverse();
      expect(kinds).toEqual(['case_opened', 'hearing_scheduled', 'case_decided', 'case_ratified', 'appeal_lodged', 'case_final']);
    });

    it('refuses a decision before the member could answer, without a quorum, or against the hearing date; a lost vote dismisses', async () => {
      const w = await buildDisciplineWorld(ctx);
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES });
      expect(opened.defenceDueOn).toBe('2026-12-13');
      await expectError(decideCase(w.as.secretary, { org: w.slug, caseId: opened.id, penalty: 'warning', vote: vote(5), reason: 'r' }), 'invalid_transition', /cannot decide/);
      await scheduleHearing(w.as.secretary, { org: w.slug, caseId: opened.id, on: TODAY });
      await expectError(decideCase(w.as.secretary, { org: w.slug, caseId: opened.id, penalty: 'warning', vote: vote(5), reason: 'r' }), 'rule_violation', /until 2026-12-13/);
      const later = daysLater(w.as.secretary, 15);
      const noQuorum = await expectError(decideCase(later, { org: w.slug, caseId: opened.id, penalty: 'warning', vote: vote(3, 0, 7, 3), reason: 'r' }), 'rule_violation', /No quorum: 3 present, 4 needed/);
      expect(noQuorum.hint).toMatch(/quorum/);
      await expectError(decideCase(later, { org: w.slug, caseId: opened.id, penalty: 'warning', vote: { entitled: 7, present: 6, for: 5, against: 3, abstain: 0 }, reason: 'r' }), 'validation_failed');
      const lost = await decideCase(later, { org: w.slug, caseId: opened.id, penalty: 'warning', vote: vote(2, 3), reason: 'motion failed' });
      expect(lost.state).toBe('dismissed');
      expect(lost.closedOn).toBe('2026-12-14');
      expect(lost.vote?.adopted).toBe(false);
    });

    it('lets the appeal body reduce a penalty (never raise it) and the ratifying body overturn', async () => {
      const w = await buildDisciplineWorld(ctx);
      const heard = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: heard.id, penalty: 'expulsion', vote: vote(6), reason: 'r' });
      await ratifyCase(w.as.primaryStaff, { org: w.slug, caseId: heard.id, outcome: 'ratify', reason: 'r' });
      await lodgeAppeal(w.as.accused, { org: w.slug, caseId: heard.id, grounds: 'too harsh' });
      await expectError(decideAppeal(w.as.countyStaff, { org: w.slug, caseId: heard.id, outcome: 'reduce', reason: 'r' }), 'validation_failed');
      const reduced = await decideAppeal(w.as.countyStaff, { org: w.slug, caseId: heard.id, outcome: 'reduce', penalty: 'serious_warning', reason: 'first offence' });
      expect(reduced.state).toBe('final');
      expect(reduced.finalPenalty).toBe('serious_warning');
      expect(reduced.penalty).toBe('expulsion');
      expect((await getMember(ctx, w.slug, { id: w.accused.id })).status).toBe('full_member');

      const second = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: second.id, penalty: 'removal_from_office', vote: vote(6), reason: 'r' });
      const overturned = await ratifyCase(w.as.primaryStaff, { org: w.slug, caseId: second.id, outcome: 'overturn', reason: 'not proven' });
      expect(overturned.state).toBe('overturned');
      expect(overturned.nextActions).toEqual([]);
      await expectError(lodgeAppeal(w.as.accused, { org: w.slug, caseId: second.id, grounds: 'x' }), 'invalid_transition', /'overturned' cannot appeal/);
    });

    it('lifts a probation on its end date by the clock alone; the sweep records the lifting once', async () => {
      const w = await buildDisciplineWorld(ctx);
      const heard = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: heard.id, penalty: 'probation', months: 1, vote: vote(6), reason: 'r' });
      // Probation is ratified by the parent: the section; the appeal would go to the primary committee.
      await ratifyCase(ctx, { org: w.slug, caseId: heard.id, outcome: 'ratify', reason: 'r' });
      const final = await finalizeCase(w.as.accused, { org: w.slug, caseId: heard.id });
      expect(final.state).toBe('final');
      expect(final.timeline.at(-1)?.reason).toBe('the member waived the appeal');
      expect(final.sanction).toEqual({ endsOn: '2026-12-29', inForce: true });
      await expectError(appointOfficer(ctx, { org: w.slug, unit: { id: w.cell.id }, office: 'deputy_secretary', member: { id: w.accused.id } }), 'rule_violation', /on probation until 2026-12-29/);

      const dayBefore = daysLater(ctx, 29);
      expect((await getCase(dayBefore, w.slug, heard.id)).sanction?.inForce).toBe(true);
      const endDay = daysLater(ctx, 30);
      // No sweep has run: being in force is a function of the date.
      expect((await listCases(endDay, { org: w.slug })).items[0]?.sanction).toEqual({ endsOn: '2026-12-29', inForce: false });
      await appointOfficer(endDay, { org: w.slug, unit: { id: w.cell.id }, office: 'deputy_secretary', member: { id: w.accused.id } });
      expect(await sweepDiscipline(endDay)).toEqual({ finalized: [], lifted: [heard.id] });
      expect(await sweepDiscipline(endDay)).toEqual({ finalized: [], lifted: [] });
      const lifted = (await getCase(endDay, w.slug, heard.id)).timeline.at(-1);
      expect(lifted).toMatchObject({ action: 'sanction_lifted', actor: 'system:clock', occurredOn: '2026-12-29' });
    });

    it('makes a decision final when the appeal window closes unused: on read, without anyone acting', async () => {
      const w = await buildDisciplineWorld(ctx);
      const heard = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: heard.id, penalty: 'warning', vote: vote(6), reason: 'r' });
      await expectError(finalizeCase(w.as.secretary, { org: w.slug, caseId: heard.id }), 'rule_violation', /may appeal until 2026-12-29/);
      const lastDay = daysLater(ctx, 30);
      expect((await getCase(lastDay, w.slug, heard.id)).state).toBe('appeal_window');
      const after = daysLater(ctx, 31);
      expect((await unitAttention(after, w.slug, { id: w.cell.id })).map((i) => i.kind)).toContain('appeal_window_closed');
      const read = await getCase(after, w.slug, heard.id);
      expect(read.state).toBe('final');
      expect(read.timeline.at(-1)).toMatchObject({ action: 'finalize', actor: 'system:clock', reason: 'no appeal by 2026-12-29' });
      await expectError(lodgeAppeal(daysLater(w.as.accused, 31), { org: w.slug, caseId: heard.id, grounds: 'late' }), 'invalid_transition');
    });

    it('withdraws with a reason; a withdrawn case takes no more steps', async () => {
      const w = await buildDisciplineWorld(ctx);
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES });
      await expectError(withdrawCase(w.as.secretary, { org: w.slug, caseId: opened.id, reason: ' ' }), 'validation_failed');
      await expectError(withdrawCase(w.as.secretary, { org: w.slug, caseId: opened.id, reason: 'x', version: 99 }), 'version_conflict');
      const withdrawn = await withdrawCase(w.as.secretary, { org: w.slug, caseId: opened.id, reason: 'the dues were found paid', version: opened.version });
      expect(withdrawn).toMatchObject({ state: 'withdrawn', closedOn: TODAY });
      await expectError(submitDefence(w.as.accused, { org: w.slug, caseId: opened.id, defence: 'thanks' }), 'invalid_transition');
    });

    it('stores evidence as bytes with type, size and checksum; refuses other types with a clear error', async () => {
      const w = await buildDisciplineWorld(ctx);
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES });
      const bytes = new TextEncoder().encode('%PDF-1.4 minutes of the October meeting');
      const a = await attachCaseEvidence(w.as.secretary, { org: w.slug, caseId: opened.id, filename: 'minutes.pdf', contentType: 'application/pdf', content: bytes });
      expect(a).toMatchObject({ filename: 'minutes.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      const back = await getCaseAttachment(w.as.accused, w.slug, opened.id, a.id);
      expect(Buffer.compare(back.content, Buffer.from(bytes))).toBe(0);
      const e = await expectError(attachCaseEvidence(w.as.secretary, { org: w.slug, caseId: opened.id, filename: 'run.exe', contentType: 'application/x-msdownload', content: bytes }), 'validation_failed', /refused/);
      expect(e.problems[0]?.message).toMatch(/not allowed; allowed: application\/pdf, image\/png, image\/jpeg, text\/plain/);
      await expectError(attachCaseEvidence(w.as.accused, { org: w.slug, caseId: opened.id, filename: 'mine.pdf', contentType: 'application/pdf', content: bytes }), 'forbidden');
      expect((await getCase(ctx, w.slug, opened.id)).attachments).toHaveLength(1);
    });

    it('keeps a case confidential: the rest of the cell and other units see nothing, auditors see but do not act', async () => {
      const w = await buildDisciplineWorld(ctx);
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES });
      await expectError(getCase(w.as.neighbour, w.slug, opened.id), 'not_found', new RegExp(`^Case ${opened.id} was not found$`));
      await expectError(getCase(w.as.neighbour, w.slug, 999_999), 'not_found', /^Case 999999 was not found$/);
      expect((await listCases(w.as.neighbour, { org: w.slug })).items).toEqual([]);
      expect((await getCase(w.as.accused, w.slug, opened.id)).charges).toBe(CHARGES);
      expect((await listCases(w.as.auditor, { org: w.slug })).items.map((c) => c.id)).toEqual([opened.id]);
      await expectError(withdrawCase(w.as.auditor, { org: w.slug, caseId: opened.id, reason: 'x' }), 'forbidden');
      // A higher committee's case about a cell member is not the cell secretary's to see.
      const higher = await openCase(w.as.primaryStaff, { org: w.slug, member: { id: w.secretaryMember.id }, unit: { id: w.primary.id }, charges: CHARGES });
      await expectError(getCase(w.as.neighbour, w.slug, higher.id), 'not_found');
      await expectError(openCase(w.as.secretary, { org: w.slug, member: { id: w.secretaryMember.id }, unit: { id: w.cell.id }, charges: CHARGES }), 'forbidden', /yourself/);
      await expectError(listMemberNotices(w.as.secretary, w.slug, { id: w.accused.id }), 'forbidden');
    });

    it('puts a person\u2019s cases and notices in their data export, and erases their texts and files with the person', async () => {
      const w = await buildDisciplineWorld(ctx);
      const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: CHARGES });
      await attachCaseEvidence(w.as.secretary, { org: w.slug, caseId: opened.id, filename: 'a.txt', contentType: 'text/plain', content: new TextEncoder().encode('evidence') });
      await submitDefence(w.as.accused, { org: w.slug, caseId: opened.id, defence: 'My side of it.' });
      const own = await exportPersonData(w.as.accused, w.slug, { id: w.accused.id });
      expect(own.cases.map((c) => [c.id, c.charges, c.defence])).toEqual([[opened.id, CHARGES, 'My side of it.']]);
      expect(own.notices.map((n) => n.kind)).toEqual(['case_opened']);
      // The secretary exports the record without the member's notices.
      expect((await exportPersonData(w.as.secretary, w.slug, { id: w.accused.id })).notices).toEqual([]);
      await erasePerson(ctx, { org: w.slug, member: { id: w.accused.id }, reason: 'erasure request' });
      const after = await getCase(ctx, w.slug, opened.id);
      expect(after).toMatchObject({ charges: '(erased)', defence: null, attachments: [] });
      expect(after.timeline.map((s) => s.action)).toEqual(['open', 'attach_evidence', 'submit_defence']);
      expect(await listMemberNotices(ctx, w.slug, { id: w.accused.id })).toEqual([]);
    });

    it('reports cases by state and penalty with time to outcome, and lists what needs attention', async () => {
      const w = await buildDisciplineWorld(ctx);
      const a = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: a.id, penalty: 'warning', vote: vote(6), reason: 'r' });
      await finalizeCase(w.as.accused, { org: w.slug, caseId: a.id });
      const b = await openCase(w.as.secretary, { org: w.slug, member: { id: w.neighbourMember.id }, unit: { id: w.cell.id }, charges: CHARGES });
      const c = await heardCase(w);
      await decideCase(w.as.secretary, { org: w.slug, caseId: c.id, penalty: 'expulsion', vote: vote(6), reason: 'r' });
      const later = daysLater(ctx, 20);
      const report = await caseReport(later, { org: w.slug, within: { id: w.primary.id } });
      expect(report).toMatchObject({ total: 3, byState: { final: 1, open: 1, pending_ratification: 1 }, byPenalty: { warning: 1 }, overdue: { defence: 1, ratification: 1, appealWindowClosed: 0 } });
      expect(report.daysToOutcome).toEqual({ cases: 1, average: 0, median: 0, max: 0 });
      const attention = await unitAttention(later, w.slug, { id: w.primary.id });
      expect(attention.map((i) => [i.kind, i.caseId])).toEqual([
        ['pending_ratification', c.id],
        ['defence_overdue', b.id],
      ]);
      // The cell secretary sees their own cell's items; the plain member cannot ask.
      expect((await unitAttention(daysLater(w.as.secretary, 20), w.slug, { id: w.cell.id })).length).toBe(2);
      await expectError(unitAttention(w.as.neighbour, w.slug, { id: w.cell.id }), 'forbidden');
    });
  });
}
