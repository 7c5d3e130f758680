import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { CertificateTable, SigningKeyTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type CertificateRow = Selectable<CertificateTable>;
/** A signing key as it may be shown: never the private part. */
export type PublicKeyRow = Omit<Selectable<SigningKeyTable>, 'private_pkcs8'>;

const publicKeyColumns = ['id', 'org_id', 'kid', 'public_jwk', 'status', 'created_at', 'retired_at'] as const;

export async function insertCertificate(db: Executor, row: Insertable<CertificateTable>): Promise<CertificateRow> {
  return db.insertInto('certificates').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCertificate(db: Executor, orgId: number, ref: { id: number } | { number: string }): Promise<CertificateRow | undefined> {
  let q = db.selectFrom('certificates').selectAll().where('org_id', '=', orgId);
  q = 'id' in ref ? q.where('id', '=', ref.id) : q.where('number', '=', ref.number);
  return q.executeTakeFirst();
}

export async function revokeCertificateIfVersion(db: Executor, orgId: number, id: number, version: number, at: string, reason: string): Promise<boolean> {
  return updateIfVersion(db, 'certificates', { orgId, id, version }, { revoked_at: at, revocation_reason: reason }, { revoked_at: null });
}

export async function listCertificatesOfMember(db: Executor, orgId: number, memberId: number): Promise<CertificateRow[]> {
  return db.selectFrom('certificates').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id').execute();
}

/** The certificate of each of the enrolments that has one (an enrolment completes once). */
export async function certificateIdsOfEnrolments(db: Executor, orgId: number, enrolmentIds: readonly number[]): Promise<Map<number, number>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await db.selectFrom('certificates').select(['id', 'enrolment_id']).where('org_id', '=', orgId).where('enrolment_id', 'in', [...enrolmentIds]).execute();
  return new Map(rows.map((r) => [r.enrolment_id, r.id]));
}

/** The active key pair with its private part: for the signer only. */
export async function findActiveSigningKey(db: Executor, orgId: number): Promise<{ kid: string; public_jwk: string; private_pkcs8: string } | undefined> {
  return db.selectFrom('signing_keys').select(['kid', 'public_jwk', 'private_pkcs8']).where('org_id', '=', orgId).where('status', '=', 'active').executeTakeFirst();
}

export async function insertSigningKey(db: Executor, row: Insertable<SigningKeyTable>): Promise<void> {
  await db.insertInto('signing_keys').values(row).execute();
}

export async function retireSigningKeys(db: Executor, orgId: number, at: string): Promise<void> {
  await db.updateTable('signing_keys').set({ status: 'retired', retired_at: at }).where('org_id', '=', orgId).where('status', '=', 'active').execute();
}

/** Every key of the organization, active and retired, without private parts: the published key set. */
export async function listPublicKeys(db: Executor, orgId: number): Promise<PublicKeyRow[]> {
  return db.selectFrom('signing_keys').select(publicKeyColumns).where('org_id', '=', orgId).orderBy('id').execute();
}
