import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approveMinutes } from '../../app/approve-minutes.js';
import { cancelMeeting } from '../../app/cancel-meeting.js';
import { meetingCompliance } from '../../app/meeting-compliance.js';
import { getMeeting, listMeetings } from '../../app/meeting-queries.js';
import { meetingKinds } from '../../app/meeting-views.js';
import { recordAttendance } from '../../app/record-attendance.js';
import { recordMeetingDecision } from '../../app/record-meeting-decision.js';
import { rescheduleMeeting } from '../../app/reschedule-meeting.js';
import { saveMinutes } from '../../app/save-minutes.js';
import { scheduleMeeting } from '../../app/schedule-meeting.js';
import { complianceSchema, decisionSchema, localDateTime, meetingDetailSchema, meetingSchema, minutesSchema, timeZone } from '../meeting-schemas.js';
import { errorResponses, id, isoDate, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';

const meetingParams = orgParams.extend({ meetingId: id });
const agenda = z.array(z.string().max(500)).max(50);
const count = z.number().int().min(0).max(1_000_000);

export function meetingRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['meetings'];

    app.get(
      '/orgs/:org/meetings',
      {
        schema: {
          tags,
          summary: 'Meetings of a unit or a subtree that you can see',
          params: orgParams,
          querystring: z.object({ unitId: id.optional(), within: id.optional(), from: z.string().max(40).optional(), to: z.string().max(40).optional(), ...pageQuery }),
          response: { 200: pageOf(meetingSchema), ...errorResponses },
        },
      },
      async (req) => {
        const q = req.query;
        return listMeetings(req.ctx, { org: req.params.org, unit: q.unitId ? { id: q.unitId } : undefined, within: q.within ? { id: q.within } : undefined, from: q.from, to: q.to, cursor: q.cursor, limit: q.limit });
      },
    );

    app.post(
      '/orgs/:org/meetings',
      {
        schema: {
          tags,
          summary: 'Schedule a meeting of a unit',
          description: 'Times are wall-clock in `timeZone` (IANA); stored as UTC instants with the zone. Invitees default to the unit’s members and office holders.',
          params: orgParams,
          body: z.strictObject({
            unitId: id,
            kind: z.enum(meetingKinds),
            title: z.string().max(200),
            start: localDateTime,
            end: localDateTime,
            timeZone,
            place: z.string().max(300),
            agenda: agenda.optional(),
            inviteeIds: z.array(id).max(5000).optional(),
          }),
          response: { 201: meetingSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b = req.body;
        reply.code(201);
        return scheduleMeeting(req.ctx, { org: req.params.org, unit: { id: b.unitId }, kind: b.kind, title: b.title, start: b.start, end: b.end, timeZone: b.timeZone, place: b.place, agenda: b.agenda, invitees: b.inviteeIds?.map((x) => ({ id: x })) });
      },
    );

    app.get('/orgs/:org/meetings/:meetingId', { schema: { tags, summary: 'A meeting with invitees and attendance, minutes (every revision) and decisions', params: meetingParams, response: { 200: meetingDetailSchema, ...errorResponses } } }, async (req) =>
      getMeeting(req.ctx, req.params.org, req.params.meetingId),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/reschedule',
      {
        schema: {
          tags,
          summary: 'Change time, place, title or agenda (raises the calendar SEQUENCE)',
          params: meetingParams,
          body: z.strictObject({ start: localDateTime.optional(), end: localDateTime.optional(), timeZone: timeZone.optional(), title: z.string().max(200).optional(), place: z.string().max(300).optional(), agenda: agenda.optional(), version }),
          response: { 200: meetingDetailSchema, ...errorResponses },
        },
      },
      async (req) => rescheduleMeeting(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, ...req.body }),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/cancel',
      { schema: { tags, summary: 'Cancel a meeting (kept on record; calendars show STATUS:CANCELLED)', params: meetingParams, body: z.strictObject({ reason, version }), response: { 200: meetingDetailSchema, ...errorResponses } } },
      async (req) => cancelMeeting(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, reason: req.body.reason, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/attendance',
      {
        schema: {
          tags,
          summary: 'Mark people present (with check-in time), excused or absent',
          params: meetingParams,
          body: z.strictObject({ entries: z.array(z.strictObject({ memberId: id, status: z.enum(['invited', 'present', 'excused', 'absent']), checkedInAt: z.string().max(40).optional() })).min(1).max(1000) }),
          response: { 200: meetingDetailSchema, ...errorResponses },
        },
      },
      async (req) => recordAttendance(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, entries: req.body.entries.map((e) => ({ member: { id: e.memberId }, status: e.status, checkedInAt: e.checkedInAt })) }),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/minutes',
      {
        schema: {
          tags,
          summary: 'Write the draft minutes',
          description: 'Changes the current draft (send its `version`), or opens a new revision. Approved minutes never change: a `correctionReason` opens a corrected revision.',
          params: meetingParams,
          body: z.strictObject({ text: z.string().max(100_000), version: version.optional(), correctionReason: z.string().max(500).optional() }),
          response: { 200: minutesSchema, ...errorResponses },
        },
      },
      async (req) => saveMinutes(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, ...req.body }),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/minutes/approve',
      { schema: { tags, summary: 'Approve the draft minutes; they become immutable', params: meetingParams, body: z.strictObject({ version }), response: { 200: minutesSchema, ...errorResponses } } },
      async (req) => approveMinutes(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/meetings/:meetingId/decisions',
      {
        schema: {
          tags,
          summary: 'Record a decision taken by open vote',
          description: 'Decided by the rulebook’s meeting vote rule: entitled are the invitees, present those marked present.',
          params: meetingParams,
          body: z.strictObject({ text: z.string().max(20_000), votesFor: count, votesAgainst: count, abstentions: count }),
          response: { 201: decisionSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return recordMeetingDecision(req.ctx, { org: req.params.org, meetingId: req.params.meetingId, ...req.body });
      },
    );

    app.get(
      '/orgs/:org/meeting-compliance',
      {
        schema: {
          tags: ['meetings', 'reports'],
          summary: 'Units that missed a meeting their rulebook cadence requires',
          description: 'Derived from recorded meetings only. Periods are calendar months, quarters… of the cadence, owed once wholly past and after the unit began.',
          params: orgParams,
          querystring: z.object({ within: id.optional(), from: isoDate.optional(), to: isoDate.optional() }),
          response: { 200: complianceSchema, ...errorResponses },
        },
      },
      async (req) => meetingCompliance(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined, from: req.query.from, to: req.query.to }),
    );
  };
}
