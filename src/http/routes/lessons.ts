import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bookPrivateLesson } from '../../app/book-private-lesson.js';
import { cancelLesson } from '../../app/cancel-lesson.js';
import { getLesson, listLessons } from '../../app/lesson-queries.js';
import { recordLessonAttendance } from '../../app/record-lesson-attendance.js';
import { recordQualification } from '../../app/record-qualification.js';
import { endQualification } from '../../app/end-qualification.js';
import { rescheduleLesson } from '../../app/reschedule-lesson.js';
import { scheduleClassLesson } from '../../app/schedule-class-lesson.js';
import { getAvailability, setAvailability } from '../../app/set-availability.js';
import { listQualifications, trainingAttention } from '../../app/training-attention.js';
import { trainingReport } from '../../app/training-report.js';
import { localDateTime, timeZone } from '../meeting-schemas.js';
import { errorResponses, id, isoDate, memberParams, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';
import { availabilitySchema, lessonSchema, qualificationSchema, slotSchema, trainingAttentionSchema, trainingReportSchema } from '../training-schemas.js';

const lessonParams = orgParams.extend({ lessonId: id });
const room = z.string().max(100);
const clashes = 'The database refuses a second lesson of the same instructor or in the same room (names compared trimmed, case-folded, spaces collapsed) at an overlapping time: 409 `already_exists`, saying which. An instructor without a valid qualification for the lesson’s area on its day is refused (422 `rule_violation`).';
const outsideAvailabilityReason = z.string().max(500).optional().describe('Book a private lesson outside the instructor’s weekly availability anyway, for this reason (kept with the lesson); without it such a booking is 422 `rule_violation`');

/** Class and private lessons, instructors' availability and qualifications, and the training reports. */
export function lessonRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['training'];

    app.get(
      '/orgs/:org/lessons',
      {
        schema: {
          tags,
          summary: 'Lessons (class and private) you can see: of a class, an instructor or a subtree',
          params: orgParams,
          querystring: z.object({ classId: id.optional(), instructorId: id.optional(), within: id.optional(), from: z.string().max(40).optional(), to: z.string().max(40).optional(), ...pageQuery }),
          response: { 200: pageOf(lessonSchema), ...errorResponses },
        },
      },
      async (req) => {
        const q = req.query;
        return listLessons(req.ctx, { org: req.params.org, classId: q.classId, instructor: q.instructorId ? { id: q.instructorId } : undefined, within: q.within ? { id: q.within } : undefined, from: q.from, to: q.to, cursor: q.cursor, limit: q.limit });
      },
    );

    app.post(
      '/orgs/:org/classes/:classId/lessons',
      {
        schema: {
          tags,
          summary: 'Schedule a lesson of a class (its instructor; its room unless given)',
          description: `Times are wall-clock in the class’s zone unless \`timeZone\` is given. ${clashes}`,
          params: orgParams.extend({ classId: id }),
          body: z.strictObject({ start: localDateTime, end: localDateTime, timeZone: timeZone.optional(), room: room.optional() }),
          response: { 201: lessonSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return scheduleClassLesson(req.ctx, { org: req.params.org, classId: req.params.classId, ...req.body });
      },
    );

    app.post(
      '/orgs/:org/lessons',
      {
        schema: {
          tags,
          summary: 'Book a private lesson within the instructor’s availability',
          description: clashes,
          params: orgParams,
          body: z.strictObject({
            unitId: id.describe('The unit that runs the lesson (the center, a program)'),
            instructorId: id,
            studentId: id,
            start: localDateTime,
            end: localDateTime,
            timeZone,
            room: room.optional(),
            area: z.string().max(40).optional().describe('The craft area taught (a key of the rulebook’s training.areas): the instructor must hold a valid qualification for it'),
            outsideAvailabilityReason,
          }),
          response: { 201: lessonSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b = req.body;
        reply.code(201);
        return bookPrivateLesson(req.ctx, { org: req.params.org, unit: { id: b.unitId }, instructor: { id: b.instructorId }, student: { id: b.studentId }, start: b.start, end: b.end, timeZone: b.timeZone, room: b.room, area: b.area, outsideAvailabilityReason: b.outsideAvailabilityReason });
      },
    );

    app.get('/orgs/:org/lessons/:lessonId', { schema: { tags, summary: 'A lesson with its attendance', params: lessonParams, response: { 200: lessonSchema, ...errorResponses } } }, async (req) => getLesson(req.ctx, req.params.org, req.params.lessonId));

    app.post(
      '/orgs/:org/lessons/:lessonId/reschedule',
      {
        schema: { tags, summary: 'Move a lesson to another time or room', description: clashes, params: lessonParams, body: z.strictObject({ start: localDateTime, end: localDateTime, timeZone: timeZone.optional(), room: room.optional(), outsideAvailabilityReason, version }), response: { 200: lessonSchema, ...errorResponses } },
      },
      async (req) => rescheduleLesson(req.ctx, { org: req.params.org, lessonId: req.params.lessonId, ...req.body }),
    );

    app.post(
      '/orgs/:org/lessons/:lessonId/cancel',
      { schema: { tags, summary: 'Cancel a lesson (kept on record); instructor and room are free again', params: lessonParams, body: z.strictObject({ reason, version }), response: { 200: lessonSchema, ...errorResponses } } },
      async (req) => cancelLesson(req.ctx, { org: req.params.org, lessonId: req.params.lessonId, ...req.body }),
    );

    app.post(
      '/orgs/:org/lessons/:lessonId/attendance',
      {
        schema: {
          tags,
          summary: 'Mark the lesson’s students present, absent or excused',
          params: lessonParams,
          body: z.strictObject({ entries: z.array(z.strictObject({ memberId: id, status: z.enum(['present', 'absent', 'excused']) })).min(1).max(1000) }),
          response: { 200: lessonSchema, ...errorResponses },
        },
      },
      async (req) => recordLessonAttendance(req.ctx, { org: req.params.org, lessonId: req.params.lessonId, entries: req.body.entries }),
    );

    app.get('/orgs/:org/members/:memberId/availability', { schema: { tags, summary: 'An instructor’s weekly availability for private lessons', params: memberParams, response: { 200: availabilitySchema, ...errorResponses } } }, async (req) =>
      getAvailability(req.ctx, req.params.org, { id: req.params.memberId }),
    );

    app.put(
      '/orgs/:org/members/:memberId/availability',
      {
        schema: {
          tags,
          summary: 'Replace an instructor’s weekly availability (instructors may set their own)',
          params: memberParams,
          body: z.strictObject({ timeZone, slots: z.array(slotSchema).max(50) }),
          response: { 200: availabilitySchema, ...errorResponses },
        },
      },
      async (req) => setAvailability(req.ctx, { org: req.params.org, instructor: { id: req.params.memberId }, timeZone: req.body.timeZone, slots: req.body.slots }),
    );

    app.get('/orgs/:org/members/:memberId/qualifications', { schema: { tags, summary: 'A member’s qualifications and licences, with whether each is valid today', params: memberParams, response: { 200: z.object({ items: z.array(qualificationSchema) }), ...errorResponses } } }, async (req) => ({
      items: await listQualifications(req.ctx, req.params.org, { id: req.params.memberId }),
    }));

    app.post(
      '/orgs/:org/members/:memberId/qualifications',
      {
        schema: {
          tags,
          summary: 'Record a qualification or licence of an instructor in an area',
          params: memberParams,
          body: z.strictObject({ area: z.string().max(40), kind: z.enum(['qualification', 'licence']), title: z.string().max(200), issuer: z.string().max(200), number: z.string().max(100).optional(), issuedOn: isoDate, expiresOn: isoDate.nullable().optional() }),
          response: { 201: qualificationSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return recordQualification(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, ...req.body });
      },
    );

    app.post(
      '/orgs/:org/qualifications/:qualificationId/end',
      {
        schema: {
          tags,
          summary: 'End a qualification or licence now (withdrawn, recorded in error): kept on record, no longer valid',
          description: 'Needs write access to the holder’s record. Lessons in its area can no longer be booked with the holder unless another qualification is valid.',
          params: orgParams.extend({ qualificationId: id }),
          body: z.strictObject({ reason, version }),
          response: { 200: qualificationSchema, ...errorResponses },
        },
      },
      async (req) => endQualification(req.ctx, { org: req.params.org, qualificationId: req.params.qualificationId, reason: req.body.reason, version: req.body.version }),
    );

    app.get(
      '/orgs/:org/training/attention',
      {
        schema: {
          tags: ['training', 'reports'],
          summary: 'Instructor qualifications expiring within the rulebook’s warning period, or expired while still teaching',
          params: orgParams,
          querystring: z.object({ within: id.optional().describe('A unit you may read; the whole organization without it') }),
          response: { 200: trainingAttentionSchema, ...errorResponses },
        },
      },
      async (req) => trainingAttention(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined }),
    );

    app.get(
      '/orgs/:org/training/report',
      {
        schema: {
          tags: ['training', 'reports'],
          summary: 'The year’s training figures: students trained, lessons given, completion rate, per area',
          params: orgParams,
          querystring: z.object({ year: z.coerce.number().int().min(1900).max(2999), within: id.optional(), timeZone: timeZone.optional() }),
          response: { 200: trainingReportSchema, ...errorResponses },
        },
      },
      async (req) => trainingReport(req.ctx, { org: req.params.org, year: req.query.year, within: req.query.within ? { id: req.query.within } : undefined, timeZone: req.query.timeZone }),
    );

  };
}
