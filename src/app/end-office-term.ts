import { isIsoDate } from '../core/dates.js';
import { checkUnit, scopedOrg } from './access.js';
import { findUnitById } from '../store/unit.repository.js';
import { recordAudit } from './audit-log.js';
import { AppError } from '../core/errors.js';
import { endTermIfVersion, findOfficeTerm } from '../store/office.repository.js';
import { inTransaction, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';
import { officeTermView, type OfficeTermView } from './views.js';

export interface EndOfficeTermInput {
  org: string;
  termId: number;
  reason: string;
  /** First day without the holder; defaults to today. */
  endOn?: string | undefined;
  version?: number | undefined;
}

export async function endOfficeTerm(ctx: AppContext, input: EndOfficeTermInput): Promise<OfficeTermView> {
  const reason = requireReason(input.reason);
  const endOn = input.endOn ?? todayOf(ctx);
  if (!isIsoDate(endOn)) throw new AppError('validation_failed', 'The end date is not valid', { problems: [{ path: 'endOn', message: 'write YYYY-MM-DD' }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org } = s;
    const term = await findOfficeTerm(trx, org.id, input.termId);
    const missing = new AppError('not_found', `Office term ${input.termId} was not found`);
    if (!term) throw missing;
    const unit = await findUnitById(trx, org.id, term.unit_id);
    if (!unit || !(s.access.allows('read', unit.path) || s.access.allows('read_names', unit.path))) throw missing;
    checkUnit(s, unit, { id: unit.id }, 'write_structure');
    checkVersion(`Office term ${term.id}`, term.version, input.version);
    if (term.end_reason !== null || (term.end_on !== null && term.end_on <= endOn)) {
      throw new AppError('invalid_transition', `Office term ${term.id} already ends on ${term.end_on}`);
    }
    if (endOn <= term.start_on) {
      throw new AppError('validation_failed', `A term that starts on ${term.start_on} cannot end on ${endOn}`, { problems: [{ path: 'endOn', message: `must be after ${term.start_on}` }] });
    }
    if (!(await endTermIfVersion(trx, org.id, term.id, term.version, endOn, reason))) throw staleWrite(`Office term ${term.id}`);
    await recordAudit(trx, ctx, { orgId: org.id, action: 'office.end', entityType: 'office_term', entityId: term.id, reason, data: { before: { endOn: term.end_on }, after: { endOn } } });
    const fresh = await findOfficeTerm(trx, org.id, term.id);
    if (!fresh) throw new Error('term vanished');
    return officeTermView(fresh);
  });
}
