import { describe, expect, it } from 'vitest';
import { changeMemberStatus } from './change-member-status.js';
import type { AppContext } from './context.js';
import { cancelTransfer, receiveTransfer, returnTransfer } from './decide-transfer.js';
import { extendProbation } from './extend-probation.js';
import { getMember } from './member-queries.js';
import { promoteMember } from './promote-member.js';
import { rejectMember } from './reject-member.js';
import { sendTransfer } from './send-transfer.js';
import { listTransfers } from './transfer-queries.js';
import { unitAttention } from './unit-attention.js';
import { getUnit } from './unit-queries.js';
import { buildMember } from '../test-support/factories.js';
import { buildDisciplineWorld, daysLater } from '../test-support/discipline-world.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { actingAs } from './context.js';
import { buildUser } from '../test-support/factories.js';
import { appointOfficer } from './appoint-officer.js';
import { createOrg } from './create-org.js';
import { createUnit } from './create-unit.js';
import { recordMemberActivity } from './record-member-activity.js';
import { templateRulebook } from '../core/rulebook/templates.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`membership lifecycle and transfers on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('takes an applicant through candidacy (one extension, with a reason) to full membership, recording who decided and where', async () => {
      const w = await buildDisciplineWorld(ctx);
      const applicant = await buildMember(ctx, w.slug, w.cell, { status: 'applicant' });
      const candidate = await promoteMember(w.as.secretary, { org: w.slug, member: { id: applicant.id }, reason: 'recommended by two members', meetingRef: 'cell-2026-11', version: applicant.version });
      expect(candidate.status).toBe('candidate');
      await expectError(promoteMember(w.as.secretary, { org: w.slug, member: { id: applicant.id }, reason: 'early' }), 'rule_violation', /probation runs until 2027-11-29/);
      await expectError(extendProbation(w.as.secretary, { org: w.slug, member: { id: applicant.id }, months: 13, reason: 'needs time' }), 'validation_failed', /1–12 months/);
      await extendProbation(w.as.secretary, { org: w.slug, member: { id: applicant.id }, months: 6, reason: 'has not yet studied the rules' });
      await expectError(extendProbation(w.as.secretary, { org: w.slug, member: { id: applicant.id }, months: 1, reason: 'again' }), 'rule_violation', /already extended 1 time/);
      expect((await getMember(ctx, w.slug, { id: applicant.id })).probation).toEqual({ endsOn: '2028-05-29', extensions: 1 });
      const attentionDay = daysLater(ctx, 365 + 182);
      expect((await unitAttention(attentionDay, w.slug, { id: w.cell.id })).map((i) => [i.kind, i.dueOn])).toEqual([['probation_ended', '2028-05-29']]);
      // The secretary's one-year term has ended by then; the primary committee's staff decide.
      const full = await promoteMember(daysLater(w.as.primaryStaff, 365 + 182), { org: w.slug, member: { id: applicant.id }, reason: 'probation completed', meetingRef: 'cell-2028-05' });
      expect(full.status).toBe('full_member');
      const history = (await getMember(ctx, w.slug, { id: applicant.id })).events.filter((e) => e.type === 'status_changed');
      expect(history.map((e) => `${e.from}→${e.to}`)).toEqual(['applicant→candidate', 'candidate→full_member']);
      const steps = await ctx.database.db.selectFrom('membership_steps').selectAll().where('member_id', '=', applicant.id).orderBy('id').execute();
      expect(steps.map((s) => [s.step, s.to_status, s.meeting_ref, s.unit_id === w.cell.id, s.actor.startsWith('user:')])).toEqual([
        ['promote', 'candidate', 'cell-2026-11', true, true],
        ['extend_probation', 'candidate', null, true, true],
        ['promote', 'full_member', 'cell-2028-05', true, true],
      ]);
      expect(steps[1]?.probation_ends_on).toBe('2028-05-29');
      const detail = await getMember(ctx, w.slug, { id: applicant.id });
      expect(detail.probation).toBeNull();
      expect(detail.steps.map((x) => [x.step, x.meetingRef, x.reason])).toEqual([
        ['promote', 'cell-2026-11', 'recommended by two members'],
        ['extend_probation', null, 'has not yet studied the rules'],
        ['promote', 'cell-2028-05', 'probation completed'],
      ]);
    });

    it('rejects with a reason: the person leaves the unit, keeps the record and may reapply', async () => {
      const w = await buildDisciplineWorld(ctx);
      const applicant = await buildMember(ctx, w.slug, w.cell, { status: 'applicant' });
      await expectError(rejectMember(w.as.secretary, { org: w.slug, member: { id: applicant.id }, reason: '' }), 'validation_failed');
      const rejected = await rejectMember(w.as.secretary, { org: w.slug, member: { id: applicant.id }, reason: 'did not attend the interview' });
      expect(rejected).toMatchObject({ status: 'rejected', unitId: null });
      expect((await getUnit(ctx, w.slug, { id: w.cell.id })).counts.directMembers).toBe(3);
      await expectError(rejectMember(w.as.secretary, { org: w.slug, member: { id: w.secretaryMember.id }, reason: 'x' }), 'forbidden', /your own/);
      await expectError(rejectMember(ctx, { org: w.slug, member: { id: w.accused.id }, reason: 'x' }), 'invalid_transition', /'full_member' cannot be rejected/);
      expect((await changeMemberStatus(ctx, { org: w.slug, member: { id: applicant.id }, status: 'applicant', reason: 'applies again', unit: { id: w.cell.id } })).status).toBe('applicant');
    });

    it('lapses membership only when the rulebook has a lapse rule, measured from the last recorded activity', async () => {
      const w = await buildDisciplineWorld(ctx);
      await expectError(changeMemberStatus(ctx, { org: w.slug, member: { id: w.accused.id }, status: 'lapsed', reason: 'inactive' }), 'rule_violation', /no lapse rule/);
      const rulebook = templateRulebook('party');
      rulebook.membership.lapseAfterMonths = 6;
      await createOrg(ctx, { slug: 'strict', rulebook });
      const root = await createUnit(ctx, { org: 'strict', code: 'R', name: 'Root', kind: 'central_committee' });
      const p = await createUnit(ctx, { org: 'strict', code: 'P', name: 'Province', kind: 'provincial_committee', parent: { id: root.id } });
      const c = await createUnit(ctx, { org: 'strict', code: 'C', name: 'County', kind: 'county_committee', parent: { id: p.id } });
      const pr = await createUnit(ctx, { org: 'strict', code: 'PR', name: 'Primary', kind: 'primary_committee', parent: { id: c.id } });
      const cell = await createUnit(ctx, { org: 'strict', code: 'CELL', name: 'Cell', kind: 'cell', parent: { id: pr.id } });
      const idle = await buildMember(ctx, 'strict', cell, { joinedOn: '2026-01-10' });
      const active = await buildMember(ctx, 'strict', cell, { joinedOn: '2026-01-10' });
      await recordMemberActivity(ctx, { org: 'strict', member: { id: active.id }, kind: 'dues', on: '2026-10-01' });
      await recordMemberActivity(ctx, { org: 'strict', member: { id: active.id }, kind: 'attendance', on: '2026-09-01' });
      expect((await unitAttention(ctx, 'strict', { id: cell.id })).map((i) => [i.kind, i.memberId, i.dueOn])).toEqual([['membership_lapsed', idle.id, '2026-07-10']]);
      await expectError(changeMemberStatus(ctx, { org: 'strict', member: { id: active.id }, status: 'lapsed', reason: 'inactive' }), 'rule_violation', /last active on 2026-10-01/);
      const lapsed = await changeMemberStatus(ctx, { org: 'strict', member: { id: idle.id }, status: 'lapsed', reason: 'no dues since joining' });
      expect(lapsed).toMatchObject({ status: 'lapsed', unitId: null });
    });

    it('transfers in two steps: the member stays in the old cell until received, never in two or none', async () => {
      const w = await buildDisciplineWorld(ctx);
      const otherSecretary = await buildMember(ctx, w.slug, w.other);
      await appointOfficer(ctx, { org: w.slug, unit: { id: w.other.id }, office: 'secretary', member: { id: otherSecretary.id }, startOn: '2026-01-01' });
      const receiver = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: otherSecretary.id }));
      const sent = await sendTransfer(w.as.secretary, { org: w.slug, member: { id: w.neighbourMember.id }, to: { code: w.other.code }, reason: 'moved to the other shift' });
      expect(sent).toMatchObject({ state: 'sent', dueOn: '2026-12-29', fromUnitCode: w.cell.code, toUnitCode: w.other.code, overdue: false });
      expect((await getMember(ctx, w.slug, { id: w.neighbourMember.id })).unitId).toBe(w.cell.id);
      await expectError(sendTransfer(w.as.secretary, { org: w.slug, member: { id: w.neighbourMember.id }, to: { id: w.other.id }, reason: 'again' }), 'already_exists');
      // Only the receiving unit decides; the sender sees it in its list.
      await expectError(receiveTransfer(w.as.secretary, { org: w.slug, transferId: sent.id }), 'forbidden', /receiving unit/);
      await expectError(receiveTransfer(w.as.neighbour, { org: w.slug, transferId: sent.id }), 'not_found');
      expect((await listTransfers(w.as.secretary, { org: w.slug })).items.map((t) => t.id)).toEqual([sent.id]);
      const overdue = daysLater(ctx, 31);
      expect((await unitAttention(overdue, w.slug, { id: w.section.id })).map((i) => [i.kind, i.transferId])).toEqual([['transfer_overdue', sent.id]]);
      const received = await receiveTransfer(daysLater(receiver, 31), { org: w.slug, transferId: sent.id, meetingRef: 'other-cell-2026-12', version: sent.version });
      expect(received).toMatchObject({ state: 'received', decidedOn: '2026-12-30' });
      const moved = await getMember(ctx, w.slug, { id: w.neighbourMember.id });
      expect(moved.unitId).toBe(w.other.id);
      expect(moved.placements.map((p) => [p.unitCode, p.endOn])).toEqual([
        [w.cell.code, '2026-12-30'],
        [w.other.code, null],
      ]);
      expect((await getUnit(ctx, w.slug, { id: w.cell.id })).counts.directMembers).toBe(2);
      expect((await getUnit(ctx, w.slug, { id: w.other.id })).counts.directMembers).toBe(2);
      await expectError(returnTransfer(receiver, { org: w.slug, transferId: sent.id, reason: 'changed our mind' }), 'invalid_transition');

      const back = await sendTransfer(receiver, { org: w.slug, member: { id: w.neighbourMember.id }, to: { id: w.cell.id }, reason: 'shift changed back' });
      const returned = await returnTransfer(w.as.secretary, { org: w.slug, transferId: back.id, reason: 'the cell is full' });
      expect(returned.state).toBe('returned');
      expect((await getMember(ctx, w.slug, { id: w.neighbourMember.id })).unitId).toBe(w.other.id);
      // The sender may cancel a transfer nobody has decided yet; the receiver may not.
      const again = await sendTransfer(receiver, { org: w.slug, member: { id: w.neighbourMember.id }, to: { id: w.cell.id }, reason: 'one more try' });
      await expectError(cancelTransfer(w.as.secretary, { org: w.slug, transferId: again.id, reason: 'no' }), 'forbidden', /sending unit/);
      expect((await cancelTransfer(receiver, { org: w.slug, transferId: again.id, reason: 'sent by mistake' })).state).toBe('cancelled');
      await expectError(receiveTransfer(w.as.secretary, { org: w.slug, transferId: again.id }), 'invalid_transition', /cancelled cannot be received/);
      expect(TODAY).toBe('2026-11-29');
    });
  });
}
