import type { AppContext } from '../app/context.js';
import type { Database } from '../store/database.js';
import type { Config } from './config.js';
import type { CliIo } from './output.js';

/** What every command gets: output, a database session, and a way to set the exit code. */
export interface CliSession {
  ctx: AppContext;
  database: Database;
  config: Config;
  /** Names of migrations applied while opening (empty when the schema was up to date). */
  migrated: string[];
}

export interface CliRuntime {
  io: CliIo;
  /** Opens the configured database (migrating it), runs `work`, and closes it again. */
  withSession<T>(opts: GlobalOptions, work: (s: CliSession) => Promise<T>, keepOpen?: boolean): Promise<T>;
  setExit(code: number): void;
}

export interface GlobalOptions {
  database?: string;
  json?: boolean;
}

