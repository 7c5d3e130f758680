import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { MigrationContext } from './context.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-accounts-audit.js';
import * as m0003 from './0003-drop-admin-tokens.js';
import * as m0004 from './0004-lifecycle-discipline.js';
import * as m0005 from './0005-meetings.js';
import * as m0006 from './0006-courses.js';
import * as m0007 from './0007-meetings-finish.js';
import * as m0008 from './0008-lesson-rooms-areas.js';
import * as m0009 from './0009-units-fillfactor.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001-initial.ts
type AnyDB = Kysely<any>;
interface DialectMigration {
  up(db: AnyDB, ctx: MigrationContext): Promise<void>;
  down?(db: AnyDB, ctx: MigrationContext): Promise<void>;
}

/** Every migration in order. Names are permanent: they are recorded in the database. */
const all: Record<string, DialectMigration> = {
  '0001-initial': m0001,
  '0002-accounts-audit': m0002,
  '0003-drop-admin-tokens': m0003,
  '0004-lifecycle-discipline': m0004,
  '0005-meetings': m0005,
  '0006-courses': m0006,
  '0007-meetings-finish': m0007,
  '0008-lesson-rooms-areas': m0008,
  '0009-units-fillfactor': m0009,
};

export class CellbookMigrations implements MigrationProvider {
  constructor(private readonly ctx: MigrationContext) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(all)) {
      const down = m.down;
      out[name] = {
        up: (db) => m.up(db, this.ctx),
        ...(down ? { down: (db: AnyDB) => down(db, this.ctx) } : {}),
      };
    }
    return out;
  }
}
