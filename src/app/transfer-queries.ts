import { AppError } from '../core/errors.js';
import { transferStates } from '../core/discipline/transfer-states.js';
import { subtreeRange } from '../core/unit-path.js';
import { listTransfers as listTransferRows } from '../store/lifecycle.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { UnitRef } from './refs.js';
import { visibleScopes } from './unit-queries.js';
import { transferView, type TransferView } from './transfer-views.js';

/** Transfers sent from or to units the actor may read (or within one unit's subtree). */
export async function listTransfers(ctx: AppContext, q: { org: string; within?: UnitRef | undefined; state?: string | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<Page<TransferView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, q.org));
  const limit = clampLimit(q.limit);
  if (q.state !== undefined && !(transferStates as readonly string[]).includes(q.state)) {
    throw new AppError('validation_failed', `'${q.state}' is not a transfer state`, { problems: [{ path: 'state', message: `one of ${transferStates.join(', ')}` }] });
  }
  const within = q.within ? await unitFor(db, s, q.within, 'read') : undefined;
  const rows = await listTransferRows(db, s.org.id, { scopes: within ? [subtreeRange(within.path)] : visibleScopes(s, 'read'), state: q.state, afterId: decodeCursor(q.cursor), limit: limit + 1 });
  const today = todayOf(ctx);
  return toPage(rows, limit, (t) => transferView(t, today));
}
