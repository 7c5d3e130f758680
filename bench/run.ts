/**
 * `npm run bench [-- --members N] [-- --dialect sqlite|postgres|both]`
 *
 * On a generated party-shaped organization (default 1,000,000 members in ~50,000 cells) it prints,
 * for SQLite and PostgreSQL: CSV import rows/s through the real import path, the raw engine insert
 * rate of the same rows, their ratio, subtree member count latency for the root, a province and a
 * cell, member transfer latency, and audit chain verification of --audit-events events (1,000,000). PostgreSQL is a throwaway cluster with durable settings, or
 * DATABASE_URL when it points at PostgreSQL.
 *
 * `npm run bench -- --suite convention` runs instead the 10,000-person convention: roster freeze and
 * HTTP check-in throughput on a loopback port (bench/convention-checkin.ts); `--suite all` runs both.
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import pg from 'pg';
import { createAppContext, type AppContext } from '../src/app/context.js';
import { createOrg } from '../src/app/create-org.js';
import { importMembers } from '../src/app/import-members.js';
import { importUnits } from '../src/app/import-units.js';
import { transferMember } from '../src/app/transfer-member.js';
import { getUnitCounts } from '../src/app/unit-queries.js';
import { nameSearchKey } from '../src/core/name-search.js';
import { templateRulebook } from '../src/core/rulebook/templates.js';
import { subtreeRange } from '../src/core/unit-path.js';
import { migrateToLatest, openDatabase, type Database, type DialectName, type OpenOptions } from '../src/store/database.js';
import { withBulkSession, type MemberTuple } from '../src/store/bulk-session.js';
import { benchAuditVerify } from './audit-verify.js';
import { benchConventionCheckIn } from './convention-checkin.js';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from '../test/postgres-cluster.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench [-- options]

  --suite registry|convention|all   registry (default): import, counts, transfers, audit verify;
                                    convention: a 10,000-person convention's roster and HTTP check-in
  --dialect sqlite|postgres|both    engines to measure (default both; PostgreSQL is a throwaway
                                    cluster from the system's binaries, or DATABASE_URL if postgres://)
  --members N                       organization size (default 1000000, ~20 per cell)
  --samples N                       count queries timed per unit (default 2000)
  --transfers N                     transfers timed per series (default 1000)
  --warm-up N                       untimed calls before each timed series (default 3000)
  --audit-events N                  audit events to verify (default 1000000; 0 skips)

Figures and how to read them: docs/performance.md.`);
  process.exit(0);
}
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const MEMBERS = Number(arg('members', '1000000'));
const DIALECTS: DialectName[] = arg('dialect', 'both') === 'both' ? ['sqlite', 'postgres'] : [arg('dialect', 'sqlite') as DialectName];
const SAMPLES = Number(arg('samples', '2000'));
const TRANSFERS = Number(arg('transfers', '1000'));
// Untimed calls before each series. V8 settles on the optimized code of a path after a few thousand
// calls (TurboFan compilations per 1,000 transfers: ~90, ~30, ~9, then 2–4; a count's first 2,000
// calls after 1,000 warm-up calls still saw ~100), and each compilation takes 2–40 ms of one of
// the 2 cores: compiling is warming up, not what a running server does.
const WARM_UP = Number(arg('warm-up', '3000'));
const ORG = 'bench';
const AUDIT_EVENTS = Number(arg('audit-events', '1000000'));
const SUITE = arg('suite', 'registry');

interface Shape {
  unitsCsv: string;
  cells: string[];
  provinces: string[];
  membersFile: string;
  /** Member row i (0-based) of the file, made on demand: a million of them held would weigh on every later figure (the heap every garbage collection walks). */
  row: (i: number) => string[];
  rowCount: number;
}

