import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAppContext, type AppContext } from '../app/context.js';
import { issuePasswordReset } from '../app/issue-password-reset.js';
import { buildAccount, TEST_PASSWORD } from '../test-support/accounts.js';
import { caseAt, setStatus, transferAt } from '../test-support/case-fixtures.js';
import { fixedClock } from '../test-support/expect-error.js';
import { conventionAt, meetingAt } from '../test-support/meeting-fixtures.js';
import { buildStaff, buildWorld, openSession, versionOf, type Identity, type Staff, type World } from '../test-support/org-world.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { rowVersion, trainingAt } from '../test-support/training-fixtures.js';
import { buildServer } from './server.js';

/*
 * No mass assignment: every write accepts only its schema's fields. For each write route of the
 * router, the valid body plus one field the caller must not set is refused with 400 and changes
 * nothing; the valid body alone then succeeds (so the refusal was for the extra field). A member,
 * whatever office they hold, cannot change their own status, unit or roles. Responses carry only
 * the fields of their schema.
 */

/** Fields a client must never set, with a plausible value each. Ones a route's schema does take are skipped there. */
const intruders: Record<string, (w: World, s: Staff) => unknown> = {
  status: () => 'full_member',
  unitId: (w) => w.unit.cellB,
  memberNo: () => 'X-000001',
  version: () => 1,
  isAdmin: () => true,
  role: () => 'org_admin',
  id: () => 1,
  orgId: () => 1,
  counts: () => ({ directMembers: 0, subtreeMembers: 0, subtreeUnits: 0 }),
  path: () => '/1/',
  subtree_members: () => 0,
  userId: (_w, s) => s.nobody.userId,
};

/** Columns of the stored rows that must never reach a response. */
const internalKeys = ['password_hash', 'token_hash', 'search_key', 'path', 'org_id', 'user_id', 'member_id', 'unit_id', 'direct_members', 'subtree_members', 'subtree_units', 'is_admin', 'disabled_at', 'password'];

interface Env {
  ctx: AppContext;
  w: World;
  staff: Staff;
}
interface Write {
  params?: Record<string, string | number>;
  body: Record<string, unknown>;
  /** Send as the session of this identity (own-account routes) instead of the admin's API token; null: no credentials. */
  as?: 'session' | 'anonymous';
}
const reason = 'mass assignment test';
const LOGIN_USER = 'mass-login';
let orgSeq = 0;

