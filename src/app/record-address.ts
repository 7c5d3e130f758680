import { AppError, type Problem } from '../core/errors.js';
import { findSession, insertAddress } from '../store/convention.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { conventionFor } from './convention-access.js';
import { addressView, type AddressView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';

export const addressKinds = ['opening', 'report', 'closing', 'other'] as const;

export interface RecordAddressInput {
  org: string;
  conventionId: number;
  sessionId?: number | null | undefined;
  kind: (typeof addressKinds)[number];
  /** The speaker: a member, or a name for someone outside the registry. */
  speaker: { member: MemberRef } | { name: string };
  title: string;
  text: string;
  /** When it was delivered (ISO); default now. */
  deliveredAt?: string | undefined;
}

/** Records an address (opening, report, closing) with its speaker, title, full text and time. */
export async function recordAddress(ctx: AppContext, input: RecordAddressInput): Promise<AddressView> {
  const problems: Problem[] = [];
  if (!(addressKinds as readonly string[]).includes(input.kind)) problems.push({ path: 'kind', message: addressKinds.join(', ') });
  const title = checkText(input.title, 'title', 300, problems);
  const text = checkText(input.text, 'text', 200_000, problems);
  if (input.deliveredAt !== undefined && Number.isNaN(Date.parse(input.deliveredAt))) problems.push({ path: 'deliveredAt', message: 'an ISO date-time' });
  const speakerName = 'name' in input.speaker ? checkText(input.speaker.name, 'speaker.name', 200, problems) : '';
  failOn(problems, 'The address is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    if (input.sessionId != null) {
      const session = await findSession(trx, s.org.id, input.sessionId);
      if (!session || session.convention_id !== convention.id) throw new AppError('not_found', `Session with id ${input.sessionId} was not found`);
    }
    const member = 'member' in input.speaker ? await memberFor(trx, s, input.speaker.member, 'read_names') : undefined;
    const row = await insertAddress(trx, {
      org_id: s.org.id,
      convention_id: convention.id,
      session_id: input.sessionId ?? null,
      kind: input.kind,
      speaker_member_id: member?.id ?? null,
      speaker_name: member ? `${member.family_name} ${member.given_name}`.trim() : speakerName,
      title,
      text,
      delivered_at: new Date(input.deliveredAt ?? nowOf(ctx)).toISOString(),
      created_at: nowOf(ctx),
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.address', entityType: 'convention', entityId: convention.id, data: { addressId: row.id, kind: input.kind } });
    return addressView(row);
  });
}