/** A party-shaped tree sized so cells average 20 members: central → provinces → counties → primaries → sections → cells. */
function generate(dir: string): Shape {
  const cellCount = Math.max(1, Math.round(MEMBERS / 20));
  const provinces = Math.min(12, Math.max(1, Math.round(cellCount / 4000)));
  const countiesPer = 10;
  const primariesPer = 10;
  const sectionsPer = 4;
  const cellsPerSection = Math.max(1, Math.ceil(cellCount / (provinces * countiesPer * primariesPer * sectionsPer)));
  const lines = ['code,name,kind,parent_code', 'CC,Central Committee,central_committee,'];
  const cells: string[] = [];
  const provs: string[] = [];
  for (let p = 0; p < provinces; p++) {
    const pc = `P${p}`;
    provs.push(pc);
    lines.push(`${pc},Province ${p},provincial_committee,CC`);
    for (let c = 0; c < countiesPer; c++) {
      const cc = `${pc}-C${c}`;
      lines.push(`${cc},County ${cc},county_committee,${pc}`);
      for (let q = 0; q < primariesPer; q++) {
        const qc = `${cc}-P${q}`;
        lines.push(`${qc},Primary ${qc},primary_committee,${cc}`);
        for (let s = 0; s < sectionsPer; s++) {
          const sc = `${qc}-S${s}`;
          lines.push(`${sc},Section ${sc},sectional_committee,${qc}`);
          for (let k = 0; k < cellsPerSection && cells.length < cellCount; k++) {
            const code = `${sc}-${k}`;
            lines.push(`${code},Cell ${code},cell,${sc}`);
            cells.push(code);
          }
        }
      }
    }
  }
  const family = ['김', '이', '박', '최', '정', 'Kim', 'Lee', 'Park'];
  const row = (i: number): string[] => [`M${String(i + 1).padStart(8, '0')}`, family[i % family.length] as string, `Given ${i % 997}`, `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`, cells[i % cells.length] as string, 'full_member', '2020-01-01', '', ''];
  const out: string[] = ['member_no,family_name,given_name,birth_date,unit_code,status,joined_on,phone,email'];
  for (let i = 0; i < MEMBERS; i++) out.push(row(i).join(','));
  const membersFile = join(dir, 'members.csv');
  writeFileSync(membersFile, `${out.join('\n')}\n`);
  return { unitsCsv: `${lines.join('\n')}\n`, cells, provinces: provs, membersFile, row, rowCount: MEMBERS };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeEach(n: number, fn: (i: number) => Promise<unknown>, warmUp = WARM_UP): Promise<{ p50: number; p99: number; slowInGc: string }> {
  // A full collection first (`npm run bench` runs with --expose-gc): the series then runs on the heap
  // a long-running server has, not on the import's hundreds of MiB of garbage, with which each
  // young-generation collection took ~3.5 ms instead of ~1 ms. Before the warm-up, not after it: a
  // forced collection throws away V8's optimized code, and the series then paid for recompiling it
  // (60–110 TurboFan compilations per 1,000 transfers, each 2–40 ms of a core).
  (globalThis as { gc?: () => void }).gc?.();
  // Untimed first calls (WARM_UP): JIT compilation and cold caches are not what a running server
  // sees. With only 100 of them, whichever series ran first had a p99 several times the others'.
  for (let i = 0; i < warmUp; i++) await fn(n + i);
  // Garbage-collection pauses during the series, to tell how much of the tail is the engine's.
  const gcs: { start: number; end: number; kind: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0 });
  });
  observer.observe({ entryTypes: ['gc'] });
  const samples: { start: number; took: number; queued: number }[] = [];
  for (let i = 0; i < n; i++) {
    const q = runQueueWaitMs();
    const t = performance.now();
    await fn(i);
    samples.push({ start: t, took: performance.now() - t, queued: runQueueWaitMs() - q });
  }
  await new Promise((r) => setTimeout(r, 50)); // GC entries are delivered on a later turn of the event loop
  for (const e of observer.takeRecords()) gcs.push({ start: e.startTime, end: e.startTime + e.duration, kind: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0 });
  observer.disconnect();
  const times = samples.map((x) => x.took).sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  const slow = samples.filter((x) => x.took >= p99);
  const gcMs = slow.map((x) => gcs.filter((g) => g.end > x.start && g.start < x.start + x.took).reduce((sum, g) => sum + Math.min(g.end, x.start + x.took) - Math.max(g.start, x.start), 0));
  const slowInGc = `${gcMs.filter((v) => v > 0).length} of the ${slow.length} slowest overlapped a GC pause (${gcMs.reduce((a, b) => a + b, 0).toFixed(1)} ms of ${slow.reduce((a, x) => a + x.took, 0).toFixed(1)} ms; ${gcs.length} GCs in all (${gcs.filter((g) => g.kind === 1).length} minor, ${gcs.filter((g) => g.kind === 2).length} major, avg ${(gcs.reduce((a, g) => a + g.end - g.start, 0) / Math.max(1, gcs.length)).toFixed(1)} ms), heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB; slowest ${slow.sort((a, b) => b.took - a.took).slice(0, 8).map((x) => `${x.took.toFixed(1)}/${x.queued.toFixed(1)}`).join(' ')} (ms taken/ms waiting for a CPU))`;
  return { p50: percentile(times, 50), p99, slowInGc };
}

/** Time this thread has spent runnable but waiting for a CPU (Linux schedstat), in ms; 0 elsewhere. */
function runQueueWaitMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return 0;
  }
}

const ms = (v: number): string => `${v.toFixed(3)} ms`;

