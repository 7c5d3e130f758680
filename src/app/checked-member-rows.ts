import { setImmediate as nextTurn } from 'node:timers/promises';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { ChangeSignal } from './change-signal.js';
import { checkMemberRows, type CheckedBatch, type MemberRowSetup } from './member-rows.js';
import { fromWire, INPUT_WINDOW_BYTES, pieceSize, type FromRowWorker, type RowWorkerData, type ToRowWorker } from './member-rows-protocol.js';
import { startModuleWorker } from './worker-module.js';

/**
 * Files of at least this size are read and checked on a worker thread. Below it, starting a worker
 * (tens of milliseconds, more from TypeScript sources) costs more than the overlap saves.
 */
export const WORKER_FROM_BYTES = 1 << 20;

type Input = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/**
 * The checked rows of a member CSV, batch by batch, as checkMemberRows gives them. A large file is
 * read and checked on a worker thread while the caller writes the batches it already has, so
 * parsing overlaps with the engine's inserts. The worker is ended however the caller stops:
 * at the end, on an error (thrown here or by the caller's loop), or by breaking out.
 */
export async function* checkedMemberRows(input: Input, setup: MemberRowSetup, listLimit: number): AsyncGenerator<CheckedBatch, void, undefined> {
  const pieces = piecesOf(input);
  const head: (Buffer | string)[] = [];
  let size = 0;
  while (size < WORKER_FROM_BYTES) {
    const next = await pieces.next();
    if (next.done) {
      yield* checkMemberRows(head, setup, listLimit);
      return;
    }
    head.push(next.value);
    size += pieceSize(next.value);
  }
  let link: RowWorkerLink;
  try {
    const { port1, port2 } = new MessageChannel();
    link = new RowWorkerLink(startModuleWorker(import.meta.url, './member-rows.worker', { setup, listLimit, batches: port2 } satisfies RowWorkerData, [port2]), port1);
  } catch (e) {
    await pieces.return(undefined);
    throw e;
  }
  try {
    void link.feed(head, pieces);
    for (;;) {
      // A turn of the event loop before each batch: while batches are ready the caller's loop would
      // otherwise run on promises alone, and a stream input (a file) only delivers its next piece,
      // to be fed to the worker, in a turn of the event loop. Without it the worker ran dry.
      await nextTurn();
      const batch = await link.nextBatch();
      if (batch === null) return;
      yield batch;
      link.ack();
    }
  } finally {
    await link.close();
  }
}

async function* piecesOf(input: Input): AsyncGenerator<Buffer | string, void, undefined> {
  yield* input;
}

/** The importer's end of the worker: sends it the file, receives the checked batches. */
class RowWorkerLink {
  /** Batches posted on the batches port and not taken yet. */
  private ready = 0;
  private readonly changed = new ChangeSignal();
  /** Input sent and not yet taken off the worker's queue. */
  private inFlight = 0;
  private done = false;
  private closed = false;
  private failure: Error | null = null;

  constructor(
    private readonly worker: Worker,
    private readonly batches: MessagePort,
  ) {
    worker.on('message', (m: FromRowWorker) => {
      if (m.kind === 'batch') this.ready++;
      else if (m.kind === 'consumed') this.inFlight -= m.size;
      else if (m.kind === 'done') this.done = true;
      else this.fail(fromWire(m.error));
      this.changed.notify();
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (!this.done && !this.closed) this.fail(new Error(`The CSV reading thread stopped (exit code ${code})`));
    });
  }

  /** Sends the file piece by piece, keeping at most INPUT_WINDOW_BYTES unread by the worker. Never throws: a failure is kept for nextBatch. */
  async feed(head: readonly (Buffer | string)[], rest: AsyncGenerator<Buffer | string, void, undefined>): Promise<void> {
    try {
      for (const piece of head) await this.send(piece);
      for (;;) {
        if (this.closed) return;
        const next = await rest.next();
        if (next.done) break;
        await this.send(next.value);
      }
      this.post({ kind: 'end' });
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      // Stopped early (an error, or the importer gave up): close the input, e.g. the file stream.
      if (this.closed) await rest.return(undefined).catch(() => undefined);
    }
  }

  /** The next batch, or null after the last one. */
  async nextBatch(): Promise<CheckedBatch | null> {
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.ready > 0) {
        this.ready--;
        // The worker posts a batch before its notice, so it is there.
        const received = receiveMessageOnPort(this.batches);
        if (!received) throw new Error('A batch was announced but not received');
        return received.message as CheckedBatch;
      }
      if (this.done) return null;
      await this.changed.wait();
    }
  }

  /** The last batch was taken: the worker may send another. */
  ack(): void {
    this.post({ kind: 'ack' });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changed.notify();
    this.batches.close();
    await this.worker.terminate();
  }

  private async send(piece: Buffer | string): Promise<void> {
    const size = pieceSize(piece);
    while (!this.closed && this.inFlight > 0 && this.inFlight + size > INPUT_WINDOW_BYTES) await this.changed.wait();
    if (this.closed) return;
    this.inFlight += size;
    if (typeof piece === 'string') {
      this.post({ kind: 'input', chunk: piece });
    } else {
      // A copy the worker can take over: the caller's buffer may share memory with other chunks.
      const bytes = new Uint8Array(piece);
      this.post({ kind: 'input', chunk: bytes }, [bytes.buffer]);
    }
  }

  private post(m: ToRowWorker, transfer: ArrayBuffer[] = []): void {
    if (!this.closed) this.worker.postMessage(m, transfer);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.changed.notify();
  }
}
