import { AppError } from '../core/errors.js';
import { isInSubtree, pathIds } from '../core/unit-path.js';
import type { PendingAuditEvent } from '../store/audit.repository.js';
import type { Executor } from '../store/database.js';
import type { Insertable } from 'kysely';
import { findMemberById, writePlacementChange, type MemberRow } from '../store/member.repository.js';
import type { PlacementTable } from '../store/schema.js';
import { endTermIfVersion, listUnitTerms, openTermsOfMember } from '../store/office.repository.js';
import { findUnitById, findUnitsByIds, type UnitRow } from '../store/unit.repository.js';
import type { CounterDeltas } from './counter-deltas.js';
import { staleWrite } from './refs.js';

/** What placing needs to know of a unit. */
export type PlacedUnit = Pick<UnitRow, 'id' | 'code' | 'path'>;

/**
 * Moves a member out of their current unit (closing that placement into history) and into `target`
 * (or into no unit, on exit). Office terms held in units the member no longer belongs to end the
 * same day. Counter changes go to `deltas`; the caller applies them.
 */
export async function placeMember(
  trx: Executor,
  orgId: number,
  member: MemberRow,
  current: PlacedUnit | null,
  target: PlacedUnit | null,
  p: {
    on: string;
    at: string;
    reason: string;
    deltas: CounterDeltas;
    patch?: { status: string };
    openTerms?: number | undefined;
    /** Write the counters collected so far with the placement (one statement on PostgreSQL) instead of leaving them to the caller. */
    writeCounters?: boolean;
    /** The change's audit event (`pendingAudit`), written with the placement (one statement on PostgreSQL). */
    audit?: PendingAuditEvent;
    /**
     * Outside a transaction: the whole placement in one statement or nothing, and false when that
     * cannot be (see `writePlacementChange`; always on SQLite) — the caller then runs it in a
     * transaction instead. Only for a member who holds no open office (`openTerms` 0).
     */
    guarded?: boolean;
  },
): Promise<boolean> {
  // Ending office terms takes more statements: not something one guarded statement can do.
  if (p.guarded && p.openTerms !== 0) return false;
  if (target && current && target.id === current.id) {
    throw new AppError('validation_failed', `Member '${member.member_no}' is already in '${target.code}'`);
  }
  let closed: Insertable<PlacementTable> | null = null;
  if (current) {
    const start = member.placed_on ?? member.joined_on;
    if (p.on < start) {
      throw new AppError('validation_failed', `The date ${p.on} is before the member's current placement began (${start})`, {
        problems: [{ path: 'on', message: `must be on or after ${start}` }],
      });
    }
    closed = { org_id: orgId, member_id: member.id, unit_id: current.id, start_on: start, end_on: p.on, start_reason: member.placement_reason, end_reason: p.reason };
    p.deltas.members(current.path, -1);
  }
  if (target) p.deltas.members(target.path, 1);
  const ok = await writePlacementChange(trx, orgId, member.id, member.version, {
    closed,
    patch: { unit_id: target?.id ?? null, placed_on: target ? p.on : null, placement_reason: target ? p.reason : null, updated_at: p.at, ...p.patch },
    event:
      current || target
        ? { org_id: orgId, member_id: member.id, type: 'transferred', from_value: current?.code ?? null, to_value: target?.code ?? null, occurred_on: p.on, reason: p.reason, created_at: p.at }
        : null,
    counters: p.writeCounters ? p.deltas.take() : undefined,
    audit: p.audit,
    guarded: p.guarded,
  });
  if (p.guarded) return ok;
  if (!ok) throw staleWrite(`Member '${member.member_no}'`);
  // The caller may already know the member holds no open office (read with the member): no query then.
  if (p.openTerms !== 0) await endTermsLeft(trx, orgId, member.id, current, target, p.on, p.reason);
  return true;
}

/**
 * Ends the member's running terms in units they are leaving: all of them on exit, otherwise those
 * whose subtree held the old placement but not the new one. An office whose unit never held the
 * member's placement (an instructor, placed in the center, teaching a class) is not left by a move.
 * A term that has not started yet ends on its first day, so the member never holds it.
 */
async function endTermsLeft(trx: Executor, orgId: number, memberId: number, current: PlacedUnit | null, target: PlacedUnit | null, on: string, reason: string): Promise<void> {
  const terms = await openTermsOfMember(trx, orgId, memberId, on);
  if (terms.length === 0) return;
  const units = new Map((await findUnitsByIds(trx, orgId, terms.map((t) => t.unit_id))).map((u) => [u.id, u]));
  for (const t of terms) {
    const unit = units.get(t.unit_id);
    const leaving = target === null || (unit !== undefined && current !== null && isInSubtree(current.path, unit.path) && !isInSubtree(target.path, unit.path));
    if (!leaving) continue;
    await endTermIfVersion(trx, orgId, t.id, t.version, t.start_on > on ? t.start_on : on, `left the unit: ${reason}`);
  }
}

/**
 * The same rule for members that move as a group (a merge, a subtree move), before they move: ends
 * the running terms of units above `fromPath` but not above `toPath` that are held by a member placed
 * within `fromPath`'s subtree. Only those few units' terms are read, however many members move.
 */
export async function endTermsLeftByGroup(trx: Executor, orgId: number, fromPath: string, toPath: string, on: string, reason: string): Promise<void> {
  const staying = new Set(pathIds(toPath));
  const fromId = pathIds(fromPath).at(-1);
  for (const unitId of pathIds(fromPath)) {
    if (staying.has(unitId) || unitId === fromId) continue;
    for (const t of await listUnitTerms(trx, orgId, unitId)) {
      if (t.end_on !== null && t.end_on <= on) continue;
      const holder = await findMemberById(trx, orgId, t.member_id);
      const home = holder?.unit_id ? await findUnitById(trx, orgId, holder.unit_id) : undefined;
      if (!home || !isInSubtree(home.path, fromPath)) continue;
      await endTermIfVersion(trx, orgId, t.id, t.version, t.start_on > on ? t.start_on : on, `left the unit: ${reason}`);
    }
  }
}