async function freshDatabase(dialect: DialectName, dir: string, name: string, admin: string | null, opts: OpenOptions = {}): Promise<Database> {
  if (dialect === 'sqlite') {
    const db = openDatabase(join(dir, `${name}.db`), opts);
    await migrateToLatest(db);
    return db;
  }
  const client = new pg.Client({ connectionString: admin as string });
  await client.connect();
  await client.query(`drop database if exists ${name}`);
  await client.query(`create database ${name}`);
  await client.end();
  const db = openDatabase((admin as string).replace(/\/[^/]*$/, `/${name}`));
  await migrateToLatest(db);
  return db;
}

async function setUpOrg(ctx: AppContext, shape: Shape): Promise<number> {
  await createOrg(ctx, { slug: ORG, rulebook: templateRulebook('party') });
  const t = performance.now();
  const r = await importUnits(ctx, { org: ORG, input: [shape.unitsCsv], source: 'bench' });
  return (r.inserted / (performance.now() - t)) * 1000;
}

/** The engine's fastest plain insert of the same member rows, with nothing else done per row. */
async function rawInsertRate(database: Database, shape: Shape): Promise<number> {
  const ctx = createAppContext(database);
  await setUpOrg(ctx, shape);
  const units = new Map((await database.db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const orgId = (await database.db.selectFrom('orgs').select('id').executeTakeFirstOrThrow()).id;
  const at = new Date().toISOString();
  // Rows are fully prepared before the clock starts: this measures the engine alone.
  const batches: MemberTuple[][] = [];
  for (let i = 0; i < shape.rowCount; i += 5000) {
    const batch: MemberTuple[] = [];
    for (let j = i; j < Math.min(i + 5000, shape.rowCount); j++) {
      const r = shape.row(j);
      batch.push([
        orgId,
        r[0] as string,
        r[1] as string,
        r[2] as string,
        nameSearchKey(r[1] as string, r[2] as string),
        r[3] as string,
        null,
        null,
        'full_member',
        units.get(r[4] as string) ?? null,
        '2020-01-01',
        'imported',
        '2020-01-01',
        1,
        at,
        at,
      ]);
    }
    batches.push(batch);
  }
  const t = performance.now();
  await withBulkSession(database, async (s) => {
    for (const batch of batches) await s.appendMembers(batch);
  });
  return (shape.rowCount / (performance.now() - t)) * 1000;
}

/** A staff account linked to the first member, with a staff grant at the root. */
async function staffUser(database: Database): Promise<AppContext> {
  const db = database.db;
  const at = new Date().toISOString();
  const org = await db.selectFrom('orgs').select('id').where('slug', '=', ORG).executeTakeFirstOrThrow();
  const member = await db.selectFrom('members').select('id').where('org_id', '=', org.id).where('member_no', '=', 'M00000001').executeTakeFirstOrThrow();
  const root = await db.selectFrom('units').select('id').where('org_id', '=', org.id).where('code', '=', 'CC').executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ username: 'bench-staff', password_hash: null, is_admin: 0, org_id: org.id, member_id: member.id, disabled_at: null, version: 1, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('grants').values({ org_id: org.id, user_id: user.id, unit_id: root.id, role: 'staff', start_on: at.slice(0, 10), end_on: null, created_at: at }).execute();
  return createAppContext(database, () => new Date(), { kind: 'user', userId: user.id, username: 'bench-staff' });
}

async function benchDialect(dialect: DialectName, dir: string, shape: Shape, admin: string | null): Promise<void> {
  console.log(`\n== ${dialect} ==`);
  const rawDb = await freshDatabase(dialect, dir, 'bench_raw', admin);
  const raw = await rawInsertRate(rawDb, shape);
  await rawDb.close();

  // Opened as `cellbook serve` opens it (SQLite: WAL checkpoints on a worker thread).
  const database = await freshDatabase(dialect, dir, 'bench_import', admin, { backgroundCheckpoints: true });
  const ctx = createAppContext(database);
  const unitRate = await setUpOrg(ctx, shape);
  console.log(`units import: ${Math.round(unitRate)} units/s (${shape.cells.length} cells)`);
  const t = performance.now();
  const report = await importMembers(ctx, { org: ORG, input: createReadStream(shape.membersFile), source: 'bench' });
  const importRate = (report.inserted / (performance.now() - t)) * 1000;
  console.log(`members import (cellbook import members): ${Math.round(importRate)} rows/s (${report.inserted} rows)`);
  console.log(`raw engine insert of the same rows: ${Math.round(raw)} rows/s`);
  console.log(`import/raw ratio: ${(importRate / raw).toFixed(2)}`);
  // Latencies are measured in steady state: PostgreSQL's autovacuum of the new rows done, not
  // running under the measurement, its ANALYZE included (the import refreshes the statistics of
  // members and units only, not of the million new member events).
  if (database.native.kind === 'postgres') {
    await database.native.pool.query('vacuum analyze');
    // …and the import's WAL checkpointed, so the series do not run under that checkpoint's writes
    // (a superuser right: skipped against a DATABASE_URL without it).
    await database.native.pool.query('checkpoint').catch(() => undefined);
  }
  // Likewise SQLite's: the import's WAL copied into the database file first, so the first series
  // measured does not carry the import's checkpoint (the server's worker would do it within seconds).
  if (database.native.kind === 'sqlite') database.native.handle.pragma('wal_checkpoint(TRUNCATE)');

  const province = shape.provinces[0] as string;
  const cell = shape.cells[Math.floor(shape.cells.length / 2)] as string;
  for (const [label, code] of [['root', 'CC'], ['province', province], ['cell', cell]] as const) {
    const r = await timeEach(SAMPLES, () => getUnitCounts(ctx, ORG, { code }));
    const c = await getUnitCounts(ctx, ORG, { code });
    console.log(`subtree member count ${label} (${c.subtreeMembers} members): p50 ${ms(r.p50)}, p99 ${ms(r.p99)} (${r.slowInGc})`);
  }
  // For comparison: the same province count by a path range scan instead of the counter.
  const prov = await database.db.selectFrom('units').select('path').where('code', '=', province).executeTakeFirstOrThrow();
  const range = subtreeRange(prov.path);
  const scan = await timeEach(
    20,
    () =>
      database.db
        .selectFrom('members')
        .innerJoin('units', 'units.id', 'members.unit_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('units.path', '>=', range.low)
        .where('units.path', '<', range.high)
        .executeTakeFirst(),
    20,
  );
  console.log(`(province count by path range scan instead: p50 ${ms(scan.p50)})`);

  // One transfer at a time through the app layer, first as the local operator (`cellbook member
  // transfer`), then as a signed-in staff member with a grant at the root, as an API request runs it
  // after authentication (their access is loaded in the transaction).
  const staff = await staffUser(database);
  for (const [series, [label, actx]] of ([['local operator', ctx], ['staff user', staff]] as const).entries()) {
    // Each series moves other members: the second must not find the first one's pages warm.
    let seq = series * 500_009;
    const tr = await timeEach(
      TRANSFERS,
      async (i) => {
        seq = (seq * 7919 + 104729 + i) % MEMBERS;
        const to = shape.cells[(seq * 31 + i) % shape.cells.length] as string;
        const memberNo = `M${String(seq + 1).padStart(8, '0')}`;
        await transferMember(actx, { org: ORG, member: { memberNo }, to: { code: to }, reason: 'bench' }).catch((e: unknown) => {
          if (!(e instanceof Error && /already in|your own unit/.test(e.message))) throw e;
        });
      },
    );
    console.log(`member transfer as ${label}: p50 ${ms(tr.p50)}, p99 ${ms(tr.p99)} (${TRANSFERS} transfers; ${tr.slowInGc})`);
  }
  await database.close();
  if (AUDIT_EVENTS > 0) {
    const auditDb = await freshDatabase(dialect, dir, 'bench_audit', admin);
    await benchAuditVerify(auditDb, AUDIT_EVENTS);
    await auditDb.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cellbook-bench-'));
  let cluster: PostgresCluster | undefined;
  try {
    const registry = SUITE === 'registry' || SUITE === 'all';
    const shape = registry ? generate(dir) : undefined;
    if (shape) console.log(`Generated ${MEMBERS} members: ${shape.cells.length} cells, ${shape.unitsCsv.split('\n').length - 2} units in all`);
    for (const dialect of DIALECTS) {
      let admin: string | null = null;
      if (dialect === 'postgres') {
        const env = process.env.DATABASE_URL;
        if (env && /^postgres(ql)?:\/\//.test(env)) admin = env;
        else {
          const bin = findPostgresBin();
          if (!bin) {
            console.log('\n== postgres == skipped: no PostgreSQL binaries and no DATABASE_URL');
            continue;
          }
          cluster = await startPostgresCluster(bin, { durable: true });
          admin = cluster.url;
        }
      }
      if (shape) await benchDialect(dialect, dir, shape, admin);
      if (SUITE === 'convention' || SUITE === 'all') {
        console.log(`\n== ${dialect}: 10,000-person convention ==`);
        const db = await freshDatabase(dialect, dir, 'bench_convention', admin);
        try {
          await benchConventionCheckIn(db);
        } finally {
          await db.close();
        }
      }
    }
  } finally {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
