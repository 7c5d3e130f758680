import type { MessagePort } from 'node:worker_threads';
import { AppError, type ErrorCode, type Problem } from '../core/errors.js';
import type { MemberRowSetup } from './member-rows.js';

/**
 * The messages between the importer and the worker thread that reads and checks member rows.
 *
 * Both directions are flow-controlled so memory stays flat however large the file: the importer
 * sends input while less than INPUT_WINDOW_BYTES of it is unread by the worker, and the worker
 * sends a batch only while fewer than BATCHES_AHEAD batches are waiting to be written.
 */
export const INPUT_WINDOW_BYTES = 4 << 20;
export const BATCHES_AHEAD = 4;

/** Passed as workerData. */
export interface RowWorkerData {
  setup: MemberRowSetup;
  listLimit: number;
  /**
   * Where the batches go. The importer takes each off this port (receiveMessageOnPort) just before
   * writing it, so its rows are only then built in the importer's heap and die young there; as
   * message events they would wait as objects until their turn (a few percent slower).
   */
  batches: MessagePort;
}

export type ToRowWorker =
  /** The next piece of the file: bytes (moved, not copied) or text. */
  | { kind: 'input'; chunk: Uint8Array | string }
  /** The file has no more pieces. */
  | { kind: 'end' }
  /** A batch was taken: the worker may send one more. */
  | { kind: 'ack' };

export type FromRowWorker =
  /** A batch was posted on the batches port. */
  | { kind: 'batch' }
  /** The worker has taken a piece of input off its queue: the importer may send that much more. */
  | { kind: 'consumed'; size: number }
  | { kind: 'done' }
  | { kind: 'failed'; error: WireError };

/** How much of the input window a piece takes (UTF-16 units for text: close enough for flow control). */
export function pieceSize(chunk: Uint8Array | string): number {
  return typeof chunk === 'string' ? chunk.length : chunk.byteLength;
}

/** An error as it crosses threads (structured clone keeps only an Error's message and stack). */
export type WireError = { app: true; code: ErrorCode; message: string; problems: Problem[]; hint: string | undefined } | { app: false; message: string; stack: string | undefined };

export function toWire(e: unknown): WireError {
  if (e instanceof AppError) return { app: true, code: e.code, message: e.message, problems: [...e.problems], hint: e.hint };
  if (e instanceof Error) return { app: false, message: e.message, stack: e.stack };
  return { app: false, message: String(e), stack: undefined };
}

export function fromWire(w: WireError): Error {
  if (w.app) return new AppError(w.code, w.message, w.hint === undefined ? { problems: w.problems } : { problems: w.problems, hint: w.hint });
  const e = new Error(w.message);
  if (w.stack !== undefined) e.stack = w.stack;
  return e;
}