/** A valid request for every JSON write route, acting as the system administrator on objects in reach. */
const writes: Record<string, (e: Env) => Write | Promise<Write>> = {
  'POST /api/v1/auth/login': () => ({ as: 'anonymous', body: { username: LOGIN_USER, password: TEST_PASSWORD } }),
  'POST /api/v1/auth/password-reset': async (e) => ({ as: 'anonymous', body: { token: (await issuePasswordReset(e.ctx, LOGIN_USER)).token, password: TEST_PASSWORD } }),
  'POST /api/v1/auth/tokens': () => ({ as: 'session', body: { label: 'script', scope: 'read', expiresInDays: 7 } }),
  'POST /api/v1/orgs': () => ({ body: { slug: `mass-${++orgSeq}`, template: 'party' } }),
  'POST /api/v1/orgs/:org/units': (e) => ({ body: { name: 'New cell', kind: 'cell', parentId: e.w.unit.sa } }),
  'POST /api/v1/orgs/:org/units/:unitId/rename': async (e) => ({ params: { unitId: e.w.unit.own }, body: { name: 'Renamed', reason, version: await versionOf(e.ctx, 'units', e.w.unit.own) } }),
  'POST /api/v1/orgs/:org/units/:unitId/move': async (e) => ({ params: { unitId: e.w.unit.own }, body: { parentId: e.w.unit.pra2, reason, version: await versionOf(e.ctx, 'units', e.w.unit.own) } }),
  'POST /api/v1/orgs/:org/units/:unitId/dissolve': async (e) => ({ params: { unitId: e.w.unit.land }, body: { reason, version: await versionOf(e.ctx, 'units', e.w.unit.land) } }),
  'POST /api/v1/orgs/:org/units/:unitId/split': async (e) => ({
    params: { unitId: e.w.unit.own },
    body: { memberIds: [e.w.member.ownX], newName: 'Split cell', reason, version: await versionOf(e.ctx, 'units', e.w.unit.own) },
  }),
  'POST /api/v1/orgs/:org/units/:unitId/merge': async (e) => ({ params: { unitId: e.w.unit.sib }, body: { targetId: e.w.unit.land, reason, version: await versionOf(e.ctx, 'units', e.w.unit.sib) } }),
  'POST /api/v1/orgs/:org/units/:unitId/offices': (e) => ({ params: { unitId: e.w.unit.own }, body: { office: 'deputy_secretary', memberId: e.w.member.ownX } }),
  'POST /api/v1/orgs/:org/office-terms/:termId/end': async (e) => ({ params: { termId: e.w.term.own }, body: { reason, version: await versionOf(e.ctx, 'office_terms', e.w.term.own) } }),
  'POST /api/v1/orgs/:org/members': (e) => ({ body: { familyName: 'Mass', givenName: 'Admitted', unitId: e.w.unit.own } }),
  'PATCH /api/v1/orgs/:org/members/:memberId': async (e) => ({ params: { memberId: e.w.member.member }, body: { email: 'fixed@example.org', version: await versionOf(e.ctx, 'members', e.w.member.member) } }),
  'POST /api/v1/orgs/:org/members/:memberId/transfer': async (e) => ({ params: { memberId: e.w.member.member }, body: { unitId: e.w.unit.land, reason, version: await versionOf(e.ctx, 'members', e.w.member.member) } }),
  'POST /api/v1/orgs/:org/members/:memberId/status': async (e) => ({ params: { memberId: e.w.member.member }, body: { status: 'suspended', reason, version: await versionOf(e.ctx, 'members', e.w.member.member) } }),
  'POST /api/v1/orgs/:org/members/:memberId/erase': (e) => ({ params: { memberId: e.w.member.sib1 }, body: { reason } }),
  'POST /api/v1/orgs/:org/members/:memberId/promote': async (e) => {
    await setStatus(e.ctx, e.w.member.member, 'applicant');
    return { params: { memberId: e.w.member.member }, body: { reason, meetingRef: 'mass-meeting' } };
  },
  'POST /api/v1/orgs/:org/members/:memberId/extend-probation': async (e) => {
    await setStatus(e.ctx, e.w.member.member, 'candidate');
    return { params: { memberId: e.w.member.member }, body: { months: 2, reason } };
  },
  'POST /api/v1/orgs/:org/members/:memberId/reject': async (e) => {
    await setStatus(e.ctx, e.w.member.member, 'applicant');
    return { params: { memberId: e.w.member.member }, body: { reason } };
  },
  'POST /api/v1/orgs/:org/members/:memberId/activity': (e) => ({ params: { memberId: e.w.member.member }, body: { kind: 'attendance', on: '2026-11-01' } }),
  'POST /api/v1/orgs/:org/transfers': (e) => ({ body: { memberId: e.w.member.member, toUnitId: e.w.unit.land, reason } }),
  'POST /api/v1/orgs/:org/transfers/:transferId/receive': async (e) => ({ params: { transferId: await transferAt(e.ctx, e.w, 'own') }, body: {} }),
  'POST /api/v1/orgs/:org/transfers/:transferId/return': async (e) => ({ params: { transferId: await transferAt(e.ctx, e.w, 'sibling') }, body: { reason } }),
  'POST /api/v1/orgs/:org/transfers/:transferId/cancel': async (e) => ({ params: { transferId: await transferAt(e.ctx, e.w, 'parent') }, body: { reason } }),
  'POST /api/v1/orgs/:org/cases': (e) => ({ body: { memberId: e.w.member.ownX, unitId: e.w.unit.own, charges: 'Charges of the mass assignment test.' } }),
  'POST /api/v1/orgs/:org/cases/:caseId/attachments': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'own', 'open')).caseId }, body: { filename: 'a.txt', contentType: 'text/plain', contentBase64: 'YQ==' } }),
  'POST /api/v1/orgs/:org/cases/:caseId/defence': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'sibling', 'open')).caseId }, body: { defence: 'No.' } }),
  'POST /api/v1/orgs/:org/cases/:caseId/hearing': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'parent', 'open')).caseId }, body: { on: '2026-12-01' } }),
  'POST /api/v1/orgs/:org/cases/:caseId/decision': async (e) => ({
    params: { caseId: (await caseAt(e.ctx, e.w, 'own', 'heard')).caseId },
    body: { penalty: 'warning', vote: { entitled: 3, present: 3, for: 2, against: 1, abstain: 0 }, reason },
  }),
  'POST /api/v1/orgs/:org/cases/:caseId/withdraw': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'other', 'open')).caseId }, body: { reason } }),
  'POST /api/v1/orgs/:org/cases/:caseId/ratification': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'own', 'pending')).caseId }, body: { outcome: 'overturn', reason } }),
  'POST /api/v1/orgs/:org/cases/:caseId/appeal': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'own', 'window')).caseId }, body: { grounds: 'Unfair.' } }),
  'POST /api/v1/orgs/:org/cases/:caseId/appeal-decision': async (e) => ({ params: { caseId: (await caseAt(e.ctx, e.w, 'own', 'appealed')).caseId }, body: { outcome: 'annul', reason } }),
  'POST /api/v1/orgs/:org/cases/:caseId/finalize': async (e) => {
    // The bodies may close an appeal window once it has passed: move this one's end into the past.
    const { caseId } = await caseAt(e.ctx, e.w, 'sibling', 'window');
    await e.ctx.database.db.updateTable('discipline_cases').set({ appeal_due_on: '2026-11-01' }).where('id', '=', caseId).execute();
    return { params: { caseId }, body: {} };
  },
  'POST /api/v1/orgs/:org/grants': (e) => ({ body: { userId: e.staff.grantee.userId, unitId: e.w.unit.own, role: 'staff', reason } }),
  'POST /api/v1/orgs/:org/grants/:grantId/end': (e) => ({ params: { grantId: e.w.grant.own }, body: { reason } }),
  'POST /api/v1/cutting/curtains': () => ({ body: { trackWidth: 200, fullness: 2, fabricWidth: 140, finishedLength: 240, lining: { fabricWidth: 137 } } }),
  'POST /api/v1/cutting/tablecloth': () => ({ body: { shape: 'rectangle', tableLength: 180, tableWidth: 90, drop: 25, fabricWidth: 140 } }),
  'POST /api/v1/cutting/cushion': () => ({ body: { width: 45, height: 45, overlap: 10, fabricWidth: 140 } }),
  'POST /api/v1/cutting/roman-blind': () => ({ body: { width: 90, length: 120, fabricWidth: 140 } }),
  'POST /api/v1/orgs/:org/meetings': (e) => ({ body: { unitId: e.w.unit.own, kind: 'general', title: 'Meeting', start: '2026-12-01T19:00', end: '2026-12-01T20:00', timeZone: 'Asia/Seoul', place: 'Hall' } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/reschedule': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own)).id }, body: { place: 'Library', version: 1 } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/cancel': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own)).id }, body: { reason, version: 1 } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/attendance': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own)).id }, body: { entries: [{ memberId: e.w.member.member, status: 'present' }] } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own)).id }, body: { text: 'Minutes' } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/minutes/approve': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own, { draftMinutes: true })).id }, body: { version: 1 } }),
  'POST /api/v1/orgs/:org/meetings/:meetingId/decisions': async (e) => ({ params: { meetingId: (await meetingAt(e.ctx, e.w.slug, e.w.unit.own)).id }, body: { text: 'Decided', votesFor: 0, votesAgainst: 0, abstentions: 0 } }),
  'POST /api/v1/orgs/:org/convention-series': (e) => ({ body: { unitId: e.w.unit.sa, name: { en: 'Series', ko: '대회' } } }),
  'POST /api/v1/orgs/:org/convention-series/:seriesId/conventions': async (e) => ({ params: { seriesId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'series')).seriesId }, body: { startsOn: '2027-01-10', endsOn: '2027-01-10', timeZone: 'Asia/Seoul' } }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/freeze': async (e) => ({
    params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'planned')).conventionId },
    body: { rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: '2026-11-29', version: 1 },
  }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/fill': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen', { delegates: true });
    return { params: { conventionId: f.conventionId, rosterId: f.seatId }, body: { memberId: f.spareMemberId, version: 1 } };
  },
  'POST /api/v1/orgs/:org/conventions/:conventionId/roster/:rosterId/substitute': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen');
    return { params: { conventionId: f.conventionId, rosterId: f.rosterId }, body: { memberId: f.spareMemberId, reason, version: 1 } };
  },
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions': async (e) => ({ params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen')).conventionId }, body: { title: 'Day two', start: '2026-12-11T09:00', end: '2026-12-11T10:00' } }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/change': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen');
    return { params: { conventionId: f.conventionId, sessionId: f.sessionId }, body: { title: 'Plenary, moved', version: 1 } };
  },
  'POST /api/v1/orgs/:org/conventions/:conventionId/sessions/:sessionId/cancel': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen');
    return { params: { conventionId: f.conventionId, sessionId: f.sessionId }, body: { reason, version: 1 } };
  },
  'POST /api/v1/orgs/:org/conventions/:conventionId/check-ins': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen');
    return { params: { conventionId: f.conventionId }, body: { sessionId: f.sessionId, rosterId: f.rosterId } };
  },
  'POST /api/v1/orgs/:org/conventions/:conventionId/addresses': async (e) => ({ params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen')).conventionId }, body: { kind: 'closing', speakerName: 'Chair', title: 'Closing', text: 'Thanks.' } }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/motions': async (e) => ({ params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'frozen')).conventionId }, body: { kind: 'motion', title: 'Motion', text: 'Text' } }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings': async (e) => ({ params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'adopted')).conventionId }, body: {} }),
  'POST /api/v1/orgs/:org/conventions/:conventionId/proceedings/approve': async (e) => ({ params: { conventionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'proceedings')).conventionId }, body: { version: 1 } }),
  'POST /api/v1/orgs/:org/motions/:motionId/amendments': async (e) => ({ params: { motionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'draft')).motionId }, body: { text: 'Amended' } }),
  'POST /api/v1/orgs/:org/motions/:motionId/amendments/:amendmentId/decide': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'amended');
    return { params: { motionId: f.motionId, amendmentId: f.amendmentId }, body: { accept: false, version: f.motionVersion } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/open-vote': async (e) => ({ params: { motionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'draft')).motionId }, body: { ballot: 'open', version: 1 } }),
  'POST /api/v1/orgs/:org/motions/:motionId/votes': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'voting');
    return { params: { motionId: f.motionId }, body: { choice: 'against', rosterId: f.rosterId } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/close-vote': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'voting');
    return { params: { motionId: f.motionId }, body: { version: f.motionVersion } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/paper-totals': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'voting', { paper: true });
    return { params: { motionId: f.motionId }, body: { for: 1, against: 0, abstain: 0, spoilt: 0 } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/withdraw': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'draft');
    return { params: { motionId: f.motionId }, body: { reason, version: f.motionVersion } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/publish': async (e) => {
    const f = await conventionAt(e.ctx, e.w.slug, e.w.unit.own, 'adopted');
    return { params: { motionId: f.motionId }, body: { version: f.motionVersion } };
  },
  'POST /api/v1/orgs/:org/motions/:motionId/send-down': async (e) => ({ params: { motionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.sa, 'adopted', { seatMemberUnit: e.w.unit.own })).motionId }, body: { unitKinds: ['cell'] } }),
  'POST /api/v1/orgs/:org/motions/:motionId/acknowledge': async (e) => ({ params: { motionId: (await conventionAt(e.ctx, e.w.slug, e.w.unit.sa, 'sent', { seatMemberUnit: e.w.unit.own })).motionId }, body: { unitId: e.w.unit.own } }),
  'POST /api/v1/orgs/:org/courses': (e) => ({ body: { unitId: e.w.unit.own, code: 'MASS1', title: 'Mass course', area: 'political_study', level: 'beginner', fee: 0, lessons: 4 } }),
  'PATCH /api/v1/orgs/:org/courses/:courseId': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course');
    return { params: { courseId: f.courseId }, body: { title: 'Renamed', version: await rowVersion(e.ctx, 'courses', f.courseId) } };
  },
  'POST /api/v1/orgs/:org/classes': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course');
    return { body: { unitId: e.w.unit.own, courseId: f.courseId, instructorId: f.instructorId, schedule: 'Sat 10:00', room: 'Hall', capacity: 5, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' } };
  },
  'POST /api/v1/orgs/:org/classes/:classId/enrolments': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { classId: f.classId }, body: { memberId: f.spareStudentId } };
  },
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/drop': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { enrolmentId: f.enrolmentId }, body: { reason, version: await rowVersion(e.ctx, 'enrolments', f.enrolmentId) } };
  },
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/transfer': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    const to = await trainingAt(e.ctx, e.w.slug, e.w.unit.sib, 'class');
    return { params: { enrolmentId: f.enrolmentId }, body: { toClassId: to.classId, reason, version: await rowVersion(e.ctx, 'enrolments', f.enrolmentId) } };
  },
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/final-piece': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { enrolmentId: f.enrolmentId }, body: { result: 'failed', note: 'Seams', version: await rowVersion(e.ctx, 'enrolments', f.enrolmentId) } };
  },
  'POST /api/v1/orgs/:org/enrolments/:enrolmentId/certificate': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { enrolmentId: f.enrolmentId }, body: { consent: { showName: true, showCourse: true, showIssuedOn: true }, version: await rowVersion(e.ctx, 'enrolments', f.enrolmentId) } };
  },
  'POST /api/v1/orgs/:org/lessons': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course');
    return { body: { unitId: e.w.unit.own, instructorId: f.instructorId, studentId: f.spareStudentId, start: '2026-12-06T14:00', end: '2026-12-06T15:00', timeZone: 'Asia/Seoul' } };
  },
  'POST /api/v1/orgs/:org/classes/:classId/lessons': async (e) => ({ params: { classId: (await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class')).classId }, body: { start: '2026-12-12T10:00', end: '2026-12-12T12:00' } }),
  'POST /api/v1/orgs/:org/lessons/:lessonId/reschedule': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { lessonId: f.lessonId }, body: { start: '2026-12-05T13:00', end: '2026-12-05T15:00', version: await rowVersion(e.ctx, 'lessons', f.lessonId) } };
  },
  'POST /api/v1/orgs/:org/lessons/:lessonId/cancel': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { lessonId: f.lessonId }, body: { reason, version: await rowVersion(e.ctx, 'lessons', f.lessonId) } };
  },
  'POST /api/v1/orgs/:org/lessons/:lessonId/attendance': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'class');
    return { params: { lessonId: f.lessonId }, body: { entries: [{ memberId: f.studentId, status: 'present' }] } };
  },
  'PUT /api/v1/orgs/:org/members/:memberId/availability': async (e) => ({ params: { memberId: (await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course')).instructorId }, body: { timeZone: 'Asia/Seoul', slots: [{ weekday: 2, start: '10:00', end: '18:00' }] } }),
  'POST /api/v1/orgs/:org/members/:memberId/qualifications': async (e) => ({
    params: { memberId: (await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course')).instructorId },
    body: { area: 'political_study', kind: 'licence', title: 'Licence', issuer: 'Fictional Board', number: 'L-1', issuedOn: '2026-01-01', expiresOn: null },
  }),
  'POST /api/v1/orgs/:org/qualifications/:qualificationId/end': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'course');
    return { params: { qualificationId: f.qualificationId }, body: { reason, version: await rowVersion(e.ctx, 'qualifications', f.qualificationId) } };
  },
  'POST /api/v1/orgs/:org/certificates/:certificateId/revoke': async (e) => {
    const f = await trainingAt(e.ctx, e.w.slug, e.w.unit.own, 'certified');
    return { params: { certificateId: f.certificateId }, body: { reason, version: await rowVersion(e.ctx, 'certificates', f.certificateId) } };
  },
  'POST /api/v1/orgs/:org/signing-keys/rotate': () => ({ body: { reason } }),
};

/** CSV imports: the file's header is the field list; a column outside the layout refuses the whole file. */
const csvWrites: Record<string, { valid: string; intruders: string[] }> = {
  'POST /api/v1/orgs/:org/imports/members': { valid: 'family_name,given_name\r\nMass,Imported\r\n', intruders: ['id', 'org_id', 'version', 'search_key', 'unit_id', 'is_admin', 'role'] },
  'POST /api/v1/orgs/:org/imports/units': { valid: 'code,name,kind,parent_code\r\nMASS,Imported cell,cell,SA\r\n', intruders: ['id', 'org_id', 'version', 'path', 'subtree_members', 'status'] },
};

/** Writes that take no body at all: there is nothing to assign. */
const bodyless = ['POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-everywhere', 'DELETE /api/v1/auth/tokens/:tokenId', 'POST /api/v1/auth/feed-token', 'DELETE /api/v1/auth/feed-token'];

const keyOf = (method: string, url: string): string => `${method} ${url}`;
const urlOf = (key: string, params: Record<string, string | number>): string => (key.split(' ')[1] ?? '').replace(/:(\w+)/g, (_, name: string) => String(params[name]));

/** Every row of every table, so "nothing changed" can be checked whatever a route might have touched. */
async function snapshot(ctx: AppContext): Promise<Record<string, string[]>> {
  const db = ctx.database.db;
  const tables =
    ctx.database.dialect === 'sqlite'
      ? (await sql<{ t: string }>`select name as t from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)).rows
      : (await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(db)).rows;
  const out: Record<string, string[]> = {};
  for (const { t } of tables.sort((a, b) => a.t.localeCompare(b.t))) {
    out[t] = (await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db)).rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

/** Keys of `value` that `schema` does not declare (where it allows no others), as paths. */
function strayKeys(value: unknown, schema: JsonSchema, refs: Record<string, JsonSchema>, at = '$'): string[] {
  const s = schema.$ref ? (refs[schema.$ref.split('/').at(-1) ?? ''] ?? {}) : schema;
  const branches = s.anyOf ?? s.oneOf;
  if (branches) {
    const results = branches.map((b) => strayKeys(value, b, refs, at));
    return results.find((r) => r.length === 0) ?? results[0] ?? [];
  }
  if (s.allOf) return s.allOf.flatMap((b) => strayKeys(value, b, refs, at));
  if (Array.isArray(value)) return s.items ? value.flatMap((v, i) => strayKeys(v, s.items as JsonSchema, refs, `${at}[${i}]`)) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const declared = s.properties?.[k];
    if (declared) return strayKeys(v, declared, refs, `${at}.${k}`);
    if (s.additionalProperties === false) return [`${at}.${k}`];
    return typeof s.additionalProperties === 'object' ? strayKeys(v, s.additionalProperties, refs, `${at}.${k}`) : [];
  });
}

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysIn) : value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]) : [];

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`mass assignment and response fields on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let staff: Staff;
    let worlds = 0;
    const routes: RouteOptions[] = [];
    /** Successful JSON answers collected along the way, checked against their schemas at the end. */
    const answers: { key: string; r: LightMyRequestResponse }[] = [];

    const send = async (key: string, w: World, write: Omit<Write, 'body'> & { body?: unknown; csv?: string }, who: Identity | null = staff.admin): Promise<LightMyRequestResponse> => {
      const headers: Record<string, string> = {};
      if (write.as === 'session' && who) Object.assign(headers, { cookie: `cellbook_session=${await openSession(ctx, who.userId)}`, origin: 'http://localhost' });
      else if (write.as !== 'anonymous' && who) headers.authorization = `Bearer ${who.token}`;
      if (write.csv !== undefined) headers['content-type'] = 'text/csv';
      else if (write.body !== undefined) headers['content-type'] = 'application/json';
      const payload = write.csv ?? (write.body === undefined ? undefined : JSON.stringify(write.body));
      const r = await app.inject({ method: key.split(' ')[0] as 'POST', url: urlOf(key, { org: w.slug, ...write.params }), headers, ...(payload === undefined ? {} : { payload }) });
      if (r.statusCode < 300 && r.headers['content-type']?.toString().includes('json')) answers.push({ key, r });
      return r;
    };
    const expectCode = (r: LightMyRequestResponse, status: number, code: string, what: string): void => {
      expect(r.statusCode, `${what}: ${r.body}`).toBe(status);
      expect(r.json<{ code: string }>().code, what).toBe(code);
    };
    const newWorld = (): Promise<World> => buildWorld(ctx, staff, `m${++worlds}`);

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx, { onRoute: (r) => void routes.push(r) });
      await app.ready();
      staff = await buildStaff(ctx);
      await buildAccount(ctx, { username: LOGIN_USER });
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('knows how to call every write route of the router', () => {
      const writeRoutes = routes.filter((r) => [r.method].flat().some((m) => m !== 'GET' && m !== 'HEAD'));
      const keys = writeRoutes.flatMap((r) => [r.method].flat().map((m) => keyOf(m, r.url))).sort();
      expect(keys.length).toBeGreaterThan(20);
      expect(keys.filter((k) => !(k in writes) && !(k in csvWrites) && !bodyless.includes(k)), 'write routes without a mass-assignment entry').toEqual([]);
      for (const r of writeRoutes) {
        const key = keyOf([r.method].flat()[0] ?? '', r.url);
        if (bodyless.includes(key) || key in csvWrites) expect(r.schema?.body, `${key} takes no JSON body`).toBeUndefined();
        else expect(r.schema?.body, `${key} validates its body`).toBeInstanceOf(z.ZodObject);
      }
    });

    it('refuses every field outside a write\u2019s schema with 400 and changes nothing; the valid body alone succeeds', { timeout: 120_000 }, async () => {
      let refused = 0;
      for (const [key, valid] of Object.entries(writes)) {
        const route = routes.find((r) => keyOf([r.method].flat()[0] ?? '', r.url) === key);
        const schema = route?.schema?.body;
        const accepted = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
        const w = await newWorld();
        const e = { ctx, w, staff };
        const write = await valid(e);
        const before = await snapshot(ctx);
        for (const [field, value] of Object.entries(intruders)) {
          if (accepted.includes(field)) continue;
          const r = await send(key, w, { ...write, body: { ...write.body, [field]: value(w, staff) } });
          expectCode(r, 400, 'validation_failed', `${key} with '${field}'`);
          refused++;
        }
        // Own-account routes are called with a session opened for each request: leave that table out.
        const skip = write.as === 'session' ? ['sessions'] : [];
        const unchanged = (snap: Record<string, string[]>) => Object.fromEntries(Object.entries(snap).filter(([t]) => !skip.includes(t)));
        expect(unchanged(await snapshot(ctx)), `${key}: the refused requests changed nothing`).toEqual(unchanged(before));
        const ok = await send(key, w, await valid(e));
        expect(ok.statusCode, `${key} with its valid body: ${ok.body}`).toBeLessThan(300);
      }
      for (const [key, csv] of Object.entries(csvWrites)) {
        const w = await newWorld();
        const before = await snapshot(ctx);
        const [header, ...rows] = csv.valid.split('\r\n');
        for (const column of csv.intruders) {
          const file = [`${header},${column}`, ...rows.map((row) => (row === '' ? row : `${row},1`))].join('\r\n');
          expectCode(await send(key, w, { csv: file }), 400, 'import_rejected', `${key} with column '${column}'`);
          refused++;
        }
        expect(await snapshot(ctx), `${key}: the refused files changed nothing`).toEqual(before);
        expect((await send(key, w, { csv: csv.valid })).statusCode).toBe(200);
      }
      console.log(`mass assignment (${dialect}): ${refused} requests with a field outside the schema over ${Object.keys(writes).length + Object.keys(csvWrites).length} write routes, all refused, database unchanged`);
      expect(refused).toBeGreaterThan(200);
    });

    it('lets no member change their own status, unit or roles, whatever office they hold', async () => {
      const w = await newWorld();
      const self = { member: w.as.member as Identity, secretary: w.as.secretary as Identity };
      const before = await snapshot(ctx);
      for (const role of ['member', 'secretary'] as const) {
        const me = self[role];
        const memberId = role === 'member' ? w.member.member : w.member.secretary;
        const version = await versionOf(ctx, 'members', memberId);
        const patch = 'PATCH /api/v1/orgs/:org/members/:memberId';
        for (const body of [{ status: 'full_member' }, { unitId: w.unit.sib }, { memberNo: 'X-1' }, { role: 'org_admin' }]) {
          expectCode(await send(patch, w, { params: { memberId }, body: { ...body, version } }, me), 400, 'validation_failed', `${role}: PATCH own record with ${Object.keys(body).join()}`);
        }
        const status = await send('POST /api/v1/orgs/:org/members/:memberId/status', w, { params: { memberId }, body: { status: 'resigned', reason, version } }, me);
        expectCode(status, 403, 'forbidden', `${role}: own status`);
        for (const unitId of [w.unit.sib, w.unit.land, w.unit.own]) {
          const transfer = await send('POST /api/v1/orgs/:org/members/:memberId/transfer', w, { params: { memberId }, body: { unitId, reason, version } }, me);
          expectCode(transfer, 403, 'forbidden', `${role}: own transfer`);
        }
        for (const [unitId, answer] of [
          [w.unit.own, 403],
          [w.unit.sib, 404],
          [w.unit.cc, 404],
        ] as const) {
          const grant = await send('POST /api/v1/orgs/:org/grants', w, { body: { userId: me.userId, unitId, role: 'org_admin', reason } }, me);
          expectCode(grant, answer, answer === 403 ? 'forbidden' : 'not_found', `${role}: grant themselves org_admin`);
        }
      }
      // An organization administrator cannot widen or prolong their own access either.
      const grant = await send('POST /api/v1/orgs/:org/grants', w, { body: { userId: staff.orgAdmin.userId, unitId: w.unit.own, role: 'org_admin', reason } }, staff.orgAdmin);
      expectCode(grant, 403, 'forbidden', 'org admin granting themselves');
      expect(await snapshot(ctx), 'nothing changed').toEqual(before);
    });

    it('answers only with the fields of each response schema, never stored columns', async () => {
      const w = await newWorld();
      // Every read route, as the administrator and as a plain member (names-only roster).
      const reads = routes.filter((r) => [r.method].flat().includes('GET') && r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json');
      for (const who of [staff.admin, w.as.member as Identity]) {
        for (const r of reads) {
          const params = { unitId: w.unit.own, memberId: w.member.member };
          const res = await send(`GET ${r.url}`, w, { params }, who);
          if (r.url.endsWith('.csv') && res.statusCode === 200) {
            const header = res.body.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '';
            expect(header.split(',').filter((c) => internalKeys.includes(c)), r.url).toEqual([]);
          }
        }
      }
      const doc = app.swagger() as { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>>; components?: { schemas?: Record<string, JsonSchema> } };
      expect(answers.length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const { key, r } of answers) {
        const body: unknown = r.json();
        const leaked = keysIn(body).filter((k) => internalKeys.includes(k));
        if (leaked.length > 0) problems.push(`${key}: ${[...new Set(leaked)].join(', ')}`);
        const [method = '', url = ''] = key.split(' ');
        const schema = doc.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.responses?.[String(r.statusCode)]?.content?.['application/json']?.schema;
        if (schema) problems.push(...strayKeys(body, schema, doc.components?.schemas ?? {}).map((p) => `${key}: ${p} is not in the schema`));
        else if (url !== '/api/v1/problems') problems.push(`${key}: no response schema for ${r.statusCode}`);
      }
      expect(problems).toEqual([]);
    });
  });
}
