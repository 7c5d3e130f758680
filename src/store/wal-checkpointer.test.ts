import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database as SQLiteHandle } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { WAL_BOUND_PAGES } from './wal-checkpointer.js';

// SQLite only: PostgreSQL has its own checkpointer process.
describe('background WAL checkpoints on SQLite', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function open(backgroundCheckpoints: boolean): { database: Database; file: string; handle: Database['native'] & { kind: 'sqlite' } } {
    const dir = mkdtempSync(join(tmpdir(), 'cellbook-wal-'));
    dirs.push(dir);
    const file = join(dir, 'db.sqlite');
    const database = openDatabase(file, { backgroundCheckpoints });
    if (database.native.kind !== 'sqlite') throw new Error('not sqlite');
    return { database, file, handle: database.native };
  }

  /** Commits ~400 pages of rows in small transactions, like a stream of requests. */
  function write(handle: { handle: SQLiteHandle }): void {
    handle.handle.exec('create table if not exists filler (x text)');
    const insert = handle.handle.prepare('insert into filler (x) values (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(8000));
  }

  const waitFor = async (check: () => boolean, ms = 3000): Promise<boolean> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (check()) return true;
    return check();
  };

  it('copies committed pages into the database file without the committing connection doing it', async () => {
    const { database, file, handle } = open(true);
    try {
      // The request connection checkpoints only past the bound, which these writes stay below.
      expect(handle.handle.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_BOUND_PAGES);
      expect(handle.handle.pragma('synchronous', { simple: true })).toBe(2); // FULL
      const before = statSync(file).size;
      write(handle);
      // ~1.6 MB committed into the WAL; the worker moves it into the database file.
      expect(await waitFor(() => statSync(file).size >= before + 1_500_000)).toBe(true);
      expect(handle.handle.prepare('select count(*) as n from filler').get()).toEqual({ n: 200 });
    } finally {
      await database.close();
    }
    // Its connection is closed first, so the last connection to close removes the WAL as usual.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('leaves checkpoints to the committing connection when not asked for (one-shot commands)', async () => {
    const { database, file, handle } = open(false);
    try {
      expect(handle.handle.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      const before = statSync(file).size;
      write(handle);
      await new Promise((r) => setTimeout(r, 300));
      // Below 1,000 pages nothing checkpoints: the rows are still only in the WAL.
      expect(statSync(file).size).toBe(before);
    } finally {
      await database.close();
    }
  });
});
