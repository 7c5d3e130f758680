import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Executor } from './database.js';

const COLUMN = /^[a-z_][a-z0-9_]*$/;

/**
 * SQL text with positional parameters, for the few statements on hot paths written as text:
 * building them with Kysely's query builder costs the process more than running them does (a
 * transfer's write allocated ~100 KiB of builder nodes). Values always go in as parameters; table
 * and column names come from this code, never from input, and are checked all the same.
 */
export class SqlText {
  readonly params: unknown[] = [];
  readonly #postgres: boolean;

  constructor(db: Executor) {
    this.#postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  get postgres(): boolean {
    return this.#postgres;
  }

  /** A placeholder for `value`: `$n` on PostgreSQL, `?` on SQLite (in the order added). */
  param(value: unknown): string {
    this.params.push(value);
    return this.#postgres ? `$${this.params.length}` : '?';
  }

  /** `insert into table (columns) values (…)` of a row's defined fields; only `where` the SQL condition holds, if given. */
  insert(table: string, row: object, where?: string): string {
    const entries = Object.entries(row).filter(([, v]) => v !== undefined);
    const columns = entries.map(([c]) => column(c));
    const values = entries.map(([, v]) => this.param(v)).join(', ');
    return `insert into ${column(table)} (${columns.join(', ')}) ${where === undefined ? `values (${values})` : `select ${values} where ${where}`}`;
  }

  /** `column = …` assignments of a row's defined fields. */
  assignments(row: object): string {
    return Object.entries(row)
      .filter(([, v]) => v !== undefined)
      .map(([c, v]) => `${column(c)} = ${this.param(v)}`)
      .join(', ');
  }

  compiled<R>(text: string): CompiledQuery<R> {
    return CompiledQuery.raw(text, this.params) as CompiledQuery<R>;
  }
}

function column(name: string): string {
  if (!COLUMN.test(name)) throw new Error(`not a column name: ${name}`);
  return name;
}
