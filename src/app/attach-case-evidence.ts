import { createHash } from 'node:crypto';
import { checkAttachment } from '../core/discipline/attachments.js';
import { AppError } from '../core/errors.js';
import { insertAttachment, insertCaseStep } from '../store/discipline.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { assertActsFor, caseFor } from './case-access.js';
import { attachmentView, type AttachmentView } from './case-views.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface AttachEvidenceInput {
  org: string;
  caseId: number;
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * Stores an evidence file in the database with its type, size and SHA-256 checksum, after checking
 * it against the rulebook's allowed types and size limit. Evidence is added while the case is heard,
 * by the opening unit; a closed case takes no more.
 */
export async function attachCaseEvidence(ctx: AppContext, input: AttachEvidenceInput): Promise<AttachmentView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const c = await caseFor(trx, s, input.caseId);
    assertActsFor(s, c, 'opening', 'add evidence');
    if (!['open', 'defence_received', 'hearing_scheduled'].includes(c.state)) throw new AppError('invalid_transition', `Case ${c.id} is ${c.state}; evidence is added before the decision`);
    checkAttachment(s.rules.rulebook.discipline.attachments, { filename: input.filename, contentType: input.contentType, bytes: input.content });
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const at = nowOf(ctx);
    const row = await insertAttachment(trx, {
      org_id: s.org.id,
      case_id: c.id,
      filename: input.filename.trim(),
      content_type: input.contentType.trim().toLowerCase(),
      size_bytes: input.content.length,
      sha256,
      content: Buffer.from(input.content),
      uploaded_by: actorName(ctx.actor),
      created_at: at,
    });
    await insertCaseStep(trx, { org_id: s.org.id, case_id: c.id, action: 'attach_evidence', from_state: c.state, to_state: c.state, actor: actorName(ctx.actor), reason: null, meeting_ref: null, detail: JSON.stringify({ attachmentId: row.id, sizeBytes: row.size_bytes, contentType: row.content_type, sha256 }), occurred_on: todayOf(ctx), at });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'case.attach_evidence', entityType: 'discipline_case', entityId: c.id, data: { attachmentId: row.id, sizeBytes: row.size_bytes, contentType: row.content_type, sha256 } });
    return attachmentView(row);
  });
}
