import { createHash, generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, importPKCS8, SignJWT, type JWK } from 'jose';
import { AppError } from '../core/errors.js';
import { jwtClaimsOf, type OpenBadgeCredential } from '../core/training/open-badge.js';
import { findActiveSigningKey, insertSigningKey, listPublicKeys, retireSigningKeys } from '../store/certificate.repository.js';
import type { Executor } from '../store/database.js';
import { allowsOrgWide, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { requireReason } from './refs.js';

/*
 * The organization's Ed25519 key pair for signing credentials. Generated on first use; the private
 * key is read here only, to sign, and never returned, logged, exported or audited. Rotation retires
 * the active key (kept, public part only, so credentials signed with it still verify) and makes a
 * new one. See docs/security.md.
 */

export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

async function newKeyPair(trx: Executor, ctx: AppContext, orgId: number): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  const pkcs8 = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  await insertSigningKey(trx, { org_id: orgId, kid, public_jwk: JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }), private_pkcs8: pkcs8, status: 'active', created_at: nowOf(ctx), retired_at: null });
  await recordAudit(trx, ctx, { orgId, action: 'signing_key.create', entityType: 'signing_key', entityId: kid, data: { kid, algorithm: 'EdDSA', curve: 'Ed25519' } });
}

/** Signs a credential as a VC-JWT (EdDSA) with the organization's active key, making the key on first use. */
export async function signCredential(trx: Executor, ctx: AppContext, orgId: number, credential: OpenBadgeCredential): Promise<{ jwt: string; kid: string }> {
  let key = await findActiveSigningKey(trx, orgId);
  if (!key) {
    await newKeyPair(trx, ctx, orgId);
    key = await findActiveSigningKey(trx, orgId);
  }
  if (!key) throw new AppError('internal_error', 'No signing key could be made');
  const privateKey = await importPKCS8(key.private_pkcs8, 'EdDSA');
  const jwt = await new SignJWT({ ...credential })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
    .setIssuer(jwtClaimsOf(credential).iss)
    .setJti(jwtClaimsOf(credential).jti)
    .setNotBefore(jwtClaimsOf(credential).nbf)
    .sign(privateKey);
  return { jwt, kid: key.kid };
}

/** The published key set (RFC 7517 JWKS): every key the organization ever signed with, public parts only. */
export async function publicKeySet(ctx: AppContext, org: string): Promise<{ keys: (PublicJwk & { status: 'active' | 'retired'; createdAt: string; retiredAt: string | null })[] }> {
  const db = readDb(ctx);
  const { org: o } = await loadOrg(db, org);
  const rows = await listPublicKeys(db, o.id);
  return {
    keys: rows.map((r) => {
      const jwk = JSON.parse(r.public_jwk) as { kty: string; crv: string; x: string };
      return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid: r.kid, alg: 'EdDSA' as const, use: 'sig' as const, status: r.status, createdAt: r.created_at, retiredAt: r.retired_at };
    }),
  };
}

/** Retires the active key and makes a new one; needs administration of the whole organization. */
export async function rotateSigningKey(ctx: AppContext, org: string, reasonGiven: string): Promise<{ kid: string }> {
  const reason = requireReason(reasonGiven);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, org));
    if (!(await allowsOrgWide(trx, s, 'admin'))) throw new AppError('forbidden', 'Only administrators of the whole organization rotate its signing key');
    await retireSigningKeys(trx, s.org.id, nowOf(ctx));
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'signing_key.retire', entityType: 'organization', entityId: s.org.id, reason });
    await newKeyPair(trx, ctx, s.org.id);
    const key = await findActiveSigningKey(trx, s.org.id);
    return { kid: key?.kid ?? '' };
  });
}

/** A salted SHA-256 of a name, as an OB 3.0 IdentityObject carries it ("sha256$" + hex). */
export function nameHash(name: string, salt: string): string {
  return `sha256$${createHash('sha256').update(name + salt).digest('hex')}`;
}
