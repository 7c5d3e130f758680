import { AppError } from '../core/errors.js';
import { findCertificate, revokeCertificateIfVersion } from '../store/certificate.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { certificateFor, getCertificate, type CertificateRef } from './certificate-queries.js';
import type { CertificateView } from './certificate-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';

/** Revokes a certificate with a reason: the verification page and the status say so from now on. */
export async function revokeCertificate(ctx: AppContext, input: { org: string; certificate: CertificateRef; reason: string; version: number; baseUrl: string }): Promise<CertificateView> {
  const reason = requireReason(input.reason);
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { cert } = await certificateFor(trx, s, input.certificate, 'write_structure');
    checkVersion(`Certificate ${cert.number}`, cert.version, input.version);
    if (cert.revoked_at !== null) throw new AppError('invalid_transition', `Certificate ${cert.number} was revoked on ${cert.revoked_at.slice(0, 10)}`);
    if (!(await revokeCertificateIfVersion(trx, s.org.id, cert.id, cert.version, nowOf(ctx), reason))) throw staleWrite(`Certificate ${cert.number}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'certificate.revoke', entityType: 'certificate', entityId: cert.id, reason, data: { number: cert.number } });
    return (await findCertificate(trx, s.org.id, { id: cert.id }))?.id ?? cert.id;
  });
  return getCertificate(ctx, input.org, { id }, input.baseUrl);
}
