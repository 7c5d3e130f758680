import { AppError } from '../core/errors.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { checkMemberFields, cleanMemberFields, withApiFieldNames, type MemberFields } from '../core/member-fields.js';
import { nameSearchKey } from '../core/name-search.js';
import { insertMemberEvent, updateMemberIfVersion } from '../store/member.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, resolveMember, staleWrite, type MemberRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface UpdateMemberInput extends Partial<MemberFields> {
  org: string;
  member: MemberRef;
  version?: number | undefined;
  reason?: string | undefined;
}

/** Corrects a member's personal fields; only the fields given change. */
export async function updateMember(ctx: AppContext, input: UpdateMemberInput): Promise<MemberView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org } = s;
    const member = await memberFor(trx, s, input.member, 'write_members');
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    const merged: MemberFields = {
      familyName: input.familyName ?? member.family_name,
      givenName: input.givenName ?? member.given_name,
      birthDate: input.birthDate !== undefined ? input.birthDate : member.birth_date,
      phone: input.phone !== undefined ? input.phone : member.phone,
      email: input.email !== undefined ? input.email : member.email,
    };
    const problems = checkMemberFields(merged, todayOf(ctx));
    if (problems.length > 0) throw new AppError('validation_failed', 'The member cannot be updated', { problems: withApiFieldNames(problems) });
    const f = cleanMemberFields(merged);
    const at = nowOf(ctx);
    const ok = await updateMemberIfVersion(trx, org.id, member.id, member.version, {
      family_name: f.familyName,
      given_name: f.givenName,
      search_key: nameSearchKey(f.familyName, f.givenName),
      birth_date: f.birthDate,
      phone: f.phone,
      email: f.email,
      updated_at: at,
    });
    if (!ok) throw staleWrite(`Member '${member.member_no}'`);
    // The history says which fields changed, never their values: personal data stays in one place.
    const changed = (['familyName', 'givenName', 'birthDate', 'phone', 'email'] as const).filter((k) => input[k] !== undefined);
    await insertMemberEvent(trx, { org_id: org.id, member_id: member.id, type: 'updated', from_value: null, to_value: changed.join(','), occurred_on: todayOf(ctx), reason: input.reason?.trim() || null, created_at: at });
    const stored = { familyName: member.family_name, givenName: member.given_name, birthDate: member.birth_date, phone: member.phone, email: member.email };
    const next = { familyName: f.familyName, givenName: f.givenName, birthDate: f.birthDate, phone: f.phone, email: f.email };
    await recordAudit(trx, ctx, {
      orgId: org.id,
      action: 'member.update',
      entityType: 'member',
      entityId: member.id,
      reason: input.reason?.trim() || null,
      data: { fields: changed },
      personal: { memberId: member.id, values: { before: Object.fromEntries(changed.map((k) => [k, stored[k]])), after: Object.fromEntries(changed.map((k) => [k, next[k]])) } },
    });
    return memberView(await resolveMember(trx, org.id, { id: member.id }));
  });
}
