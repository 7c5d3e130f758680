import { addMonths, isIsoDate } from '../core/dates.js';
import { memberFor, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { isInSubtree } from '../core/unit-path.js';
import { insertOfficeTerm, overlappingTerms } from '../store/office.repository.js';
import { sanctionsInForce } from '../store/discipline.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { resolveUnit, type MemberRef, type UnitRef } from './refs.js';
import { officeTermView, type OfficeTermView } from './views.js';

export interface AppointOfficerInput {
  org: string;
  unit: UnitRef;
  office: string;
  member: MemberRef;
  startOn?: string | undefined;
  /** First day the member no longer holds the office; defaults to start + the office's term length. */
  endOn?: string | null | undefined;
}

/**
 * Appoints an active member of the unit's subtree to one of the offices its kind defines. One
 * holder per office at a time: a term that overlaps another is refused.
 */
export async function appointOfficer(ctx: AppContext, input: AppointOfficerInput): Promise<OfficeTermView> {
  const startOn = input.startOn ?? todayOf(ctx);
  const dateProblems = [];
  if (!isIsoDate(startOn)) dateProblems.push({ path: 'startOn', message: 'write YYYY-MM-DD' });
  if (input.endOn && !isIsoDate(input.endOn)) dateProblems.push({ path: 'endOn', message: 'write YYYY-MM-DD' });
  if (input.endOn && isIsoDate(startOn) && input.endOn <= startOn) dateProblems.push({ path: 'endOn', message: 'must be after the start' });
  if (dateProblems.length > 0) throw new AppError('validation_failed', 'The term dates are not valid', { problems: dateProblems });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    const kind = rules.kind(unit.kind);
    const office = kind.offices.find((o) => o.key === input.office);
    if (!office) {
      throw new AppError('rule_violation', `A ${kind.name.en} has no office '${input.office}'`, {
        hint: kind.offices.length > 0 ? `Offices of a ${kind.name.en}: ${kind.offices.map((o) => o.key).join(', ')}` : `A ${kind.name.en} has no offices`,
      });
    }
    const member = await memberFor(trx, s, input.member, 'read');
    if (!isActiveStatus(member.status as MemberStatus) || member.unit_id === null) {
      throw new AppError('rule_violation', `Member '${member.member_no}' is not an active, placed member`);
    }
    const sanction = (await sanctionsInForce(trx, org.id, member.id, startOn)).at(0);
    if (sanction) {
      throw new AppError('rule_violation', `Member '${member.member_no}' is on probation until ${sanction.sanction_ends_on} (case ${sanction.id})`, { hint: 'Appoint them once the probation has ended' });
    }
    const home = await resolveUnit(trx, org.id, { id: member.unit_id });
    if (office.holderFrom === 'unit' && !isInSubtree(home.path, unit.path)) {
      throw new AppError('rule_violation', `Member '${member.member_no}' belongs to '${home.code}', outside '${unit.code}'`, {
        hint: 'Appoint a member of this unit, or transfer the member first',
      });
    }
    const endOn = input.endOn === undefined ? (office.termMonths ? addMonths(startOn, office.termMonths) : null) : input.endOn;
    const clash = await overlappingTerms(trx, org.id, unit.id, office.key, startOn, endOn);
    if (clash.length > 0) {
      const c = clash[0];
      throw new AppError('already_exists', `The office '${office.key}' of '${unit.code}' is held from ${c?.start_on} until ${c?.end_on ?? 'further notice'}`, {
        hint: 'End the current term first, or start the new term when it ends',
      });
    }
    const term = await insertOfficeTerm(trx, {
      org_id: org.id,
      unit_id: unit.id,
      office: office.key,
      member_id: member.id,
      start_on: startOn,
      end_on: endOn,
      end_reason: null,
      version: 1,
      created_at: nowOf(ctx),
    });
    await recordAudit(trx, ctx, { orgId: org.id, action: 'office.appoint', entityType: 'office_term', entityId: term.id, data: { unitCode: unit.code, office: office.key, memberId: member.id, startOn, endOn } });
    return officeTermView(term);
  });
}
