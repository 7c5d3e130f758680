import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite WAL checkpoints off the request path.
 *
 * By default the connection that commits also checkpoints, whenever the WAL passes 1,000 pages:
 * the commit that crosses the line copies the WAL into the database file and fsyncs it
 * (`synchronous=FULL`) before it returns, blocking Node's only thread for several milliseconds
 * (1 % of member transfers, their p99). Here a worker thread with its own connection runs a PASSIVE
 * checkpoint every `everyMs` instead; a PASSIVE checkpoint never blocks a writer. The request
 * connection keeps an automatic checkpoint only as a bound (`boundPages`), reached only if the
 * worker falls behind or stops, so the WAL cannot grow without limit. Durability is unchanged: each
 * commit still fsyncs the WAL, and a checkpoint syncs the database file before the WAL is reused.
 */
export interface WalCheckpointer {
  /** Stops the worker and closes its connection (before the request connection closes). */
  stop(): Promise<void>;
}

export const BACKGROUND_CHECKPOINT_EVERY_MS = 100;
/** ~40 MiB of WAL at 4 KiB pages. */
export const WAL_BOUND_PAGES = 10_000;

// Plain CommonJS run with `eval`, so it needs no TypeScript loader whether run from sources or dist.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
// A checkpoint fsyncs the database file before the WAL is reused only under NORMAL or FULL.
db.pragma('synchronous = FULL');
let timer;
const tick = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e) });
  }
  timer = setTimeout(tick, workerData.everyMs);
};
timer = setTimeout(tick, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export function startWalCheckpointer(file: string, opts: { everyMs?: number; onError?: (message: string) => void } = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { file, driver, everyMs: opts.everyMs ?? BACKGROUND_CHECKPOINT_EVERY_MS } });
  // The server must not stay up for it, nor crash because of it: the request connection's bound still holds.
  worker.unref();
  worker.on('message', (m: { error?: string }) => {
    if (m.error) opts.onError?.(m.error);
  });
  worker.on('error', (e) => opts.onError?.(e.message));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return {
    async stop() {
      if (exited) return;
      // Keep the process alive until the worker has closed its connection.
      worker.ref();
      worker.postMessage('stop');
      await exit;
    },
  };
}
