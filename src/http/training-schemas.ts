import { z } from 'zod';
import { courseLevels } from '../app/create-course.js';
import { enrolmentStates } from '../core/training/enrolment-states.js';

/** Response schemas of courses, classes, enrolments, lessons, qualifications and certificates. */

const int = z.number().int();
const localized = z.object({ en: z.string(), ko: z.string() });

export const courseSchema = z.object({
  id: int,
  code: z.string(),
  unitId: int.describe('The unit that offers the course (a program)'),
  unitCode: z.string(),
  title: z.string(),
  area: z.string().describe('A key of the rulebook’s training.areas'),
  level: z.enum(courseLevels),
  description: z.string(),
  fee: int.describe('In the smallest unit of the currency'),
  currency: z.string(),
  lessons: int,
  completion: z.object({ minAttendancePercent: int, finalPieceRequired: z.boolean() }),
  status: z.enum(['active', 'retired']),
  version: int,
});

export const placesSchema = z.object({ capacity: int, enrolled: int, waitlisted: int, enquiries: int, free: int.describe('Never below zero, even when enrolled over capacity by override') });

export const classSchema = z.object({
  id: int,
  unitId: int,
  unitCode: z.string(),
  name: z.string(),
  courseId: int,
  courseCode: z.string(),
  courseTitle: z.string(),
  area: z.string(),
  instructorId: int,
  schedule: z.string(),
  room: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  places: placesSchema,
  version: int,
});

export const courseDetailSchema = courseSchema.extend({ areaName: localized.nullable(), classes: z.array(classSchema).describe('Classes of the course that you can see') });

export const enrolmentSchema = z.object({
  id: int,
  classId: int,
  memberId: int,
  memberNo: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  state: z.enum(enrolmentStates),
  waitlistPosition: int.nullable().describe('1 for the first waiting; null when not waiting'),
  overCapacityReason: z.string().nullable(),
  finalPiece: z.enum(['passed', 'failed']).nullable(),
  transferredToId: int.nullable().describe('The enrolment in the class the student moved to'),
  version: int,
  timeline: z.array(z.object({ action: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string().nullable(), actor: z.string(), at: z.string() })),
});

export const droppedEnrolmentSchema = enrolmentSchema.extend({ promoted: z.array(int).describe('Enrolments that got the freed place from the waitlist') });

export const classDetailSchema = classSchema.extend({ enrolments: z.array(enrolmentSchema.extend({ certificateId: int.nullable().describe('The certificate issued on completion') })).describe('Roster: enrolled, enquiring, waiting (in waitlist order) and gone') });

export const lessonSchema = z.object({
  id: int,
  kind: z.enum(['class', 'private']),
  unitId: int,
  unitCode: z.string(),
  classId: int.nullable(),
  instructorId: int,
  studentId: int.nullable(),
  room: z.string().nullable(),
  area: z.string().nullable().describe('The craft area taught (a rulebook area key): a class lesson’s course’s, a private lesson’s if named'),
  outsideAvailabilityReason: z.string().nullable().describe('Booked outside the instructor’s weekly availability, for this reason'),
  startsAt: z.string().describe('UTC instant'),
  endsAt: z.string(),
  timeZone: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  status: z.enum(['booked', 'cancelled']),
  cancelReason: z.string().nullable(),
  attendance: z.array(z.object({ memberId: int, status: z.enum(['present', 'absent', 'excused']) })),
  version: int,
});

export const slotSchema = z.strictObject({
  weekday: int.min(1).max(7).describe('ISO weekday: 1 Monday … 7 Sunday'),
  start: z.string().max(5).describe('HH:mm'),
  end: z.string().max(5).describe('HH:mm (24:00 for midnight)'),
});
export const availabilitySchema = z.object({ instructorId: int, timeZone: z.string().nullable(), slots: z.array(z.object({ weekday: int, start: z.string(), end: z.string() })) });

