import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { BallotChoice, DecisionDispatchTable, MotionAmendmentTable, MotionTable, PaperBallotTotalsTable, ProceedingsTable } from './schema.js';
import type { PathRange } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type MotionRow = Selectable<MotionTable>;
export type AmendmentRow = Selectable<MotionAmendmentTable>;
export type DispatchRow = Selectable<DecisionDispatchTable>;
export type ProceedingsRow = Selectable<ProceedingsTable>;

export async function insertMotion(db: Executor, row: Insertable<MotionTable>): Promise<MotionRow> {
  return db.insertInto('motions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findMotion(db: Executor, orgId: number, id: number): Promise<MotionRow | undefined> {
  return db.selectFrom('motions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listMotions(db: Executor, orgId: number, conventionId: number): Promise<MotionRow[]> {
  return db.selectFrom('motions').selectAll().where('org_id', '=', orgId).where('convention_id', '=', conventionId).orderBy('id').execute();
}

export async function updateMotionIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<MotionTable>): Promise<boolean> {
  return updateIfVersion(db, 'motions', { orgId, id, version }, patch);
}

export async function insertAmendment(db: Executor, row: Insertable<MotionAmendmentTable>): Promise<AmendmentRow> {
  return db.insertInto('motion_amendments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAmendment(db: Executor, orgId: number, id: number): Promise<AmendmentRow | undefined> {
  return db.selectFrom('motion_amendments').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listAmendments(db: Executor, orgId: number, motionIds: readonly number[]): Promise<AmendmentRow[]> {
  if (motionIds.length === 0) return [];
  return db.selectFrom('motion_amendments').selectAll().where('org_id', '=', orgId).where('motion_id', 'in', motionIds).orderBy('id').execute();
}

export async function decideAmendmentRow(db: Executor, orgId: number, id: number, status: 'accepted' | 'rejected', at: string): Promise<boolean> {
  const res = await db.updateTable('motion_amendments').set({ status, decided_at: at }).where('org_id', '=', orgId).where('id', '=', id).where('status', '=', 'proposed').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** An open ballot: who voted how. Refused (false) when this person has voted already. */
export async function insertOpenVote(db: Executor, orgId: number, motionId: number, rosterId: number, choice: BallotChoice): Promise<boolean> {
  const res = await db.insertInto('open_votes').values({ org_id: orgId, motion_id: motionId, roster_id: rosterId, choice }).onConflict((oc) => oc.columns(['motion_id', 'roster_id']).doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Marks a person as having cast a secret ballot. Refused (false) when they have already. */
export async function markSecretVoter(db: Executor, orgId: number, motionId: number, rosterId: number): Promise<boolean> {
  const res = await db.insertInto('secret_ballot_voters').values({ org_id: orgId, motion_id: motionId, roster_id: rosterId }).onConflict((oc) => oc.columns(['motion_id', 'roster_id']).doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Adds one anonymous ballot to the running total of its choice; nothing about the voter is written. */
export async function addSecretBallot(db: Executor, orgId: number, motionId: number, choice: BallotChoice): Promise<void> {
  await db
    .insertInto('secret_ballot_tallies')
    .values({ org_id: orgId, motion_id: motionId, choice, ballots: 1 })
    .onConflict((oc) => oc.columns(['motion_id', 'choice']).doUpdateSet((eb) => ({ ballots: eb('secret_ballot_tallies.ballots', '+', 1) })))
    .execute();
}

/** Counts of a motion's ballots per choice, from the open votes or the secret tallies. */
export async function ballotCounts(db: Executor, orgId: number, motionId: number, ballot: 'open' | 'secret'): Promise<Record<BallotChoice, number>> {
  const out: Record<BallotChoice, number> = { for: 0, against: 0, abstain: 0 };
  if (ballot === 'open') {
    const rows = await db.selectFrom('open_votes').select(['choice', (eb) => eb.fn.countAll<number>().as('n')]).where('org_id', '=', orgId).where('motion_id', '=', motionId).groupBy('choice').execute();
    for (const r of rows) out[r.choice] = Number(r.n);
  } else {
    const rows = await db.selectFrom('secret_ballot_tallies').select(['choice', 'ballots']).where('org_id', '=', orgId).where('motion_id', '=', motionId).execute();
    for (const r of rows) out[r.choice] = Number(r.ballots);
  }
  return out;
}

export async function countVoters(db: Executor, orgId: number, motionId: number, ballot: 'open' | 'secret'): Promise<number> {
  const table = ballot === 'open' ? 'open_votes' : 'secret_ballot_voters';
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).where('motion_id', '=', motionId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listOpenVotes(db: Executor, orgId: number, motionId: number): Promise<{ roster_id: number; choice: BallotChoice }[]> {
  return db.selectFrom('open_votes').select(['roster_id', 'choice']).where('org_id', '=', orgId).where('motion_id', '=', motionId).orderBy('roster_id').execute();
}

export async function nextPublicNumber(db: Executor, orgId: number, prefix: string): Promise<number> {
  const rows = await db.selectFrom('motions').select('public_id').where('org_id', '=', orgId).where('public_id', 'like', `${prefix}%`).execute();
  return rows.length + 1;
}

/** Published texts of an organization, newest first. */
export async function listPublished(db: Executor, orgId: number, limit: number): Promise<MotionRow[]> {
  return db.selectFrom('motions').selectAll().where('org_id', '=', orgId).where('published_at', 'is not', null).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function findPublished(db: Executor, orgId: number, publicId: string): Promise<MotionRow | undefined> {
  return db.selectFrom('motions').selectAll().where('org_id', '=', orgId).where('public_id', '=', publicId).where('published_at', 'is not', null).executeTakeFirst();
}

export async function insertDispatches(db: Executor, rows: Insertable<DecisionDispatchTable>[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const res = await db.insertInto('decision_dispatches').values(rows.slice(i, i + 500)).onConflict((oc) => oc.columns(['motion_id', 'unit_id']).doNothing()).executeTakeFirst();
    n += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return n;
}

export async function findDispatch(db: Executor, orgId: number, motionId: number, unitId: number): Promise<DispatchRow | undefined> {
  return db.selectFrom('decision_dispatches').selectAll().where('org_id', '=', orgId).where('motion_id', '=', motionId).where('unit_id', '=', unitId).executeTakeFirst();
}

export async function acknowledgeDispatch(db: Executor, orgId: number, id: number, at: string, by: string): Promise<boolean> {
  const res = await db.updateTable('decision_dispatches').set({ acknowledged_at: at, acknowledged_by: by }).where('org_id', '=', orgId).where('id', '=', id).where('acknowledged_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function dispatchTotals(db: Executor, orgId: number, motionId: number, range: PathRange | undefined): Promise<{ sent: number; acknowledged: number }> {
  let q = db
    .selectFrom('decision_dispatches as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select([(eb) => eb.fn.countAll<number>().as('sent'), (eb) => eb.fn.count<number>('d.acknowledged_at').as('acknowledged')])
    .where('d.org_id', '=', orgId)
    .where('d.motion_id', '=', motionId);
  if (range) q = q.where('u.path', '>=', range.low).where('u.path', '<', range.high);
  const row = await q.executeTakeFirst();
  return { sent: Number(row?.sent ?? 0), acknowledged: Number(row?.acknowledged ?? 0) };
}

export async function pendingDispatches(db: Executor, orgId: number, motionId: number, range: PathRange | undefined, limit: number): Promise<{ id: number; unit_id: number; code: string; name: string; kind: string; sent_at: string }[]> {
  let q = db
    .selectFrom('decision_dispatches as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .select(['d.id', 'd.unit_id', 'u.code', 'u.name', 'u.kind', 'd.sent_at'])
    .where('d.org_id', '=', orgId)
    .where('d.motion_id', '=', motionId)
    .where('d.acknowledged_at', 'is', null);
  if (range) q = q.where('u.path', '>=', range.low).where('u.path', '<', range.high);
  return q.orderBy('u.path').limit(limit).execute();
}

export async function findProceedings(db: Executor, orgId: number, conventionId: number): Promise<ProceedingsRow | undefined> {
  return db.selectFrom('proceedings').selectAll().where('org_id', '=', orgId).where('convention_id', '=', conventionId).executeTakeFirst();
}

export async function insertProceedings(db: Executor, row: Insertable<ProceedingsTable>): Promise<ProceedingsRow> {
  return db.insertInto('proceedings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDraftProceedingsIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<ProceedingsTable>): Promise<boolean> {
  return updateIfVersion(db, 'proceedings', { orgId, id, version }, patch, { status: 'draft' });
}

export type PaperTotalsRow = Selectable<PaperBallotTotalsTable>;

export async function findPaperTotals(db: Executor, orgId: number, motionId: number): Promise<PaperTotalsRow | undefined> {
  return db.selectFrom('paper_ballot_totals').selectAll().where('org_id', '=', orgId).where('motion_id', '=', motionId).executeTakeFirst();
}

export async function insertPaperTotals(db: Executor, row: Insertable<PaperBallotTotalsTable>): Promise<void> {
  await db.insertInto('paper_ballot_totals').values(row).execute();
}

export async function updatePaperTotalsIfVersion(db: Executor, orgId: number, motionId: number, version: number, patch: Updateable<PaperBallotTotalsTable>): Promise<boolean> {
  const res = await db
    .updateTable('paper_ballot_totals')
    .set({ ...patch, version: version + 1 })
    .where('org_id', '=', orgId)
    .where('motion_id', '=', motionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Approved proceedings published in the bulletin, newest first. */
export async function listPublishedProceedings(db: Executor, orgId: number, limit: number): Promise<ProceedingsRow[]> {
  return db.selectFrom('proceedings').selectAll().where('org_id', '=', orgId).where('published_at', 'is not', null).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function findPublishedProceedings(db: Executor, orgId: number, publicId: string): Promise<ProceedingsRow | undefined> {
  return db.selectFrom('proceedings').selectAll().where('org_id', '=', orgId).where('public_id', '=', publicId).where('published_at', 'is not', null).executeTakeFirst();
}
