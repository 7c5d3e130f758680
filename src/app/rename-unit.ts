import { updateUnitIfVersion } from '../store/unit.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkUnitName } from './create-unit.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveUnit, staleWrite, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

export interface RenameUnitInput {
  org: string;
  unit: UnitRef;
  name: string;
  reason: string;
  version?: number | undefined;
}

export async function renameUnit(ctx: AppContext, input: RenameUnitInput): Promise<UnitView> {
  const reason = requireReason(input.reason);
  const name = checkUnitName(input.name);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org } = s;
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    checkVersion(`Unit '${unit.code}'`, unit.version, input.version);
    const at = nowOf(ctx);
    if (!(await updateUnitIfVersion(trx, org.id, unit.id, unit.version, { name, updated_at: at }))) throw staleWrite(`Unit '${unit.code}'`);
    await recordUnitEvent(trx, { orgId: org.id, unitId: unit.id, type: 'renamed', on: todayOf(ctx), reason, detail: { from: unit.name, to: name }, at });
    await recordAudit(trx, ctx, { orgId: org.id, action: 'unit.rename', entityType: 'unit', entityId: unit.id, reason, data: { before: { name: unit.name }, after: { name } } });
    return unitView(await resolveUnit(trx, org.id, { id: unit.id }));
  });
}