export const qualificationSchema = z.object({
  id: int,
  memberId: int,
  area: z.string(),
  kind: z.enum(['qualification', 'licence']),
  title: z.string(),
  issuer: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  valid: z.boolean().describe('Valid today: issued, not expired, not revoked'),
  version: int,
});

export const trainingAttentionSchema = z.object({
  asOf: z.string(),
  warningDays: int,
  items: z.array(
    z.object({
      kind: z.enum(['qualification_expiring', 'qualification_expired']),
      dueOn: z.string().describe('The last valid day'),
      daysLeft: int,
      memberId: int,
      memberNo: z.string(),
      qualificationId: int,
      area: z.string(),
      title: z.string(),
      number: z.string().nullable(),
      classesAffected: z.array(z.string()).describe('Codes of classes this person teaches that run past the expiry'),
      message: z.string(),
    }),
  ),
});

export const trainingReportSchema = z.object({
  year: int,
  timeZone: z.string(),
  asOf: z.string(),
  studentsTrained: int.describe('Present at a lesson at least once in the year'),
  lessonsGiven: z.object({ class: int, private: int, total: int }),
  completion: z.object({ completed: int, ended: int, rate: int.nullable() }).describe('Enrolments of classes that ended in the year'),
  byArea: z.array(z.object({ area: z.string(), name: localized.nullable(), studentsTrained: int, lessonsGiven: int, completed: int, ended: int, completionRate: int.nullable() })),
  privateStudents: int,
});

export const consentSchema = z.strictObject({
  showName: z.boolean().describe('The public verification page shows the holder’s name'),
  showCourse: z.boolean().describe('… the course and its area'),
  showIssuedOn: z.boolean().describe('… the date of issue'),
});

export const certificateSchema = z.object({
  id: int,
  number: z.string(),
  enrolmentId: int,
  memberId: int,
  holderName: z.string(),
  courseId: int,
  courseCode: z.string(),
  courseTitle: z.string(),
  area: z.string(),
  issuedOn: z.string(),
  consent: z.object({ showName: z.boolean(), showCourse: z.boolean(), showIssuedOn: z.boolean(), recordedAt: z.string() }),
  status: z.enum(['valid', 'revoked']),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
  verificationUrl: z.string().describe('The public verification page (what the QR code points to)'),
  credentialJwt: z.string().describe('The Open Badges 3.0 credential, signed as a VC-JWT (EdDSA)'),
  signingKeyId: z.string(),
  version: int,
});

export const verificationSchema = z
  .object({
    number: z.string(),
    issuer: z.object({ name: z.string(), profileUrl: z.string(), keysUrl: z.string() }),
    status: z.enum(['valid', 'revoked']),
    revokedOn: z.string().nullable(),
    revocationReason: z.string().nullable(),
    holderName: z.string().nullable().describe('Only when the holder consented'),
    course: z.object({ title: z.string(), area: z.string(), areaName: localized.nullable() }).nullable(),
    issuedOn: z.string().nullable(),
  })
  .describe('What anyone may learn from a certificate number: its status and what the holder consented to show');

export const keySetSchema = z
  .object({
    keys: z.array(z.object({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), alg: z.literal('EdDSA'), use: z.literal('sig'), status: z.enum(['active', 'retired']), createdAt: z.string(), retiredAt: z.string().nullable() })),
  })
  .describe('RFC 7517 JSON Web Key Set: every key the organization signed with, public parts only');

export const issuerProfileSchema = z
  .object({ '@context': z.array(z.string()), id: z.string(), type: z.array(z.string()), name: z.string(), publicKeys: z.string() })
  .describe('The issuer’s Open Badges 3.0 Profile');

export const achievementSchema = z
  .object({
    '@context': z.array(z.string()),
    id: z.string().describe('This URL: the achievement id every credential of the course carries'),
    type: z.array(z.string()),
    name: z.string(),
    description: z.string(),
    criteria: z.object({ narrative: z.string() }),
    achievementType: z.string(),
    fieldOfStudy: z.string(),
    humanCode: z.string().describe('The course code'),
  })
  .describe('The Open Badges 3.0 Achievement of a course (no personal data)');
