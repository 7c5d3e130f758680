import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import type { DialectName } from '../store/database.js';
import { fixedClock } from './expect-error.js';
import { createTestDatabase } from './test-databases.js';

/**
 * Gives a suite a fresh, migrated database of `dialect` and an app context on the fixed test clock:
 * a new one for every test, or one for the whole suite (`per: 'suite'`). Dropped afterwards.
 */
export function useFreshContext(dialect: DialectName, receive: (ctx: AppContext) => void, per: 'test' | 'suite' = 'test'): void {
  let drop: (() => Promise<void>) | undefined;
  (per === 'test' ? beforeEach : beforeAll)(async () => {
    const t = await createTestDatabase(dialect);
    drop = t.drop;
    receive(createAppContext(t.database, fixedClock));
  });
  (per === 'test' ? afterEach : afterAll)(async () => {
    await drop?.();
  });
}
