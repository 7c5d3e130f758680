import { createAppContext } from '../app/context.js';
import { migrateToLatest, openDatabase } from '../store/database.js';
import { buildServer } from './server.js';

/**
 * The OpenAPI document exactly as the server publishes it, built against a throwaway in-memory
 * database: the web app's types are generated from it, and a test keeps them in step.
 */
export async function openApiDocument(): Promise<unknown> {
  const database = openDatabase(':memory:');
  try {
    await migrateToLatest(database);
    const app = await buildServer(createAppContext(database));
    await app.ready();
    const doc = app.swagger();
    await app.close();
    return doc;
  } finally {
    await database.close();
  }
}
