import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  /** `cli` with `stdin` as what the command reads from standard input. */
  cliWithInput(stdin: string, ...args: string[]): Promise<CliRun>;
  /** Writes `text` to `name` in `dir`; its path. */
  file(name: string, text: string): string;
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
  const cliWithInput = async (stdin: string | undefined, ...args: string[]): Promise<CliRun> => {
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), env: opts.env ?? {}, interactive: false, ...(stdin === undefined ? {} : { readStdin: async () => stdin }) };
    const code = await runCli([...args, '--database', url], io);
    return { code, out, err };
  };
  const cli = (...args: string[]): Promise<CliRun> => cliWithInput(undefined, ...args);
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
    cliWithInput,
    file: (name: string, text: string): string => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    ok,
    json: async <T>(...args: string[]): Promise<T> => JSON.parse(await ok(...args, '--json')) as T,
    fails: async (code: number, ...args: string[]): Promise<string> => {
      const r = await cli(...args);
      expect(r.code, `${args.join(' ')}: ${r.out}${r.err}`).toBe(code);
      return r.err;
    },
  };
}
