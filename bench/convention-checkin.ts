/**
 * A 10,000-person convention: the roster computed from the tree and frozen (10,000 cell
 * secretaries of a 10,111-unit tree with 50,000 members), then check-in through the real HTTP API
 * on a loopback port — first paced at 100 check-ins/s, then as fast as a few desks can go. Bounded:
 * every badge is checked in once and the run stops.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { addConventionSession } from '../src/app/add-convention-session.js';
import { addConvention } from '../src/app/add-convention.js';
import { actingAs, createAppContext } from '../src/app/context.js';
import { createApiToken } from '../src/app/create-api-token.js';
import { createConventionSeries } from '../src/app/create-convention-series.js';
import { createOrg } from '../src/app/create-org.js';
import { createUser } from '../src/app/create-user.js';
import { freezeRoster } from '../src/app/freeze-roster.js';
import { importMembers } from '../src/app/import-members.js';
import { importUnits } from '../src/app/import-units.js';
import { badgeList } from '../src/app/roster-queries.js';
import { templateRulebook } from '../src/core/rulebook/templates.js';
import { refreshStatistics, type Database } from '../src/store/database.js';
import { buildServer } from '../src/http/server.js';

const CELLS = 10_000;
const PER_CELL = 5;
const PACED_RATE = 100;
const PACED_COUNT = 2_000;
const DESKS = 4;
const ORG = 'conv';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (v: number): string => `${v.toFixed(1)} ms`;
const stats = (times: number[]): string => {
  const s = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(s, 50))}, p99 ${ms(percentile(s, 99))}, max ${ms(s.at(-1) ?? NaN)}`;
};

export async function benchConventionCheckIn(database: Database): Promise<void> {
  const ctx = createAppContext(database);
  await createOrg(ctx, { slug: ORG, rulebook: templateRulebook('party') });
  const units = ['code,name,kind,parent_code', 'CC,Central,central_committee,', 'P0,Province,provincial_committee,CC'];
  const cells: string[] = [];
  for (let c = 0; c < 10; c++) {
    units.push(`C${c},County ${c},county_committee,P0`);
    for (let p = 0; p < 10; p++) {
      units.push(`C${c}P${p},Primary ${c}-${p},primary_committee,C${c}`);
      for (let k = 0; k < CELLS / 100; k++) {
        const code = `C${c}P${p}K${k}`;
        units.push(`${code},Cell ${code},cell,C${c}P${p}`);
        cells.push(code);
      }
    }
  }
  await importUnits(ctx, { org: ORG, input: [`${units.join('\n')}\n`], source: 'bench' });
  const members = ['member_no,family_name,given_name,birth_date,unit_code,status,joined_on,phone,email'];
  cells.forEach((cell, i) => {
    for (let j = 0; j < PER_CELL; j++) members.push(`S${String(i * PER_CELL + j).padStart(7, '0')},Kim,Given ${j},,${cell},full_member,2020-01-01,,`);
  });
  await importMembers(ctx, { org: ORG, input: [`${members.join('\n')}\n`], source: 'bench' });
  // Setup only: the first member of every cell holds its secretary office (appointing 10,000 one by one measures something else).
  const orgId = (await database.db.selectFrom('orgs').select('id').where('slug', '=', ORG).executeTakeFirstOrThrow()).id;
  const firsts = await database.db
    .selectFrom('members')
    .select(['unit_id', (eb) => eb.fn.min<number>('id').as('member_id')])
    .where('org_id', '=', orgId)
    .groupBy('unit_id')
    .execute();
  const at = new Date().toISOString();
  for (let i = 0; i < firsts.length; i += 500) {
    await database.db
      .insertInto('office_terms')
      .values(firsts.slice(i, i + 500).map((f) => ({ org_id: orgId, unit_id: Number(f.unit_id), office: 'secretary', member_id: Number(f.member_id), start_on: '2020-01-01', end_on: null, end_reason: null, version: 1, created_at: at })))
      .execute();
  }
  await refreshStatistics(database, ['office_terms', 'members', 'units']);
  console.log(`tree: ${units.length - 1} units, ${cells.length * PER_CELL} members, ${firsts.length} cell secretaries`);

  const series = await createConventionSeries(ctx, { org: ORG, unit: { code: 'CC' }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } });
  const today = at.slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const c = await addConvention(ctx, { org: ORG, seriesId: series.id, startsOn: inAMonth, endsOn: inAMonth, timeZone: 'Asia/Seoul', plannedParticipants: CELLS });
  const rule = { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] };
  let t = performance.now();
  const preview = await freezeRoster(ctx, { org: ORG, conventionId: c.id, rule, cutoffOn: today, version: c.version, dryRun: true });
  console.log(`roster computed (dry run): ${preview.seats.total} seats in ${ms(performance.now() - t)}`);
  t = performance.now();
  const frozen = await freezeRoster(ctx, { org: ORG, conventionId: c.id, rule, cutoffOn: today, version: c.version });
  console.log(`roster computed and frozen (10,000 badge codes written): ${ms(performance.now() - t)}`);
  const session = await addConventionSession(ctx, { org: ORG, conventionId: c.id, title: 'Opening', start: `${inAMonth}T09:00`, end: `${inAMonth}T12:00` });
  const badges = (await badgeList(ctx, { org: ORG, conventionId: frozen.convention.id, limit: 10_000 })).items.map((b) => b.badgeCode);

  const admin = await createUser(ctx, { username: 'bench-desk', isAdmin: true });
  const token = (await createApiToken(actingAs(ctx, { kind: 'user', userId: admin.user.id, username: 'bench-desk' }), { label: 'bench', scope: 'write', expiresInDays: 1, via: 'session', address: '127.0.0.1' })).token;
  const app = await buildServer(ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/orgs/${ORG}/conventions/${c.id}/check-ins`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let failures = 0;
  const checkInOne = async (badge: string): Promise<number> => {
    const start = performance.now();
    const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ sessionId: session.id, badgeCode: badge }) });
    await r.arrayBuffer();
    if (r.status !== 200) failures++;
    return performance.now() - start;
  };
  try {
    for (const b of badges.slice(0, 50)) await checkInOne(b); // warm-up
    // Paced: one request every 10 ms whether or not the last has answered (open loop), as desks would.
    const paced: Promise<number>[] = [];
    const began = performance.now();
    for (let i = 0; i < PACED_COUNT; i++) {
      const due = began + (i * 1000) / PACED_RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      paced.push(checkInOne(badges[50 + i] as string));
    }
    const pacedTimes = await Promise.all(paced);
    const pacedSeconds = (performance.now() - began) / 1000;
    console.log(`check-in paced at ${PACED_RATE}/s: ${PACED_COUNT} in ${pacedSeconds.toFixed(1)} s (${(PACED_COUNT / pacedSeconds).toFixed(0)}/s sustained), ${stats(pacedTimes)}`);
    // As fast as DESKS desks can go, for every badge left.
    const rest = badges.slice(50 + PACED_COUNT);
    const times: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: DESKS }, async () => {
        for (let i = next++; i < rest.length; i = next++) times.push(await checkInOne(rest[i] as string));
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(`check-in with ${DESKS} desks at full speed: ${rest.length} in ${seconds.toFixed(1)} s = ${(rest.length / seconds).toFixed(0)}/s, ${stats(times)}`);
    const present = await database.db.selectFrom('session_checkins').select((eb) => eb.fn.countAll<number>().as('n')).where('session_id', '=', session.id).executeTakeFirstOrThrow();
    console.log(`checked in: ${Number(present.n)} of ${badges.length}; failed requests: ${failures}`);
  } finally {
    await app.close();
  }
}
