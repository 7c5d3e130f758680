import { z } from 'zod';

/** Response schemas of meetings, conventions and votes: the OpenAPI document and the serializer. */

const int = z.number().int();
const localized = z.object({ en: z.string(), ko: z.string() });
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'local date and time, YYYY-MM-DDTHH:mm').describe('Wall-clock time in the given zone, YYYY-MM-DDTHH:mm');
export const timeZone = z.string().min(1).max(64).describe('IANA time zone, e.g. Asia/Seoul');

export const voteRuleSchema = z.object({ quorum: z.union([z.enum(['none', 'majority', 'two_thirds']), z.object({ atLeast: int })]), majority: z.enum(['simple', 'absolute', 'two_thirds']) });
export const voteResultSchema = z
  .object({
    adopted: z.boolean(),
    quorumMet: z.boolean(),
    quorumRequired: int,
    votesNeeded: int,
    rule: voteRuleSchema,
    count: z.object({ entitled: int, present: int, for: int, against: int, abstain: int }),
    explanation: z.string(),
  })
  .describe('The decision and the basis it used');

const counts = z.object({ invited: int, present: int, excused: int, absent: int, total: int });

export const meetingSchema = z.object({
  id: int,
  unitId: int,
  unitCode: z.string(),
  kind: z.string(),
  title: z.string(),
  startsAt: z.string().describe('UTC instant'),
  endsAt: z.string(),
  timeZone: z.string(),
  localStart: z.string().describe('Wall-clock start in the meeting’s zone'),
  localEnd: z.string(),
  place: z.string(),
  agenda: z.array(z.string()),
  status: z.enum(['scheduled', 'cancelled']),
  cancelReason: z.string().nullable(),
  sequence: int.describe('iCalendar SEQUENCE, raised on every change'),
  attendance: counts,
  version: int,
});

export const minutesSchema = z.object({ revision: int, status: z.enum(['draft', 'approved']), text: z.string(), correctionReason: z.string().nullable(), approvedAt: z.string().nullable(), createdAt: z.string(), version: int });
export const decisionSchema = z.object({ id: int, text: z.string(), adopted: z.boolean(), result: voteResultSchema, recordedAt: z.string() });

export const meetingDetailSchema = meetingSchema.extend({
  invitees: z.array(z.object({ memberId: int, memberNo: z.string(), familyName: z.string(), givenName: z.string(), status: z.enum(['invited', 'present', 'excused', 'absent']), checkedInAt: z.string().nullable() })),
  minutes: z.array(minutesSchema),
  decisions: z.array(decisionSchema),
});

const period = z.object({ start: z.string(), end: z.string() });
export const complianceSchema = z.object({
  from: z.string(),
  to: z.string(),
  checkedUnits: int,
  totals: z.object({ unitsMissing: int, missedPeriods: int }),
  units: z.array(z.object({ unit: z.object({ id: int, code: z.string(), name: z.string(), kind: z.string() }), everyMonths: int, missed: z.array(period), lastMeetingOn: z.string().nullable() })),
  truncated: z.boolean(),
});

export const seriesSchema = z.object({ id: int, unitId: int, unitCode: z.string(), name: localized, version: int });
export const seriesListSchema = z.object({
  items: z.array(
    z.object({
      id: int,
      unitId: int,
      unitCode: z.string(),
      name: localized,
      editions: z.array(
        z.object({
          conventionId: int,
          ordinal: int,
          title: localized,
          startsOn: z.string(),
          endsOn: z.string(),
          status: z.enum(['planned', 'frozen', 'closed', 'past']),
          participants: int.nullable(),
          present: int.nullable(),
          attendanceRate: z.number().nullable(),
        }),
      ),
    }),
  ),
});

const rosterRuleOut = z.object({
  officeHolders: z.array(z.object({ unitKind: z.string(), office: z.string() })),
  delegates: z.object({ perUnitKind: z.string(), perMembers: int, rounding: z.enum(['up', 'down', 'nearest']), minimum: int }).optional(),
  guests: z.array(z.object({ name: z.string(), memberNo: z.string().optional() })),
});

export const conventionSchema = z.object({
  id: int,
  seriesId: int,
  ordinal: int,
  title: localized,
  convenedBy: z.object({ unitId: int, unitCode: z.string() }),
  status: z.enum(['planned', 'frozen', 'closed', 'past']),
  startsOn: z.string(),
  endsOn: z.string(),
  timeZone: z.string(),
  place: z.string().nullable(),
  plannedParticipants: int.nullable(),
  recordedParticipants: int.nullable(),
  recordedPresent: int.nullable(),
  cutoffOn: z.string().nullable(),
  rosterRule: rosterRuleOut.nullable(),
  rosterFrozenAt: z.string().nullable(),
  previousId: int.nullable(),
  version: int,
});

