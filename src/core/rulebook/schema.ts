import { z } from 'zod';

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
});

export type Rulebook = z.infer<typeof rulebookSchema>;
export type UnitKind = Rulebook['unitKinds'][number];
export type OfficeRule = UnitKind['offices'][number];
export type LocalizedName = z.infer<typeof localizedName>;
