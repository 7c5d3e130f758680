import { createHash } from 'node:crypto';
import { AppError } from '../core/errors.js';
import { editionTitle } from '../core/meetings/ordinal.js';
import { canonicalJson } from '../core/audit/canonical-json.js';
import { listAddresses, listSessions, rosterCounts, attendedCount } from '../store/convention.repository.js';
import { findProceedings, insertProceedings, listMotions, updateDraftProceedingsIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { conventionFor } from './convention-access.js';
import { addressView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { proceedingsView, type ProceedingsView } from './proceedings-views.js';

/**
 * Assembles the record of proceedings from what is already recorded: the program, the addresses,
 * every motion with its amendments and vote, and the adopted texts. A draft can be reassembled
 * until it is approved; approval makes it immutable (see approve-proceedings.ts).
 */
export async function assembleProceedings(ctx: AppContext, input: { org: string; conventionId: number }): Promise<ProceedingsView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention, series } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    if (convention.status === 'planned' || convention.status === 'past') throw new AppError('invalid_transition', `Convention ${convention.id} has no proceedings to assemble (${convention.status})`);
    const existing = await findProceedings(trx, s.org.id, convention.id);
    if (existing?.status === 'approved') throw new AppError('invalid_transition', `The proceedings of convention ${convention.id} are approved and cannot change`);
    const sessions = await listSessions(trx, s.org.id, convention.id);
    const motions = await listMotions(trx, s.org.id, convention.id);
    const counts = await rosterCounts(trx, s.org.id, convention.id);
    const document = {
      title: editionTitle(convention.ordinal, { en: series.name_en, ko: series.name_ko }),
      dates: { from: convention.starts_on, to: convention.ends_on },
      place: convention.place,
      roster: { entitled: counts.entitled, guests: counts.guests, attended: await attendedCount(trx, s.org.id, convention.id), cutoffOn: convention.cutoff_on },
      program: sessions.map((x) => ({ sessionId: x.id, title: x.title, startsAt: x.starts_at, endsAt: x.ends_at, status: x.status })),
      addresses: (await listAddresses(trx, s.org.id, convention.id)).map(addressView),
      motions: motions.map((m) => ({
        id: m.id,
        kind: m.kind,
        title: m.title,
        text: m.text,
        status: m.status,
        ballot: m.ballot,
        result: m.result === null ? null : (JSON.parse(m.result) as unknown),
        publicId: m.public_id,
      })),
      adoptedTexts: motions.filter((m) => m.status === 'adopted').map((m) => ({ id: m.id, title: m.title, publicId: m.public_id })),
    };
    const text = canonicalJson(JSON.parse(JSON.stringify(document)));
    const hash = createHash('sha256').update(text).digest('hex');
    const at = nowOf(ctx);
    let row;
    if (existing) {
      if (!(await updateDraftProceedingsIfVersion(trx, s.org.id, existing.id, existing.version, { document: text, content_hash: hash }))) throw new AppError('version_conflict', 'The proceedings were changed by someone else');
      row = { ...existing, document: text, content_hash: hash, version: existing.version + 1 };
    } else {
      row = await insertProceedings(trx, { org_id: s.org.id, convention_id: convention.id, status: 'draft', document: text, content_hash: hash, approved_at: null, approved_by: null, version: 1, created_at: at });
    }
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'proceedings.assemble', entityType: 'convention', entityId: convention.id, data: { sha256: hash } });
    return proceedingsView(row);
  });
}
