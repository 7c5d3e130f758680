/**
 * Worker thread of a large member import: reads and checks the rows of the CSV that the importer
 * sends piece by piece, and sends back batches of checked rows, so parsing and checking run on
 * another core while the importer's thread writes. It runs the same checkMemberRows that a small
 * import runs on the importer's own thread. See member-rows-protocol.ts for the messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ChangeSignal } from './change-signal.js';
import { checkMemberRows } from './member-rows.js';
import { BATCHES_AHEAD, pieceSize, toWire, type FromRowWorker, type RowWorkerData, type ToRowWorker } from './member-rows-protocol.js';

const port = parentPort;
if (!port) throw new Error('member-rows.worker must run in a worker thread');
const { setup, listLimit, batches } = workerData as RowWorkerData;
const send = (m: FromRowWorker): void => port.postMessage(m);

const pieces: (Uint8Array | string)[] = [];
let ended = false;
/** Batches the importer is ready to take. */
let credits = BATCHES_AHEAD;

const changed = new ChangeSignal();
port.on('message', (m: ToRowWorker) => {
  if (m.kind === 'input') pieces.push(m.chunk);
  else if (m.kind === 'end') ended = true;
  else credits++;
  changed.notify();
});

async function* input(): AsyncGenerator<Buffer | string, void, undefined> {
  for (;;) {
    const piece = pieces.shift();
    if (piece !== undefined) {
      send({ kind: 'consumed', size: pieceSize(piece) });
      yield typeof piece === 'string' ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    } else if (ended) {
      return;
    } else {
      await changed.wait();
    }
  }
}

try {
  for await (const batch of checkMemberRows(input(), setup, listLimit)) {
    while (credits === 0) await changed.wait();
    credits--;
    batches.postMessage(batch);
    send({ kind: 'batch' });
  }
  send({ kind: 'done' });
} catch (e) {
  send({ kind: 'failed', error: toWire(e) });
}
