import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { ImportBatchTable } from './schema.js';

export async function insertImportBatch(db: Executor, row: Insertable<ImportBatchTable>): Promise<void> {
  await db.insertInto('import_batches').values(row).execute();
}
