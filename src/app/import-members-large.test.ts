import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { templateRulebook } from '../core/rulebook/templates.js';
import { WORKER_FROM_BYTES } from './checked-member-rows.js';
import type * as WorkerModuleNamespace from './worker-module.js';
import { createAppContext, type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { importMembers } from './import-members.js';
import { importUnits } from './import-units.js';
import { getMember, listMembers } from './member-queries.js';
import { getUnit } from './unit-queries.js';
import { verifyCounters } from './verify-counters.js';
import { expectError, fixedClock } from '../test-support/expect-error.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';

type WorkerModule = typeof WorkerModuleNamespace;

// Every worker thread an import starts, to check that each one is ended, whatever happened.
const workers = vi.hoisted(() => [] as Worker[]);
vi.mock('./worker-module.js', async (importOriginal) => {
  const original: WorkerModule = await importOriginal();
  return {
    startModuleWorker: (...args: Parameters<WorkerModule['startModuleWorker']>): Worker => {
      const worker = original.startModuleWorker(...args);
      workers.push(worker);
      return worker;
    },
  };
});

const HEADER = 'member_no,family_name,given_name,birth_date,unit_code,status,joined_on,phone,email';
const UNITS = [
  'code,name,kind,parent_code',
  'CC,Central Committee,central_committee,',
  'P1,North Province,provincial_committee,CC',
  'P1-C1,River County,county_committee,P1',
  'P1-C1-P1,Mill Works Primary,primary_committee,P1-C1',
  'P1-C1-P1-S,Weaving Section,sectional_committee,P1-C1-P1',
  'CELL-A,Cell A,cell,P1-C1-P1-S',
  'CELL-B,Cell B,cell,P1-C1-P1',
].join('\n');
/** Rows of a file large enough to be read on a worker thread. */
const ROWS = 24_000;

function goodRow(i: number): string {
  return `L-${i},${i % 2 ? '김' : 'Kim'},Given ${i},1980-01-0${1 + (i % 9)},${i % 3 ? 'CELL-A' : 'CELL-B'},full_member,2020-01-01,,`;
}

/** All workers started so far have ended. */
function expectWorkersEnded(started: number): void {
  expect(workers.length).toBe(started);
  expect(workers.map((w) => w.threadId)).toEqual(workers.map(() => -1));
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`importing a large member file on ${dialect}`, () => {
    let ctx: AppContext;
    let drop: () => Promise<void>;
    beforeEach(async () => {
      workers.length = 0;
      const t = await createTestDatabase(dialect);
      ctx = createAppContext(t.database, fixedClock);
      drop = t.drop;
      await createOrg(ctx, { slug: 'party', rulebook: templateRulebook('party') });
      await importUnits(ctx, { org: 'party', input: [UNITS], source: 'units.csv' });
    });
    afterEach(async () => drop());

    it('checks the rows on a worker thread and writes them all, counters and progress included', async () => {
      const lines = [HEADER, ...Array.from({ length: ROWS }, (_, i) => goodRow(i)), ',Auto,Numbered,,CELL-B,candidate,,,'];
      const file = Buffer.from(lines.join('\n') + '\n');
      expect(file.length).toBeGreaterThan(WORKER_FROM_BYTES);
      // Streamed in pieces, as a file or a request body comes.
      const pieces = Array.from({ length: Math.ceil(file.length / 65536) }, (_, i) => file.subarray(i * 65536, (i + 1) * 65536));
      const progress: { rows: number; bytes: number }[] = [];
      const report = await importMembers(ctx, { org: 'party', input: pieces, source: 'big.csv', onProgress: (p) => progress.push(p) });
      expect(report).toEqual({ dryRun: false, rows: ROWS + 1, inserted: ROWS + 1, updated: 0, unchanged: 0 });
      expectWorkersEnded(1);
      expect(progress.at(-1)).toEqual({ rows: ROWS + 1, bytes: file.length });
      expect(progress.length).toBeGreaterThan(2);
      for (let i = 1; i < progress.length; i++) expect(progress[i]?.rows).toBeGreaterThanOrEqual(progress[i - 1]?.rows ?? 0);

      expect(await getMember(ctx, 'party', { memberNo: 'L-23999' })).toMatchObject({ familyName: '김', givenName: 'Given 23999', unitCode: 'CELL-A', birthDate: '1980-01-06' });
      expect((await listMembers(ctx, { org: 'party', q: 'Auto' })).items.map((m) => m.memberNo)).toEqual(['P0000001']);
      expect((await getUnit(ctx, 'party', { code: 'CELL-B' })).counts.directMembers).toBe(ROWS / 3 + 1);
      expect((await getUnit(ctx, 'party', { code: 'CC' })).counts.subtreeMembers).toBe(ROWS + 1);
      expect((await verifyCounters(ctx, 'party')).mismatches).toEqual([]);

      // The same file again (as one string this time) changes nothing, apart from one more generated member.
      const again = await importMembers(ctx, { org: 'party', input: [lines.slice(0, -1).join('\n')], source: 'big.csv' });
      expect(again).toEqual({ dryRun: false, rows: ROWS, inserted: 0, updated: 0, unchanged: ROWS });
      expectWorkersEnded(2);
    });

    it('reports every bad row with its line, also after quoted multi-line fields, and writes nothing', async () => {
      const lines = [HEADER, 'Q-1,"Multi\nLine","Name ""quoted""\r\nhere",,CELL-A,,,,', ...Array.from({ length: ROWS }, (_, i) => goodRow(i))];
      // Line numbers count the two line breaks inside the quoted fields of record 2.
      lines.push('X-1,Bad,Date,1990-02-30,CELL-A,,,,'); // line ROWS + 5
      lines.push('L-7,Dup,Number,,CELL-A,,,,'); // line ROWS + 6: L-7 is on line 12
      lines.push('X-2,No,Unit,,NOPE,,,,'); // line ROWS + 7
      const e = await expectError(importMembers(ctx, { org: 'party', input: [lines.join('\n')], source: 'bad.csv' }), 'import_rejected', /3 problem\(s\)/);
      expect(e.problems.map((p) => [p.line, p.column])).toEqual([
        [ROWS + 5, 'birth_date'],
        [ROWS + 6, 'member_no'],
        [ROWS + 7, 'unit_code'],
      ]);
      expect(e.problems[1]?.message).toMatch(/'L-7' is also on line 12/);
      expectWorkersEnded(1);
      expect((await listMembers(ctx, { org: 'party' })).items).toEqual([]);
      expect((await getUnit(ctx, 'party', { code: 'CC' })).counts.subtreeMembers).toBe(0);
    });

    it('a dry run checks a large file and writes nothing', async () => {
      const file = [HEADER, ...Array.from({ length: ROWS }, (_, i) => goodRow(i))].join('\n');
      expect(await importMembers(ctx, { org: 'party', input: [file], source: 'big.csv', dryRun: true })).toEqual({ dryRun: true, rows: ROWS, inserted: ROWS, updated: 0, unchanged: 0 });
      expectWorkersEnded(1);
      expect((await listMembers(ctx, { org: 'party' })).items).toEqual([]);
    });

    it('stops the worker when the file breaks off, or is not valid CSV far into it', async () => {
      const head = [HEADER, ...Array.from({ length: ROWS }, (_, i) => goodRow(i))].join('\n');
      async function* breaksOff(): AsyncGenerator<string> {
        yield head;
        throw new Error('connection reset');
      }
      await expect(importMembers(ctx, { org: 'party', input: breaksOff(), source: 'big.csv' })).rejects.toThrow('connection reset');
      expectWorkersEnded(1);

      const unclosed = await expectError(importMembers(ctx, { org: 'party', input: [`${head}\nZ-1,"never closed,x,,,,,,\n`], source: 'big.csv' }), 'import_rejected', /not valid CSV/);
      expect(unclosed.problems).toEqual([{ path: 'file', line: ROWS + 2, message: expect.stringMatching(/Quote Not Closed/) }]);
      expectWorkersEnded(2);
      expect((await listMembers(ctx, { org: 'party' })).items).toEqual([]);
    });
  });
}
