import { describe, expect, it } from 'vitest';
import { cancelMeeting } from './cancel-meeting.js';
import { type AppContext } from './context.js';
import { getMember } from './member-queries.js';
import { takeMembershipStep } from './membership-step.js';
import { scheduleMeeting } from './schedule-meeting.js';
import { buildCell, buildMember, buildPartyOrg } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`steps cite recorded meetings on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    const meeting = (unitId: number, day: string) =>
      scheduleMeeting(ctx, { org: 'party', unit: { id: unitId }, kind: 'general', title: `Meeting ${day}`, start: `${day}T19:00`, end: `${day}T21:00`, timeZone: 'Asia/Seoul', place: 'Hall' });

    it('records a promotion at a held meeting, and refuses a missing, cancelled or future one', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const held = await meeting(cell.id, '2026-11-20');
      const future = await meeting(cell.id, '2026-12-20');
      const dropped = await meeting(cell.id, '2026-11-10');
      await cancelMeeting(ctx, { org: slug, meetingId: dropped.id, reason: 'no quorum expected', version: dropped.version });
      const a = await buildMember(ctx, slug, cell, { status: 'applicant' });

      await expectError(takeMembershipStep(ctx, 'promote', { org: slug, member: { id: a.id }, reason: 'admitted', meetingRef: 'meeting:999999' }), 'validation_failed', /no meeting 999999/);
      await expectError(takeMembershipStep(ctx, 'promote', { org: slug, member: { id: a.id }, reason: 'admitted', meetingRef: `meeting:${dropped.id}` }), 'validation_failed', /cancelled/);
      await expectError(takeMembershipStep(ctx, 'promote', { org: slug, member: { id: a.id }, reason: 'admitted', meetingRef: `meeting:${future.id}` }), 'validation_failed', /not taken place/);
      // Nothing was written by the refused attempts.
      expect((await getMember(ctx, slug, { id: a.id })).status).toBe('applicant');

      await takeMembershipStep(ctx, 'promote', { org: slug, member: { id: a.id }, reason: 'admitted', meetingRef: `meeting:${held.id}` });
      const after = await getMember(ctx, slug, { id: a.id });
      expect(after.status).toBe('candidate');
      expect(after.steps.at(-1)?.meetingRef).toBe(`meeting:${held.id}`);
      // A meeting held outside Cellbook stays a free reference.
      await takeMembershipStep(ctx, 'extend_probation', { org: slug, member: { id: a.id }, reason: 'needs more time', meetingRef: 'Cell meeting, 3 March (paper minutes)' });
    });
  });
}
