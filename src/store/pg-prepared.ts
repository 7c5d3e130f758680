import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * Named (server-side prepared) statements for the queries the application repeats.
 *
 * Kysely's PostgreSQL driver sends every query unnamed, so the server parses, analyses and plans it
 * anew each time — a quarter to a half of a short query's cost (a transfer was seven of them). This
 * pool hands Kysely clients that send a statement it has seen before under a name derived from its
 * text; node-postgres then prepares it once per connection and afterwards only binds and executes.
 * PostgreSQL's plan cache still picks custom plans where a generic one would be worse.
 *
 * Bounded: only reads and writes (not transaction control or DDL) are named, only from their second
 * use (a text with literals in it rarely repeats), and at most `maxNames` texts per process, so a
 * connection never holds more than that many prepared statements on the server.
 *
 * A prepared statement's result columns are fixed: after a migration adds a column to a table that
 * a running server reads with `select *`, its connections answer "cached plan must not change
 * result type" — restart servers after `cellbook migrate` (they migrate on start anyway).
 */
export class PreparingPool implements PostgresPool {
  readonly #pool: pg.Pool;
  readonly #maxNames: number;
  readonly #names = new Map<string, string>();
  readonly #seen = new Map<string, number>();
  readonly #clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  constructor(pool: pg.Pool, opts: { maxNames?: number } = {}) {
    this.#pool = pool;
    this.#maxNames = opts.maxNames ?? 200;
  }

  /** How many statement texts are sent as named (prepared) statements. */
  get preparedCount(): number {
    return this.#names.size;
  }

  /** The name to prepare `text` under, or undefined to send it unnamed. */
  nameFor(text: string): string | undefined {
    const known = this.#names.get(text);
    if (known !== undefined) return known;
    if (this.#names.size >= this.#maxNames || !PREPARABLE.test(text)) return undefined;
    const seen = (this.#seen.get(text) ?? 0) + 1;
    if (seen < 2) {
      // Remember first sightings only within a bound, so one-off texts cannot grow this map.
      if (this.#seen.size >= 10_000) this.#seen.clear();
      this.#seen.set(text, seen);
      return undefined;
    }
    this.#seen.delete(text);
    const name = `cb_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    this.#names.set(text, name);
    return name;
  }

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.#pool.connect();
    let wrapped = this.#clients.get(client);
    if (!wrapped) {
      wrapped = this.#wrap(client);
      this.#clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.#pool.end();
  }

  #wrap(client: pg.PoolClient): PostgresPoolClient {
    const nameFor = (text: string) => this.nameFor(text);
    function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
    function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
    function query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
      const name = nameFor(sqlOrCursor);
      const values = parameters ? [...parameters] : [];
      const config: pg.QueryConfig = name === undefined ? { text: sqlOrCursor, values } : { name, text: sqlOrCursor, values };
      return client.query(config) as unknown as Promise<PostgresQueryResult<R>>;
    }
    return { query, release: (destroy?: boolean) => client.release(destroy) };
  }
}

/** Statements worth preparing: queries and data changes, not transaction control, DDL or COPY. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
