import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatementCache } from './statement-cache.js';

describe('StatementCache', () => {
  let handle: SQLite.Database;
  beforeEach(() => {
    handle = new SQLite(':memory:');
    handle.exec('create table t (n integer)');
    handle.exec('insert into t values (1), (2), (3)');
  });
  afterEach(() => {
    if (handle.open) handle.close();
  });

  it('hands out the same prepared statement for the same SQL, with fresh parameters each time', () => {
    const cache = new StatementCache(handle);
    const a = cache.prepare('select n from t where n >= ? order by n');
    const b = cache.prepare('select n from t where n >= ? order by n');
    expect(b).toBe(a);
    expect(a.all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(b.all([3])).toEqual([{ n: 3 }]);
    expect(cache.size).toBe(1);
  });

  it('keeps at most `capacity` statements, evicting the least recently used', () => {
    const cache = new StatementCache(handle, 2);
    const one = cache.prepare('select 1');
    const two = cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(one); // now 'select 2' is the oldest
    cache.prepare('select 3');
    expect(cache.size).toBe(2);
    expect(cache.prepare('select 1')).toBe(one);
    expect(cache.prepare('select 2')).not.toBe(two);
  });

  it('prepares a second statement while the cached one is still being iterated', () => {
    const cache = new StatementCache(handle);
    const sql = 'select n from t order by n';
    const outer = cache.prepare(sql);
    const seen: number[][] = [];
    for (const row of outer.iterate([]) as IterableIterator<{ n: number }>) {
      const inner = cache.prepare(sql);
      expect(inner).not.toBe(outer);
      seen.push([row.n, (inner.all([]) as { n: number }[]).length]);
    }
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(cache.prepare(sql)).toBe(outer);
  });

  it('does not keep very long SQL (large multi-row inserts)', () => {
    const cache = new StatementCache(handle);
    const values = Array.from({ length: 4000 }, (_, i) => `(${i})`).join(', ');
    const sql = `insert into t values ${values}`;
    expect(sql.length).toBeGreaterThan(StatementCache.MAX_CACHED_SQL_LENGTH);
    cache.prepare(sql).run([]);
    expect(cache.size).toBe(0);
    expect(handle.prepare('select count(*) as c from t').get()).toEqual({ c: 4003 });
  });

  it('sees schema changes made after a statement was cached', () => {
    const cache = new StatementCache(handle);
    expect(cache.prepare('select * from t limit 1').all([])).toEqual([{ n: 1 }]);
    handle.exec('alter table t add column m integer default 7');
    expect(cache.prepare('select * from t limit 1').all([])).toEqual([{ n: 1, m: 7 }]);
  });

  it('closes the database', () => {
    const cache = new StatementCache(handle);
    cache.prepare('select 1');
    cache.close();
    expect(handle.open).toBe(false);
    expect(cache.size).toBe(0);
  });
});
