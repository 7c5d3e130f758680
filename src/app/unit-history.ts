import type { Executor } from '../store/database.js';
import { insertUnitEvent } from '../store/unit.repository.js';

export type UnitEventType = 'created' | 'renamed' | 'moved' | 'split' | 'split_from' | 'merged_into' | 'merged_from' | 'dissolved';

/** Appends one entry to a unit's history. */
export async function recordUnitEvent(
  db: Executor,
  e: { orgId: number; unitId: number; type: UnitEventType; on: string; reason: string | null; detail: Record<string, unknown>; at: string },
): Promise<void> {
  await insertUnitEvent(db, {
    org_id: e.orgId,
    unit_id: e.unitId,
    type: e.type,
    occurred_on: e.on,
    reason: e.reason,
    detail: JSON.stringify(e.detail),
    created_at: e.at,
  });
}
