import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Prepared SQLite statements, kept and reused by SQL text (least recently used out first).
 *
 * Kysely's SQLite driver prepares every query anew. Each better-sqlite3 statement is a native object
 * finalized by the garbage collector, so a member transfer (a dozen statements) left a dozen behind,
 * and every young-generation collection spent most of its pause finalizing them: 15–25 ms pauses,
 * one every ~80 transfers, which made the transfer p99 (see docs/performance.md). Reusing them also
 * skips SQLite's parse and plan. A statement still being iterated (a streamed query) is `busy`; asked
 * for the same SQL meanwhile, the cache prepares a fresh one instead of handing it out twice.
 */
export class StatementCache implements SqliteDatabase {
  readonly #handle: SQLite.Database;
  readonly #statements = new Map<string, SQLite.Statement>();
  readonly #capacity: number;

  /** SQL longer than this (large multi-row inserts) is prepared each time, not kept. */
  static readonly MAX_CACHED_SQL_LENGTH = 16_384;

  constructor(handle: SQLite.Database, capacity = 256) {
    this.#handle = handle;
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#statements.size;
  }

  prepare(sql: string): SqliteStatement {
    const cached = this.#statements.get(sql);
    if (cached && !cached.busy) {
      // Most recently used last, so the first key is the one to evict.
      this.#statements.delete(sql);
      this.#statements.set(sql, cached);
      return cached;
    }
    const stmt = this.#handle.prepare(sql);
    if (!cached && sql.length <= StatementCache.MAX_CACHED_SQL_LENGTH) {
      this.#statements.set(sql, stmt);
      if (this.#statements.size > this.#capacity) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
    }
    return stmt;
  }

  close(): void {
    this.#statements.clear();
    this.#handle.close();
  }
}
