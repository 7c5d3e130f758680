import { z } from 'zod';
import { voteRuleSchema } from '../vote-rules.js';

export const RULEBOOK_FORMAT = 'cellbook-rulebook/1';

const key = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be 1–40 lower-case letters, digits or _ and start with a letter');

const localizedName = z.strictObject({
  en: z.string().trim().min(1, 'an English name is required').max(120),
  ko: z.string().trim().min(1, 'a Korean name is required').max(120),
});

const officeSchema = z.strictObject({
  key,
  name: localizedName,
  /** A unit without a current holder of a required office is reported as a vacancy. */
  required: z.boolean().default(false),
  /** Usual length of a term; an appointment without an end date gets this one. */
  termMonths: z.number().int().min(1).max(240).optional(),
  /**
   * Who may hold it: "unit" — an active member placed in the unit's subtree (a cell secretary);
   * "organization" — any active member (an instructor who is not a student of the class).
   */
  holderFrom: z.enum(['unit', 'organization']).default('unit'),
});

const sizeSchema = z.strictObject({
  min: z.number().int().min(0),
  max: z.number().int().min(1),
});

const unitKindSchema = z.strictObject({
  key,
  name: localizedName,
  /** A root kind sits at the top of the tree; every other kind names the kinds it may sit under. */
  root: z.boolean().default(false),
  parents: z.array(key).default([]),
  holdsMembers: z.boolean().default(false),
  size: sizeSchema.optional(),
  offices: z.array(officeSchema).default([]),
});

/**
 * The path into membership and out of it. Defaults keep rulebooks written before this section valid.
 */
const membershipSchema = z.strictObject({
  /** Probation of a candidate before they may become a full member; 0: applicants become full members directly. */
  candidateMonths: z.number().int().min(0).max(60).default(12),
  /** How often probation may be extended (each time with a reason), and by at most how many months. */
  maxProbationExtensions: z.number().int().min(0).max(5).default(1),
  probationExtensionMonths: z.number().int().min(1).max(36).default(6),
  /** Days the receiving unit has to receive or return a member sent to it. */
  transferDays: z.number().int().min(1).max(365).default(30),
  /** Membership lapses after this many months without recorded activity or dues; null: never (the default). */
  lapseAfterMonths: z.number().int().min(1).max(120).nullable().default(null),
});

export const penaltyEffects = ['none', 'remove_from_office', 'probation', 'expulsion'] as const;

const penaltySchema = z.strictObject({
  key,
  name: localizedName,
  /**
   * What the penalty does once final: `none` (a warning on the record), `remove_from_office` (every
   * running term ends), `probation` (a sanction for up to `maxMonths` that lifts itself), `expulsion`
   * (membership and all access end).
   */
  effect: z.enum(penaltyEffects).default('none'),
  maxMonths: z.number().int().min(1).max(120).optional(),
  /**
   * Which body must ratify the decision before it stands: a unit kind (the nearest unit of that kind
   * above the deciding unit), `parent` (the deciding unit's parent), or null (final when decided).
   */
  ratifiedBy: z.string().nullable().default(null),
});

const attachmentRulesSchema = z.strictObject({
  maxBytes: z.number().int().min(1).max(8 * 1024 * 1024).default(2 * 1024 * 1024),
  types: z
    .array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'a media type such as application/pdf'))
    .min(1)
    .default(['application/pdf', 'image/png', 'image/jpeg', 'text/plain']),
});

export const defaultPenalties = [
  { key: 'warning', name: { en: 'Warning', ko: '경고' }, effect: 'none' as const, ratifiedBy: null },
  { key: 'serious_warning', name: { en: 'Serious warning', ko: '엄중경고' }, effect: 'none' as const, ratifiedBy: null },
  { key: 'expulsion', name: { en: 'Expulsion', ko: '제명' }, effect: 'expulsion' as const, ratifiedBy: 'parent' },
];

