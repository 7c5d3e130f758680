import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessFinalPiece } from '../../app/assess-final-piece.js';
import { getClass, getCourse, listClasses, listCourses } from '../../app/course-queries.js';
import { courseLevels, createCourse } from '../../app/create-course.js';
import { dropEnrolment } from '../../app/drop-enrolment.js';
import { enrolStudent } from '../../app/enrol-student.js';
import { getEnrolment } from '../../app/enrolment-queries.js';
import { openClass } from '../../app/open-class.js';
import { transferEnrolment } from '../../app/transfer-enrolment.js';
import { updateCourse } from '../../app/update-course.js';
import { timeZone } from '../meeting-schemas.js';
import { errorResponses, id, isoDate, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';
import { classDetailSchema, classSchema, courseDetailSchema, courseSchema, droppedEnrolmentSchema, enrolmentSchema } from '../training-schemas.js';

const courseParams = orgParams.extend({ courseId: id });
const classParams = orgParams.extend({ classId: id });
const enrolmentParams = orgParams.extend({ enrolmentId: id });
const percent = z.number().int().min(0).max(100);
const overCapacityReason = z.string().trim().min(1).max(500).describe('Enrol even though the class is full; the reason is kept on the record');

/** Courses (the catalogue), classes of a course, and enrolments in a class. */
export function courseRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['training'];

    app.get(
      '/orgs/:org/courses',
      { schema: { tags, summary: 'The course catalogue (open to everyone with a part in the organization)', params: orgParams, querystring: z.object({ area: z.string().max(40).optional(), ...pageQuery }), response: { 200: pageOf(courseSchema), ...errorResponses } } },
      async (req) => listCourses(req.ctx, { org: req.params.org, area: req.query.area, cursor: req.query.cursor, limit: req.query.limit }),
    );

    app.post(
      '/orgs/:org/courses',
      {
        schema: {
          tags,
          summary: 'Add a course to the catalogue of a unit (a program)',
          description: 'The completion rule defaults to the rulebook’s (training.completion).',
          params: orgParams,
          body: z.strictObject({
            unitId: id,
            code: z.string().max(32),
            title: z.string().max(200),
            area: z.string().max(40),
            level: z.enum(courseLevels),
            description: z.string().max(5000).optional(),
            fee: z.number().int().min(0),
            currency: z.string().max(3).optional(),
            lessons: z.number().int().min(1).max(500),
            minAttendancePercent: percent.optional(),
            finalPieceRequired: z.boolean().optional(),
          }),
          response: { 201: courseSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { unitId, ...b } = req.body;
        reply.code(201);
        return createCourse(req.ctx, { org: req.params.org, unit: { id: unitId }, ...b });
      },
    );

    app.get('/orgs/:org/courses/:courseId', { schema: { tags, summary: 'A course with the classes of it that you can see', params: courseParams, response: { 200: courseDetailSchema, ...errorResponses } } }, async (req) =>
      getCourse(req.ctx, req.params.org, { id: req.params.courseId }),
    );

    app.patch(
      '/orgs/:org/courses/:courseId',
      {
        schema: {
          tags,
          summary: 'Change a course, or retire it (a retired course opens no new classes)',
          params: courseParams,
          body: z.strictObject({
            title: z.string().max(200).optional(),
            description: z.string().max(5000).optional(),
            level: z.enum(courseLevels).optional(),
            fee: z.number().int().min(0).optional(),
            lessons: z.number().int().min(1).max(500).optional(),
            minAttendancePercent: percent.optional(),
            finalPieceRequired: z.boolean().optional(),
            retired: z.boolean().optional(),
            version,
          }),
          response: { 200: courseSchema, ...errorResponses },
        },
      },
      async (req) => updateCourse(req.ctx, { org: req.params.org, course: { id: req.params.courseId }, ...req.body }),
    );

    app.get(
      '/orgs/:org/classes',
      { schema: { tags, summary: 'Classes you can see, of a course or within a subtree', params: orgParams, querystring: z.object({ courseId: id.optional(), within: id.optional(), ...pageQuery }), response: { 200: pageOf(classSchema), ...errorResponses } } },
      async (req) => {
        const q = req.query;
        return listClasses(req.ctx, { org: req.params.org, course: q.courseId ? { id: q.courseId } : undefined, within: q.within ? { id: q.within } : undefined, cursor: q.cursor, limit: q.limit });
      },
    );

    app.post(
      '/orgs/:org/classes',
      {
        schema: {
          tags,
          summary: 'Open a class of a course in a class unit',
          description: 'The instructor must hold a valid qualification in the course’s area on the first day; where the unit’s kind has an `instructor` office they are appointed to it for the class’s dates.',
          params: orgParams,
          body: z.strictObject({
            unitId: id,
            courseId: id,
            instructorId: id,
            schedule: z.string().max(300).describe('How the class meets, in words: "Tue and Thu 10:00–12:00"'),
            room: z.string().max(100),
            capacity: z.number().int().min(1).max(1000),
            startsOn: isoDate,
            endsOn: isoDate,
            timeZone,
          }),
          response: { 201: classSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { unitId, courseId, instructorId, ...b } = req.body;
        reply.code(201);
        return openClass(req.ctx, { org: req.params.org, unit: { id: unitId }, course: { id: courseId }, instructor: { id: instructorId }, ...b });
      },
    );

    app.get('/orgs/:org/classes/:classId', { schema: { tags, summary: 'A class with its roster and waitlist (with each enrolment’s timeline)', params: classParams, response: { 200: classDetailSchema, ...errorResponses } } }, async (req) =>
      getClass(req.ctx, req.params.org, req.params.classId),
    );

    app.post(
      '/orgs/:org/classes/:classId/enrolments',
      {
        schema: {
          tags,
          summary: 'Enrol a student: a free place, else the waitlist (or over capacity with a reason)',
          description: '`enquiry: true` records an enquiry only. A student’s open enquiry becomes the enrolment.',
          params: classParams,
          body: z.strictObject({ memberId: id, enquiry: z.boolean().optional(), overCapacityReason: overCapacityReason.optional() }),
          response: { 201: enrolmentSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return enrolStudent(req.ctx, { org: req.params.org, classId: req.params.classId, member: { id: req.body.memberId }, enquiry: req.body.enquiry, overCapacityReason: req.body.overCapacityReason });
      },
    );

    app.get('/orgs/:org/enrolments/:enrolmentId', { schema: { tags, summary: 'An enrolment with its timeline (the class’s staff, or the student)', params: enrolmentParams, response: { 200: enrolmentSchema, ...errorResponses } } }, async (req) =>
      getEnrolment(req.ctx, req.params.org, req.params.enrolmentId),
    );

    app.post(
      '/orgs/:org/enrolments/:enrolmentId/drop',
      { schema: { tags, summary: 'Drop out (or withdraw an enquiry or a waitlist place); a freed place goes to the first waiting', params: enrolmentParams, body: z.strictObject({ reason, version }), response: { 200: droppedEnrolmentSchema, ...errorResponses } } },
      async (req) => dropEnrolment(req.ctx, { org: req.params.org, enrolmentId: req.params.enrolmentId, ...req.body }),
    );

    app.post(
      '/orgs/:org/enrolments/:enrolmentId/transfer',
      {
        schema: {
          tags,
          summary: 'Move a student to another class; answers with the new enrolment',
          params: enrolmentParams,
          body: z.strictObject({ toClassId: id, reason, version, overCapacityReason: overCapacityReason.optional() }),
          response: { 200: enrolmentSchema, ...errorResponses },
        },
      },
      async (req) => transferEnrolment(req.ctx, { org: req.params.org, enrolmentId: req.params.enrolmentId, ...req.body }),
    );

    app.post(
      '/orgs/:org/enrolments/:enrolmentId/final-piece',
      {
        schema: {
          tags,
          summary: 'Record the assessment of the student’s final piece',
          params: enrolmentParams,
          body: z.strictObject({ result: z.enum(['passed', 'failed']), note: z.string().max(500).optional(), version }),
          response: { 200: enrolmentSchema, ...errorResponses },
        },
      },
      async (req) => assessFinalPiece(req.ctx, { org: req.params.org, enrolmentId: req.params.enrolmentId, ...req.body }),
    );
  };
}
