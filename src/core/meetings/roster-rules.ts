import { z } from 'zod';
import { pathIds } from '../unit-path.js';

/**
 * Who sits at a convention, by rule. The convening committee states the rule; it is applied to the
 * tree as it stood on the cut-off date, and the result is frozen. Pure: the app layer loads the
 * subtree, the office holders and the member counts as of the cut-off date and passes them in.
 */
const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a key of the rulebook (lower-case letters, digits, _)');

export const delegateRoundings = ['up', 'down', 'nearest'] as const;
export type DelegateRounding = (typeof delegateRoundings)[number];

export const rosterRuleSchema = z
  .strictObject({
    /** Everyone holding one of these offices at the cut-off date in the convening unit's subtree. */
    officeHolders: z.array(z.strictObject({ unitKind: key, office: key })).max(20).default([]),
    /**
     * Delegate seats per unit of `perUnitKind`: one per `perMembers` members of its subtree at the
     * cut-off date, rounded as stated ("up": 51 members at 1 per 50 give 2 seats; "down": 1;
     * "nearest": 1, and 75 give 2 — halves round up), and at least `minimum` when it has any members.
     * The seats are filled by naming a member of that unit's subtree.
     */
    delegates: z
      .strictObject({
        perUnitKind: key,
        perMembers: z.number().int().min(1).max(1_000_000),
        rounding: z.enum(delegateRoundings),
        minimum: z.number().int().min(0).max(1000).default(1),
      })
      .optional(),
    /** Named guests: members (by number) or people outside the registry (by name only). */
    guests: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(200), memberNo: z.string().max(32).optional() }))
      .max(1000)
      .default([]),
  })
  .refine((r) => r.officeHolders.length > 0 || r.delegates !== undefined || r.guests.length > 0, { message: 'name at least one of officeHolders, delegates or guests' });
export type RosterRule = z.infer<typeof rosterRuleSchema>;

/** Delegate seats for `members` at one per `perMembers`, integer-exact. */
export function delegateSeats(members: number, perMembers: number, rounding: DelegateRounding, minimum: number): number {
  if (members <= 0) return 0;
  const seats = rounding === 'up' ? Math.floor((members + perMembers - 1) / perMembers) : rounding === 'down' ? Math.floor(members / perMembers) : Math.floor((2 * members + perMembers) / (2 * perMembers));
  return Math.max(minimum, seats);
}

export interface RosterTreeUnit {
  id: number;
  path: string;
  kind: string;
}

export interface RosterInput {
  /** Units of the convening unit's subtree that existed on the cut-off date. */
  units: readonly RosterTreeUnit[];
  /** Office terms running on the cut-off date in those units. */
  holders: readonly { unitId: number; office: string; memberId: number }[];
  /** Members placed directly in each unit on the cut-off date. */
  membersAt: ReadonlyMap<number, number>;
  /** Guests named by member number, resolved to member ids (null: not found). */
  guestMembers: ReadonlyMap<string, number | null>;
}

export interface RosterSeat {
  category: 'office_holder' | 'delegate' | 'guest';
  /** The unit the seat belongs to (the office's unit, the delegating unit); null for guests. */
  unitId: number | null;
  memberId: number | null;
  /** Office holders: the office; delegates: the seat number within the unit (1…). */
  office: string | null;
  seat: number | null;
  guestName: string | null;
}

export interface RosterBasis {
  officeHolders: number;
  delegateUnits: { unitId: number; members: number; seats: number }[];
  delegateSeats: number;
  guests: number;
  /** People who qualified twice (two offices, or an office and a guest invitation) sit once. */
  duplicatesSkipped: number;
  unknownGuestMembers: string[];
}

export function computeRoster(rule: RosterRule, input: RosterInput): { seats: RosterSeat[]; basis: RosterBasis } {
  const seats: RosterSeat[] = [];
  const seated = new Set<number>();
  let duplicates = 0;
  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const wanted = new Set(rule.officeHolders.map((o) => `${o.unitKind}/${o.office}`));
  // Office holders in tree order, so the roster reads like the organization.
  const holders = input.holders
    .filter((h) => {
      const unit = unitsById.get(h.unitId);
      return unit !== undefined && wanted.has(`${unit.kind}/${h.office}`);
    })
    .sort((a, b) => (unitsById.get(a.unitId)?.path ?? '').localeCompare(unitsById.get(b.unitId)?.path ?? '') || a.office.localeCompare(b.office) || a.memberId - b.memberId);
  for (const h of holders) {
    if (seated.has(h.memberId)) {
      duplicates++;
      continue;
    }
    seated.add(h.memberId);
    seats.push({ category: 'office_holder', unitId: h.unitId, memberId: h.memberId, office: h.office, seat: null, guestName: null });
  }
  const officeHolders = seats.length;

  const delegateUnits: RosterBasis['delegateUnits'] = [];
  if (rule.delegates) {
    const d = rule.delegates;
    const delegating = new Map(input.units.filter((u) => u.kind === d.perUnitKind).map((u) => [u.id, 0]));
    for (const u of input.units) {
      const direct = input.membersAt.get(u.id) ?? 0;
      if (direct === 0) continue;
      for (const ancestor of pathIds(u.path)) {
        const sum = delegating.get(ancestor);
        if (sum !== undefined) delegating.set(ancestor, sum + direct);
      }
    }
    const ordered = [...delegating.entries()].sort((a, b) => (unitsById.get(a[0])?.path ?? '').localeCompare(unitsById.get(b[0])?.path ?? ''));
    for (const [unitId, members] of ordered) {
      const n = delegateSeats(members, d.perMembers, d.rounding, d.minimum);
      delegateUnits.push({ unitId, members, seats: n });
      for (let i = 1; i <= n; i++) seats.push({ category: 'delegate', unitId, memberId: null, office: null, seat: i, guestName: null });
    }
  }
  const delegateSeatCount = seats.length - officeHolders;

  const unknown: string[] = [];
  let guests = 0;
  for (const g of rule.guests) {
    let memberId: number | null = null;
    if (g.memberNo !== undefined) {
      memberId = input.guestMembers.get(g.memberNo) ?? null;
      if (memberId === null) {
        unknown.push(g.memberNo);
        continue;
      }
      if (seated.has(memberId)) {
        duplicates++;
        continue;
      }
      seated.add(memberId);
    }
    guests++;
    seats.push({ category: 'guest', unitId: null, memberId, office: null, seat: null, guestName: memberId === null ? g.name : null });
  }
  return { seats, basis: { officeHolders, delegateUnits, delegateSeats: delegateSeatCount, guests, duplicatesSkipped: duplicates, unknownGuestMembers: unknown } };
}