/** Disciplinary cases: deadlines, the vote, penalties (mildest first) and evidence files. */
const disciplineSchema = z.strictObject({
  /** Days the member has to answer the charges. */
  defenceDays: z.number().int().min(1).max(180).default(14),
  /** Days after a decision stands within which the member may appeal to the next higher body. */
  appealDays: z.number().int().min(1).max(365).default(30),
  vote: voteRuleSchema.default({ quorum: 'majority', majority: 'simple' }),
  /** Listed from the mildest to the most severe: an appeal may only reduce to an earlier one. */
  penalties: z.array(penaltySchema).min(1, 'at least one penalty').default(defaultPenalties),
  attachments: attachmentRulesSchema.default({ maxBytes: 2 * 1024 * 1024, types: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] }),
});

const defaultVote = { quorum: 'majority', majority: 'simple' } as const;

/** How often units of a kind must meet: at least once in every period of `everyMonths` calendar months. */
const meetingCadenceSchema = z.strictObject({
  unitKind: key,
  everyMonths: z.number().int().min(1, 'at least every month').max(24, 'at most every 24 months'),
});

const meetingRulesSchema = z.strictObject({
  cadence: z.array(meetingCadenceSchema).default([]),
  /** Quorum and majority for decisions of a unit meeting (of those invited). */
  vote: voteRuleSchema.prefault(defaultVote),
});

const conventionRulesSchema = z.strictObject({
  /** Quorum and majority for motions and statements of a convention (of its frozen roster). */
  vote: voteRuleSchema.prefault(defaultVote),
});

const craftAreaSchema = z.strictObject({ key, name: localizedName });

/**
 * Courses, classes and certificates (a culture center, a party school). Optional: an older rulebook
 * without it has no craft areas, so it offers no courses until areas are added.
 */
const trainingSchema = z.strictObject({
  /** Unit kinds whose units may run a class of a course; null: every kind that holds members. */
  classKinds: z.array(key).nullable().default(null),
  /** Areas (crafts, subjects) that courses and instructor qualifications belong to. */
  areas: z.array(craftAreaSchema).default([]),
  /** The completion rule new courses get unless they state their own. */
  completion: z
    .strictObject({
      minAttendancePercent: z.number().int().min(0).max(100).default(80),
      finalPieceRequired: z.boolean().default(true),
    })
    .prefault({}),
  /** Days before a licence or qualification expires that it shows up as needing attention. */
  expiryWarningDays: z.number().int().min(1).max(730).default(90),
  /** Printed before the random part of every certificate number. */
  certificatePrefix: z.string().regex(/^[A-Z0-9]{1,8}$/, 'must be 1–8 upper-case letters or digits').default('CERT'),
});

export const rulebookSchema = z.strictObject({
  format: z.literal(RULEBOOK_FORMAT, { message: `must be "${RULEBOOK_FORMAT}"` }),
  version: z.number().int().min(1),
  name: localizedName,
  unitKinds: z.array(unitKindSchema).min(1, 'at least one unit kind is required'),
  memberNumber: z
    .strictObject({
      prefix: z.string().regex(/^[A-Z0-9-]{0,8}$/, 'must be at most 8 upper-case letters, digits or -').default(''),
      digits: z.number().int().min(4).max(12).default(7),
    })
    .default({ prefix: '', digits: 7 }),
  membership: membershipSchema.default({ candidateMonths: 12, maxProbationExtensions: 1, probationExtensionMonths: 6, transferDays: 30, lapseAfterMonths: null }),
  discipline: disciplineSchema.default({
    defenceDays: 14,
    appealDays: 30,
    vote: { quorum: 'majority', majority: 'simple' },
    penalties: defaultPenalties,
    attachments: { maxBytes: 2 * 1024 * 1024, types: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] },
  }),
  /** Optional; an older rulebook without it has no cadence rules and majority/simple votes. */
  meetings: meetingRulesSchema.prefault({}),
  conventions: conventionRulesSchema.prefault({}),
  training: trainingSchema.prefault({}),
});

export type Rulebook = z.infer<typeof rulebookSchema>;
export type UnitKind = Rulebook['unitKinds'][number];
export type OfficeRule = UnitKind['offices'][number];
export type MeetingCadence = Rulebook['meetings']['cadence'][number];
export type LocalizedName = z.infer<typeof localizedName>;
export type MembershipRules = Rulebook['membership'];
export type DisciplineRules = Rulebook['discipline'];
export type PenaltyRule = DisciplineRules['penalties'][number];
export type TrainingRules = Rulebook['training'];
export type PenaltyEffect = (typeof penaltyEffects)[number];
