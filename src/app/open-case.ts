import { defenceDue } from '../core/discipline/penalties.js';
import { isIsoDate } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import type { MemberStatus } from '../core/member-status.js';
import { isInSubtree } from '../core/unit-path.js';
import { findCase, insertCase, insertCaseStep, insertNotice } from '../store/discipline.repository.js';
import { findMemberByRef, memberNotFound, unitNotFound, type MemberRef, type UnitRef } from './refs.js';
import { findUnitById } from '../store/unit.repository.js';
import { findUnitByRef } from './refs.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actsFor } from './case-access.js';
import { caseDetail } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface OpenCaseInput {
  org: string;
  member: MemberRef;
  /** The unit opening the case: the member's own unit or a committee above it. */
  unit: UnitRef;
  charges: string;
  incidentOn?: string | null | undefined;
}

/** Statuses a member can be charged in: only members (candidates included), not applicants or former members. */
const chargeable: readonly MemberStatus[] = ['candidate', 'full_member', 'suspended'];

/**
 * Opens a disciplinary case: the charges, the member notified with the deadline for their defence.
 * Only the opening unit's own officers, or staff over it, may open one, against a member placed in
 * its subtree; never against oneself.
 */
export async function openCase(ctx: AppContext, input: OpenCaseInput): Promise<CaseDetail> {
  const charges = input.charges.trim();
  const problems: Problem[] = [];
  if (charges.length < 10 || charges.length > 10_000) problems.push({ path: 'charges', message: 'state the charges in 10–10,000 characters' });
  const today = todayOf(ctx);
  if (input.incidentOn && (!isIsoDate(input.incidentOn) || input.incidentOn > today)) problems.push({ path: 'incidentOn', message: 'a date (YYYY-MM-DD) not in the future' });
  if (problems.length > 0) throw new AppError('validation_failed', 'The case cannot be opened', { problems });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const unit = await findUnitByRef(trx, org.id, input.unit);
    const seesUnit = (path: string): boolean => s.access.allows('read', path) || s.access.allows('read_names', path);
    if (!unit || !seesUnit(unit.path)) throw unitNotFound(input.unit);
    const member = await findMemberByRef(trx, org.id, input.member);
    const home = member?.unit_id ? await findUnitById(trx, org.id, member.unit_id) : undefined;
    if (!member || !home || !(s.access.allows('read', home.path) || s.access.isOwnMember(member.id))) throw memberNotFound(input.member);
    if (!actsFor(s, unit.path)) throw new AppError('forbidden', `Only officers of '${unit.code}' or staff over it may open a case there`);
    if (s.access.isOwnMember(member.id) && !s.access.unrestricted) throw new AppError('forbidden', 'You may not open a case against yourself');
    if (!isInSubtree(home.path, unit.path)) {
      throw new AppError('rule_violation', `Member '${member.member_no}' belongs to '${home.code}', outside '${unit.code}'`, { hint: 'A case is opened by the member\u2019s own unit or a committee above it' });
    }
    if (unit.status !== 'active') throw new AppError('rule_violation', `Unit '${unit.code}' was dissolved`);
    if (!chargeable.includes(member.status as MemberStatus)) throw new AppError('invalid_transition', `Member '${member.member_no}' is ${member.status}; a case is opened against members only`);
    const at = nowOf(ctx);
    const due = defenceDue(today, rules.rulebook.discipline);
    const row = await insertCase(trx, {
      org_id: org.id,
      member_id: member.id,
      unit_id: unit.id,
      state: 'open',
      charges,
      incident_on: input.incidentOn ?? null,
      opened_on: today,
      defence_due_on: due,
      defence: null,
      defence_on: null,
      hearing_on: null,
      hearing_meeting_ref: null,
      penalty: null,
      penalty_months: null,
      decided_on: null,
      decision_meeting_ref: null,
      vote: null,
      ratify_unit_id: null,
      ratified_on: null,
      appeal_unit_id: null,
      appeal_due_on: null,
      appeal: null,
      appealed_on: null,
      final_penalty: null,
      final_months: null,
      closed_on: null,
      sanction_ends_on: null,
      sanction_lifted_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertCaseStep(trx, { org_id: org.id, case_id: row.id, action: 'open', from_state: null, to_state: 'open', actor: actorName(ctx.actor), reason: null, meeting_ref: null, detail: JSON.stringify({ unitCode: unit.code, defenceDueOn: due }), occurred_on: today, at });
    await insertNotice(trx, {
      org_id: org.id,
      member_id: member.id,
      case_id: row.id,
      kind: 'case_opened',
      message: `${unit.name} opened disciplinary case ${row.id} concerning you. You may read the charges and answer them until ${due}.`,
      due_on: due,
      created_at: at,
    });
    await recordAudit(trx, ctx, { orgId: org.id, action: 'case.open', entityType: 'discipline_case', entityId: row.id, data: { memberId: member.id, unitCode: unit.code, defenceDueOn: due } });
    const c = await findCase(trx, org.id, row.id);
    if (!c) throw new Error('case vanished');
    return caseDetail(trx, ctx, s, c);
  });
}
