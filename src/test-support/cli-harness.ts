import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { runCli } from '../cli/main.js';
import type { DialectName } from '../store/database.js';
import { createTestDatabase } from './test-databases.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export interface CliWorld {
  /** The database the commands run on (a SQLite file in `dir`, or a throwaway PostgreSQL database). */
  readonly url: string;
  /** A temporary folder for files the commands read or write; removed after the tests. */
  readonly dir: string;
  /** Runs `cellbook …args --database url` as the terminal would, capturing its output. */
  cli(...args: string[]): Promise<CliRun>;
  /** Runs a command that must succeed; its standard output. */
  ok(...args: string[]): Promise<string>;
  /** Runs a command with `--json` that must succeed; its parsed output. */
  json<T>(...args: string[]): Promise<T>;
  /** Runs a command that must exit with `code`; its standard error. */
  fails(code: number, ...args: string[]): Promise<string>;
}

/**
 * A fresh database for CLI tests on `dialect` and the helpers to run commands on it. Call it inside
 * `describe`, before the file's own `beforeAll` (which may then seed through the commands).
 */
export function useCliDatabase(dialect: DialectName, opts: { prefix?: string; env?: Record<string, string> } = {}): CliWorld {
  let dir = '';
  let url = '';
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), opts.prefix ?? 'cellbook-cli-'));
    if (dialect === 'sqlite') url = join(dir, 'test.db');
    else {
      const t = await createTestDatabase('postgres');
      url = t.url;
      await t.database.close();
      drop = t.drop;
    }
  });
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const cli = async (...args: string[]): Promise<CliRun> => {
    let out = '';
    let err = '';
    const code = await runCli([...args, '--database', url], { stdout: (t) => (out += t), stderr: (t) => (err += t), env: opts.env ?? {}, interactive: false });
    return { code, out, err };
  };
  const ok = async (...args: string[]): Promise<string> => {
    const r = await cli(...args);
    expect(r.code, `${args.join(' ')}: ${r.err}${r.out}`).toBe(0);
    return r.out;
  };
  return {
    get url() {
      return url;
    },
    get dir() {
      return dir;
    },
    cli,
    ok,
    json: async <T>(...args: string[]): Promise<T> => JSON.parse(await ok(...args, '--json')) as T,
    fails: async (code: number, ...args: string[]): Promise<string> => {
      const r = await cli(...args);
      expect(r.code, `${args.join(' ')}: ${r.out}${r.err}`).toBe(code);
      return r.err;
    },
  };
}
