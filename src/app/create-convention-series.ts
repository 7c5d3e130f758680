import { AppError, type Problem } from '../core/errors.js';
import { insertSeries } from '../store/convention.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

export interface SeriesView {
  id: number;
  unitId: number;
  unitCode: string;
  name: { en: string; ko: string };
  version: number;
}

/**
 * Starts a numbered series of conventions convened by a unit ("Meeting of Cell Secretaries",
 * "세포비서대회"); editions are numbered within it.
 */
export async function createConventionSeries(ctx: AppContext, input: { org: string; unit: UnitRef; name: { en: string; ko: string } }): Promise<SeriesView> {
  const problems: Problem[] = [];
  const en = checkText(input.name.en, 'name.en', 200, problems);
  const ko = checkText(input.name.ko, 'name.ko', 200, problems);
  if (problems.length > 0) throw new AppError('validation_failed', 'The series is not valid', { problems });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'run_meetings', { active: true });
    const row = await insertSeries(trx, { org_id: s.org.id, unit_id: unit.id, name_en: en, name_ko: ko, version: 1, created_at: nowOf(ctx) });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention_series.create', entityType: 'convention_series', entityId: row.id, data: { unitCode: unit.code, en, ko } });
    return { id: row.id, unitId: unit.id, unitCode: unit.code, name: { en, ko }, version: row.version };
  });
}
