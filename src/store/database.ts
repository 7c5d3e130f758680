import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { CellbookMigrations } from './migrations/index.js';
import type { DB } from './schema.js';
import { PreparingPool } from './pg-prepared.js';
import { StatementCache } from './statement-cache.js';
import { startWalCheckpointer, WAL_BOUND_PAGES } from './wal-checkpointer.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Anything a repository function can run on: the database or an open transaction. */
export type Executor = Kysely<DB>;

export interface Database {
  readonly db: Db;
  readonly dialect: DialectName;
  /** The underlying better-sqlite3 handle or pg pool, for bulk paths (COPY, prepared loops). */
  readonly native: { kind: 'sqlite'; handle: SQLite.Database } | { kind: 'postgres'; pool: pg.Pool };
  close(): Promise<void>;
}

// Dates and timestamps come back as strings on both engines, counts and ids as numbers.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(1184, (v: string) => new Date(v).toISOString());
pg.types.setTypeParser(20, (v: string) => Number(v));

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

export interface OpenOptions {
  /**
   * SQLite files only: checkpoint the WAL on a worker thread instead of in the commit that fills it
   * (see wal-checkpointer.ts). For long-running servers; a one-shot command has no use for it.
   */
  backgroundCheckpoints?: boolean;
}

/** Opens `url`: a postgres:// URL, or a SQLite file path (sqlite:// prefix optional, ':memory:' allowed). */
export function openDatabase(url: string, opts: OpenOptions = {}): Database {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle pooled connection can be closed by the server (restart, failover, an administrator,
    // `drop database … with (force)`). node-postgres reports that on the pool; without a listener it
    // would crash the process. The pool drops the broken client and opens a new one when next asked;
    // a query in flight still gets its own error.
    pool.on('error', () => undefined);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new PreparingPool(pool) }) });
    return { db, dialect: 'postgres', native: { kind: 'postgres', pool }, close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('synchronous = FULL');
  // Deleted and overwritten content is zeroed on disk, so an erased person is not left in free pages.
  handle.pragma('secure_delete = ON');
  handle.pragma('busy_timeout = 5000');
  // The default 2 MiB page cache makes every lookup in a million-member file a disk-cache miss.
  handle.pragma('cache_size = -65536');
  handle.pragma('temp_store = MEMORY');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new StatementCache(handle) }) });
  // Kysely closes the handle only if it ever ran a query on it; bulk paths may have used it alone.
  const closeHandle = async (): Promise<void> => {
    await db.destroy();
    if (handle.open) handle.close();
  };
  if (!opts.backgroundCheckpoints || file === ':memory:') return { db, dialect: 'sqlite', native: { kind: 'sqlite', handle }, close: closeHandle };
  // The request connection checkpoints only past the bound; the worker keeps the WAL well below it.
  handle.pragma(`wal_autocheckpoint = ${WAL_BOUND_PAGES}`);
  // Should the worker fail, the request connection checkpoints as SQLite does by default again.
  const checkpointer = startWalCheckpointer(file, {
    onError: () => {
      if (handle.open) handle.pragma('wal_autocheckpoint = 1000');
    },
  });
  const close = async (): Promise<void> => {
    await checkpointer.stop();
    await closeHandle();
  };
  return { db, dialect: 'sqlite', native: { kind: 'sqlite', handle }, close };
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: new CellbookMigrations({ dialect: database.dialect }),
    migrationTableName: 'cellbook_migrations',
    migrationLockTableName: 'cellbook_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Refreshes the planner's statistics after a bulk load. Without them SQLite picks poor plans on a
 * freshly loaded million-row table (a member transfer measured 5 ms instead of 1 ms).
 */
export async function refreshStatistics(database: Database, tables: readonly string[]): Promise<void> {
  if (database.native.kind === 'sqlite') {
    for (const t of tables) database.native.handle.exec(`analyze ${t.replace(/[^a-z_]/g, '')}`);
  } else {
    for (const t of tables) await database.native.pool.query(`analyze ${t.replace(/[^a-z_]/g, '')}`);
  }
}