export const rosterEntrySchema = z.object({
  id: int,
  category: z.enum(['office_holder', 'delegate', 'guest', 'substitute']),
  unitId: int.nullable(),
  unitCode: z.string().nullable(),
  memberId: int.nullable(),
  memberNo: z.string().nullable(),
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  guestName: z.string().nullable(),
  office: z.string().nullable(),
  seat: int.nullable(),
  status: z.enum(['entitled', 'replaced']),
  replacesId: int.nullable(),
  substitutionReason: z.string().nullable(),
  version: int,
});

export const badgeSchema = z.object({ rosterId: int, badgeCode: z.string(), name: z.string(), category: z.enum(['office_holder', 'delegate', 'guest', 'substitute']), unitCode: z.string().nullable() });
export const sessionSchema = z.object({
  id: int,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  present: int.describe('Checked in now'),
  status: z.enum(['scheduled', 'cancelled']),
  cancelReason: z.string().nullable(),
  version: int,
});
export const addressSchema = z.object({ id: int, sessionId: int.nullable(), kind: z.enum(['opening', 'report', 'closing', 'other']), speakerMemberId: int.nullable(), speakerName: z.string(), title: z.string(), text: z.string(), deliveredAt: z.string() });

export const motionSchema = z.object({
  id: int,
  conventionId: int,
  sessionId: int.nullable(),
  kind: z.enum(['motion', 'statement', 'resolution']),
  title: z.string(),
  text: z.string(),
  status: z.enum(['draft', 'voting', 'adopted', 'rejected', 'withdrawn']),
  ballot: z.enum(['open', 'secret']).nullable(),
  ballotMedium: z.enum(['electronic', 'paper']).nullable().describe('Secret ballots: cast in the app by each voter, or on paper and counted by tellers'),
  paperTotals: z
    .object({ for: int, against: int, abstain: int, spoilt: int, enteredBy: z.string(), enteredAt: z.string(), version: int })
    .nullable()
    .describe('Totals the tellers counted on paper; nothing per person'),
  moverMemberId: int.nullable(),
  withdrawal: z.object({ at: z.string(), reason: z.string() }).nullable(),
  voteRule: voteRuleSchema.nullable(),
  result: voteResultSchema.nullable(),
  decidedAt: z.string().nullable(),
  publicId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  amendments: z.array(z.object({ id: int, text: z.string(), rationale: z.string().nullable(), status: z.enum(['proposed', 'accepted', 'rejected']), proposedAt: z.string(), decidedAt: z.string().nullable() })),
  ballotsCast: int,
  version: int,
});

export const conventionDetailSchema = conventionSchema.extend({
  roster: z.object({ entitled: int, guests: int, vacantSeats: int, attended: int }),
  sessions: z.array(sessionSchema),
  addresses: z.array(addressSchema),
  motions: z.array(motionSchema),
});

export const freezeResultSchema = z.object({
  dryRun: z.boolean(),
  convention: conventionSchema,
  basis: z.object({
    officeHolders: int,
    delegateUnits: z.array(z.object({ unitId: int, members: int, seats: int })),
    delegateSeats: int,
    guests: int,
    duplicatesSkipped: int,
    unknownGuestMembers: z.array(z.string()),
  }),
  seats: z.object({ officeHolders: int, delegateSeats: int, guests: int, total: int }),
});

export const checkInSchema = z.object({ rosterId: int, name: z.string(), category: z.enum(['office_holder', 'delegate', 'guest', 'substitute']), checkedInAt: z.string(), alreadyCheckedIn: z.boolean() });
export const dispatchReportSchema = z.object({ motionId: int, sent: int, acknowledged: int, pending: z.array(z.object({ unitId: int, code: z.string(), name: z.string(), kind: z.string(), sentAt: z.string() })), truncated: z.boolean() });
export const proceedingsSchema = z.object({ conventionId: int, status: z.enum(['draft', 'approved']), document: z.record(z.string(), z.unknown()), sha256: z.string(), approvedAt: z.string().nullable(), publicId: z.string().nullable().describe('Citable id in the public bulletin once approved'), version: int });
