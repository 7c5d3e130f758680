import { isIsoDate } from '../core/dates.js';
import { allowsOrgWide, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { AppError, type Problem } from '../core/errors.js';
import { checkMemberFields, checkMemberNo, cleanMemberFields, formatMemberNo, withApiFieldNames, type MemberFields } from '../core/member-fields.js';
import { admissionStatuses, isMemberStatus, type MemberStatus } from '../core/member-status.js';
import { nameSearchKey } from '../core/name-search.js';
import type { Executor } from '../store/database.js';
import { findMemberByNo, insertMember, insertMemberEvent } from '../store/member.repository.js';
import { reserveSequence } from '../store/org.repository.js';
import type { OrgRow } from '../store/org.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { loadOrg } from './org-scope.js';
import { resolveMember, type UnitRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface AdmitMemberInput extends Partial<MemberFields> {
  org: string;
  memberNo?: string | undefined;
  unit?: UnitRef | null | undefined;
  status?: string | undefined;
  joinedOn?: string | undefined;
  reason?: string | undefined;
}

/** Reserves the next free generated member number(s) of an organization. */
export async function generateMemberNo(trx: Executor, org: OrgRow, prefix: string, digits: number): Promise<string> {
  for (;;) {
    const no = formatMemberNo(prefix, digits, await reserveSequence(trx, org.id, 'member_no_seq', 1));
    if (!(await findMemberByNo(trx, org.id, no))) return no;
  }
}

/** Enters a person into the registry and, when a unit is given, places them in it. */
export async function admitMember(ctx: AppContext, input: AdmitMemberInput): Promise<MemberView> {
  const today = todayOf(ctx);
  const problems: Problem[] = checkMemberFields(input, today);
  const status = input.status ?? 'applicant';
  if (!isMemberStatus(status) || !admissionStatuses.includes(status as MemberStatus)) {
    problems.push({ path: 'status', message: `a new member can be admitted as ${admissionStatuses.join(', ')}` });
  }
  const joinedOn = input.joinedOn ?? today;
  if (!isIsoDate(joinedOn)) problems.push({ path: 'joined_on', message: `'${joinedOn}' is not a date; write YYYY-MM-DD` });
  else if (joinedOn > today) problems.push({ path: 'joined_on', message: 'is in the future' });
  const memberNoProblem = input.memberNo ? checkMemberNo(input.memberNo) : null;
  if (memberNoProblem) problems.push({ path: 'member_no', message: memberNoProblem });
  if (problems.length > 0) throw new AppError('validation_failed', 'The member cannot be admitted', { problems: withApiFieldNames(problems) });
  const fields = cleanMemberFields(input);

  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const unit = input.unit ? await unitFor(trx, s, input.unit, 'write_members', { active: true }) : null;
    if (!unit && !(await allowsOrgWide(trx, s, 'write_members'))) throw new AppError('forbidden', 'You may admit members only into units you manage', { hint: 'Give the unit' });
    if (unit && !rules.kind(unit.kind).holdsMembers) {
      throw new AppError('rule_violation', `A ${rules.kind(unit.kind).name.en} does not hold members`, {
        hint: `Place members in a ${rules.memberKinds().map((k) => k.name.en).join(' or ')}`,
      });
    }
    let memberNo = input.memberNo;
    if (memberNo) {
      if (await findMemberByNo(trx, org.id, memberNo)) {
        throw new AppError('already_exists', `Member number '${memberNo}' is already used in this organization`, { problems: [{ path: 'memberNo', message: 'leave it empty to have one generated' }] });
      }
    } else {
      const { prefix, digits } = rules.rulebook.memberNumber;
      memberNo = await generateMemberNo(trx, org, prefix, digits);
    }
    const at = nowOf(ctx);
    const reason = input.reason?.trim() || 'admitted';
    const row = await insertMember(trx, {
      org_id: org.id,
      member_no: memberNo,
      family_name: fields.familyName,
      given_name: fields.givenName,
      search_key: nameSearchKey(fields.familyName, fields.givenName),
      birth_date: fields.birthDate,
      phone: fields.phone,
      email: fields.email,
      status,
      unit_id: unit?.id ?? null,
      placed_on: unit ? joinedOn : null,
      placement_reason: unit ? reason : null,
      joined_on: joinedOn,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertMemberEvent(trx, { org_id: org.id, member_id: row.id, type: 'admitted', from_value: null, to_value: status, occurred_on: joinedOn, reason, created_at: at });
    if (unit) await new CounterDeltas().members(unit.path, 1).apply(trx, org.id);
    await recordAudit(trx, ctx, {
      orgId: org.id,
      action: 'member.admit',
      entityType: 'member',
      entityId: row.id,
      reason,
      data: { memberNo, status, unitCode: unit?.code ?? null, joinedOn },
      personal: { memberId: row.id, values: { familyName: fields.familyName, givenName: fields.givenName, birthDate: fields.birthDate, phone: fields.phone, email: fields.email } },
    });
    return memberView(await resolveMember(trx, org.id, { id: row.id }));
  });
}
