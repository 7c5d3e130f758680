import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

// Frozen: motion movers and withdrawal, paper secret ballots entered by tellers, editable and
// cancellable convention sessions, and citable ids of approved proceedings in the bulletin.
// Never import app code.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any past schema
type AnyDB = Kysely<any>;

export async function up(db: AnyDB, ctx: MigrationContext): Promise<void> {
  const pg = ctx.dialect === 'postgres';
  const ref = pg ? 'bigint' : 'integer';
  const ts = pg ? 'timestamptz' : 'text';

  // Who moved a motion (a member; they may withdraw it), and a withdrawal with its reason.
  await db.schema.alterTable('motions').addColumn('mover_member_id', ref, (c) => c.references('members.id')).execute();
  await db.schema.alterTable('motions').addColumn('withdrawn_at', ts).execute();
  await db.schema.alterTable('motions').addColumn('withdrawn_reason', 'text').execute();
  // A secret ballot cast electronically by each voter, or on paper and counted by tellers.
  await db.schema.alterTable('motions').addColumn('ballot_medium', 'text', (c) => c.check(sql`ballot_medium in ('electronic', 'paper')`)).execute();

  // Paper secret ballots: only the totals the tellers counted and who entered them — never a
  // row per person, so nothing links a choice to a voter.
  await db.schema
    .createTable('paper_ballot_totals')
    .addColumn('motion_id', ref, (c) => c.primaryKey().references('motions.id'))
    .addColumn('org_id', ref, (c) => c.notNull().references('orgs.id'))
    .addColumn('votes_for', 'integer', (c) => c.notNull().check(sql`votes_for >= 0`))
    .addColumn('votes_against', 'integer', (c) => c.notNull().check(sql`votes_against >= 0`))
    .addColumn('abstentions', 'integer', (c) => c.notNull().check(sql`abstentions >= 0`))
    .addColumn('spoilt', 'integer', (c) => c.notNull().check(sql`spoilt >= 0`))
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', ts, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // Sessions can be retitled, moved and cancelled (calendars show the change).
  await db.schema.alterTable('convention_sessions').addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled').check(sql`status in ('scheduled', 'cancelled')`)).execute();
  await db.schema.alterTable('convention_sessions').addColumn('cancel_reason', 'text').execute();
  await db.schema.alterTable('convention_sessions').addColumn('updated_at', ts).execute();
  await db.schema.alterTable('convention_sessions').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  // Approved proceedings are published under a citable id; set in the approving update itself, as
  // the approved row is immutable from then on.
  await db.schema.alterTable('proceedings').addColumn('public_id', 'text').execute();
  await db.schema.alterTable('proceedings').addColumn('published_at', ts).execute();
  await db.schema.createIndex('proceedings_public').on('proceedings').columns(['org_id', 'public_id']).unique().where(sql.ref('public_id'), 'is not', null).execute();
}

export async function down(db: AnyDB): Promise<void> {
  await db.schema.dropIndex('proceedings_public').execute();
  for (const c of ['published_at', 'public_id']) await db.schema.alterTable('proceedings').dropColumn(c).execute();
  for (const c of ['version', 'updated_at', 'cancel_reason', 'status']) await db.schema.alterTable('convention_sessions').dropColumn(c).execute();
  await db.schema.dropTable('paper_ballot_totals').execute();
  for (const c of ['ballot_medium', 'withdrawn_reason', 'withdrawn_at', 'mover_member_id']) await db.schema.alterTable('motions').dropColumn(c).execute();
}
