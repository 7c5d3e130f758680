import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MigrationContext } from './context.js';

// Frozen: lessons learn their craft area (the instructor must be qualified for it) and the reason a
// private lesson was booked outside the instructor's availability; rooms clash by a normalized
// name ("Room 2" = " room  2 "), in the database's own rule. Never import app code.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any past schema
type AnyDB = Kysely<any>;

/**
 * The room's key: whitespace runs collapsed to one space, trimmed, lower-cased. SQLite has no
 * regular expressions: tabs and line breaks become spaces, then seven halving passes collapse any
 * run of up to 128 spaces (room names are at most 100 characters). SQLite's lower() folds ASCII
 * letters only; PostgreSQL's folds every letter its locale knows (docs/ARCHITECTURE.md).
 */
export function roomKeySql(column: RawBuilder<unknown>, pg: boolean): RawBuilder<unknown> {
  if (pg) return sql`lower(btrim(regexp_replace(${column}, '\\s+', ' ', 'g')))`;
  let x: RawBuilder<unknown> = sql`replace(replace(replace(${column}, char(9), ' '), char(10), ' '), char(13), ' ')`;
  for (let i = 0; i < 7; i++) x = sql`replace(${x}, '  ', ' ')`;
  return sql`lower(trim(${x}))`;
}

export async function up(db: AnyDB, ctx: MigrationContext): Promise<void> {
  const pg = ctx.dialect === 'postgres';
  // A rulebook area key: a class lesson's is its course's; a private lesson may name one.
  await db.schema.alterTable('lessons').addColumn('area', 'text').execute();
  await db.schema.alterTable('lessons').addColumn('outside_availability_reason', 'text').execute();
  if (pg) {
    await sql`alter table lessons add column room_key text generated always as (${roomKeySql(sql.ref('room'), true)}) stored`.execute(db);
  } else {
    await sql`alter table lessons add column room_key text generated always as (${roomKeySql(sql.ref('room'), false)}) virtual`.execute(db);
  }
  await db.schema.dropIndex('lessons_room_time').execute();
  await db.schema.createIndex('lessons_room_key_time').on('lessons').columns(['org_id', 'room_key', 'starts_at']).execute();
  // Class lessons already on record take their course's area.
  await sql`update lessons set area = (select c.area from course_classes k join courses c on c.id = k.course_id where k.id = lessons.class_id) where class_id is not null`.execute(db);

  if (!pg) {
    for (const op of ['insert', 'update']) {
      await sql`drop trigger ${sql.id(`lessons_no_overlap_${op}`)}`.execute(db);
      // NEW.room_key is not computed yet in a BEFORE trigger: the key of NEW.room is spelled out.
      await sql`create trigger ${sql.id(`lessons_no_overlap_${op}`)} before ${sql.raw(op === 'insert' ? 'insert' : 'update of status, instructor_id, room, starts_at, ends_at')} on lessons
        when new.status = 'booked'
        begin
          select raise(abort, 'lesson_overlap:instructor') where exists (
            select 1 from lessons l where l.org_id = new.org_id and l.instructor_id = new.instructor_id and l.status = 'booked'
              and l.id is not new.id and l.starts_at < new.ends_at and new.starts_at < l.ends_at);
          select raise(abort, 'lesson_overlap:room') where new.room is not null and exists (
            select 1 from lessons l where l.org_id = new.org_id and l.room_key = ${roomKeySql(sql`new.room`, false)} and l.status = 'booked'
              and l.id is not new.id and l.starts_at < new.ends_at and new.starts_at < l.ends_at);
        end`.execute(db);
    }
    return;
  }
  const trigger = await sql<{ n: number }>`select count(*)::int as n from pg_proc where proname = 'cellbook_lessons_no_overlap'`.execute(db);
  if ((trigger.rows[0]?.n ?? 0) > 0) {
    await noDoubleBookingTrigger(db);
    return;
  }
  await sql`alter table lessons drop constraint lessons_room_no_overlap`.execute(db);
  await sql`alter table lessons add constraint lessons_room_no_overlap
    exclude using gist (org_id with =, room_key with =, tstzrange(starts_at, ends_at, '[)') with &&) where (status = 'booked' and room_key is not null)`.execute(db);
}

/**
 * The PostgreSQL fallback without btree_gist, comparing normalized rooms (exported so a test can
 * install it where the extension exists). Replaces the one of 0006 if it is there.
 */
export async function noDoubleBookingTrigger(db: AnyDB): Promise<void> {
  const key = roomKeySql(sql`new.room`, true);
  await sql`create or replace function cellbook_lessons_no_overlap() returns trigger language plpgsql as $$
    begin
      if new.status <> 'booked' then return new; end if;
      -- One booking at a time per organization: a concurrent one waits and then sees this one.
      perform pg_advisory_xact_lock(hashtext('cellbook.lessons'), new.org_id::int);
      if exists (select 1 from lessons l where l.org_id = new.org_id and l.instructor_id = new.instructor_id and l.status = 'booked'
                 and l.id <> new.id and tstzrange(l.starts_at, l.ends_at, '[)') && tstzrange(new.starts_at, new.ends_at, '[)')) then
        raise exception 'lesson_overlap:instructor' using errcode = 'exclusion_violation', constraint = 'lessons_instructor_no_overlap';
      end if;
      -- NEW.room_key is computed after BEFORE triggers: the key of NEW.room is spelled out.
      if new.room is not null and exists (select 1 from lessons l where l.org_id = new.org_id and l.room_key = ${key} and l.status = 'booked'
                 and l.id <> new.id and tstzrange(l.starts_at, l.ends_at, '[)') && tstzrange(new.starts_at, new.ends_at, '[)')) then
        raise exception 'lesson_overlap:room' using errcode = 'exclusion_violation', constraint = 'lessons_room_no_overlap';
      end if;
      return new;
    end $$`.execute(db);
  await sql`drop trigger if exists lessons_no_overlap on lessons`.execute(db);
  await sql`create trigger lessons_no_overlap before insert or update on lessons for each row execute function cellbook_lessons_no_overlap()`.execute(db);
}
