import { AppError } from '../core/errors.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import type { Executor } from '../store/database.js';
import { listUnitTerms, endTermIfVersion } from '../store/office.repository.js';
import { updateUnitIfVersion, type UnitRow } from '../store/unit.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveUnit, staleWrite, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

export interface DissolveUnitInput {
  org: string;
  unit: UnitRef;
  reason: string;
  version?: number | undefined;
}

/** Ends every office term of a unit that is still running on `on`. */
export async function endUnitTerms(trx: Executor, orgId: number, unitId: number, on: string, reason: string): Promise<void> {
  for (const t of await listUnitTerms(trx, orgId, unitId)) {
    if (t.end_on === null || t.end_on > on) await endTermIfVersion(trx, orgId, t.id, t.version, t.start_on > on ? t.start_on : on, reason);
  }
}

/**
 * Marks an empty unit dissolved (kept with its history, never deleted). Shared by dissolve and merge.
 */
export async function dissolveUnitIn(trx: Executor, orgId: number, unit: UnitRow, on: string, at: string, reason: string, detail: Record<string, unknown>, deltas: CounterDeltas, type: 'dissolved' | 'merged_into' = 'dissolved'): Promise<void> {
  if (unit.subtree_units > 1) {
    throw new AppError('rule_violation', `Unit '${unit.code}' still has ${unit.subtree_units - 1} active sub-unit(s)`, { hint: 'Move or dissolve its sub-units first' });
  }
  if (unit.direct_members > 0) {
    throw new AppError('rule_violation', `Unit '${unit.code}' still has ${unit.direct_members} member(s)`, { hint: 'Transfer its members or merge it into another unit' });
  }
  if (!(await updateUnitIfVersion(trx, orgId, unit.id, unit.version, { status: 'dissolved', dissolved_on: on, updated_at: at }))) throw staleWrite(`Unit '${unit.code}'`);
  deltas.subtree(unit.path, 0, -1);
  await endUnitTerms(trx, orgId, unit.id, on, type === 'dissolved' ? 'unit dissolved' : 'unit merged');
  await recordUnitEvent(trx, { orgId, unitId: unit.id, type, on, reason, detail, at });
}

export async function dissolveUnit(ctx: AppContext, input: DissolveUnitInput): Promise<UnitView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org } = s;
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    checkVersion(`Unit '${unit.code}'`, unit.version, input.version);
    const deltas = new CounterDeltas();
    await dissolveUnitIn(trx, org.id, unit, todayOf(ctx), nowOf(ctx), reason, {}, deltas);
    await deltas.apply(trx, org.id);
    await recordAudit(trx, ctx, { orgId: org.id, action: 'unit.dissolve', entityType: 'unit', entityId: unit.id, reason, data: { code: unit.code } });
    return unitView(await resolveUnit(trx, org.id, { id: unit.id }));
  });
}
