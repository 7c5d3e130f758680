import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server for tests, or '' when there is none (local runs only). */
    pgUrl: string;
  }
}

const ci = process.env.CI === 'true';

function loud(message: string): void {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! ${message}\n${bar}\n`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  let cluster: PostgresCluster | undefined;
  let url = process.env.CELLBOOK_TEST_PG_URL ?? '';
  if (url === '') {
    const bin = findPostgresBin();
    if (!bin) {
      if (ci) throw new Error('CI=true but no PostgreSQL server binaries were found under /usr/lib/postgresql: install postgresql');
      loud('PostgreSQL binaries not found: SKIPPING every PostgreSQL integration test. Install postgresql to run them.');
    } else {
      cluster = await startPostgresCluster(bin);
      url = cluster.url;
    }
  }
  project.provide('pgUrl', url);
  const stop = (): void => cluster?.stop();
  process.once('exit', stop);
  return stop;
}
