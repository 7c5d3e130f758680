import { addDays } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { seededRandom } from '../core/seeded-random.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { findOrgBySlug } from '../store/org.repository.js';
import { appointOfficer } from './appoint-officer.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { importMembers } from './import-members.js';
import { importUnits } from './import-units.js';
import { loadCenterTraining } from './load-demo-training.js';
import { listMembers } from './member-queries.js';

/**
 * Two demo organizations with fictional people and places, loaded through the same import path
 * users use. Seeded randomness makes every load identical.
 */
export const DEMO_PARTY = 'demo-party';
export const DEMO_CENTER = 'demo-center';

const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍'];
const SYLLABLES = ['민', '서', '지', '현', '수', '영', '준', '하', '은', '우', '진', '예', '도', '윤', '재', '혜', '성', '나', '경', '아', '별', '솔', '빛', '결'];
const PLACES = ['Hanbit', 'Saeul', 'Dalmoe', 'Norae', 'Pureun', 'Gaon', 'Mirae', 'Haneul', 'Sobaek', 'Jindal', 'Onsaem', 'Bitna'];


const csvField = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]): string => rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';

function personName(rand: () => number): [string, string] {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  return [pick(FAMILY), pick(SYLLABLES) + pick(SYLLABLES)];
}

function birthDate(rand: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

async function loadParty(ctx: AppContext): Promise<void> {
  const rand = seededRandom(1991);
  await createOrg(ctx, { slug: DEMO_PARTY, name: 'Demo Workers\' Party (fictional)', rulebook: templateRulebook('party') });
  const units: string[][] = [['code', 'name', 'kind', 'parent_code'], ['CC', 'Central Committee', 'central_committee', '']];
  const cells: string[] = [];
  let place = 0;
  for (let p = 1; p <= 3; p++) {
    const prov = `P${p}`;
    units.push([prov, `${PLACES[place++ % PLACES.length]} Provincial Committee`, 'provincial_committee', 'CC']);
    for (let c = 1; c <= 2; c++) {
      const county = `${prov}-C${c}`;
      units.push([county, `${PLACES[place++ % PLACES.length]} County Committee`, 'county_committee', prov]);
      for (let q = 1; q <= 3; q++) {
        const primary = `${county}-P${q}`;
        units.push([primary, `${PLACES[(place + q) % PLACES.length]} Works Primary Committee No. ${q}`, 'primary_committee', county]);
        const sect = `${primary}-S`;
        const vill = `${primary}-V`;
        units.push([sect, `Sectional Committee ${q}`, 'sectional_committee', primary]);
        units.push([vill, `Village Committee ${q}`, 'village_committee', primary]);
        for (const [parent, count] of [[sect, 5], [vill, 4], [primary, 1]] as const) {
          for (let k = 1; k <= count; k++) {
            const code = `${parent}-${k}`;
            units.push([code, `Cell ${code}`, 'cell', parent]);
            cells.push(code);
          }
        }
      }
    }
  }
  await importUnits(ctx, { org: DEMO_PARTY, input: [csv(units)], source: 'demo' });

  const members: string[][] = [['member_no', 'family_name', 'given_name', 'birth_date', 'unit_code', 'status', 'joined_on', 'phone', 'email']];
  let n = 0;
  cells.forEach((cell, i) => {
    // A few cells are deliberately too small or too large, so the demo has violations to fix.
    const size = i % 47 === 5 ? 3 : i % 53 === 7 ? 34 : 22 + Math.floor(rand() * 9);
    for (let k = 0; k < size; k++) {
      n++;
      const [family, given] = personName(rand);
      const status = rand() < 0.08 ? 'candidate' : 'full_member';
      const joined = birthDate(rand, 1985, 2025);
      members.push([`P${String(n).padStart(7, '0')}`, family, given, birthDate(rand, 1945, 2004), cell, status, joined, '', rand() < 0.3 ? `member${n}@example.org` : '']);
    }
  });
  // Two applicants not yet placed in a cell.
  members.push([`P${String(++n).padStart(7, '0')}`, '문', '하늘', '2001-04-09', '', 'applicant', '2026-10-01', '', '']);
  members.push([`P${String(++n).padStart(7, '0')}`, '배', '서윤', '1999-11-23', '', 'applicant', '2026-10-15', '', '']);
  await importMembers(ctx, { org: DEMO_PARTY, input: [csv(members)], source: 'demo' });

  // Committees get their officers from the members of their subtree.
  const committees = units.slice(1).filter((u) => u[2] !== 'cell');
  const rulebook = templateRulebook('party');
  for (const [code, , kind] of committees) {
    const office = rulebook.unitKinds.find((k) => k.key === kind)?.offices.find((o) => o.required);
    if (!office || !code) continue;
    const pool = await listMembers(ctx, { org: DEMO_PARTY, within: { code }, limit: 3 });
    const holder = pool.items[code.length % pool.items.length];
    if (holder) await appointOfficer(ctx, { org: DEMO_PARTY, unit: { code }, office: office.key, member: { id: holder.id }, startOn: '2025-06-01' });
  }

  // Every cell but a few gets a secretary (the first member on its roll).
  for (const [i, cell] of cells.entries()) {
    if (i % 31 === 3) continue;
    const roll = await listMembers(ctx, { org: DEMO_PARTY, unit: { code: cell }, limit: 1 });
    const first = roll.items[0];
    if (first) await appointOfficer(ctx, { org: DEMO_PARTY, unit: { code: cell }, office: 'secretary', member: { id: first.id }, startOn: '2026-01-01' });
  }
}

async function loadCenter(ctx: AppContext): Promise<void> {
  const rand = seededRandom(2013);
  await createOrg(ctx, { slug: DEMO_CENTER, name: 'Saebom Lifelong Culture Center (fictional)', rulebook: templateRulebook('culture-center') });
  // One program per craft area of the culture-center rulebook (home_fashion, ribbon_art, …), in its order.
  const areas = ['Home Fashion', 'Ribbon Art', 'Wood Art', 'Hanji Paper Craft', 'Quilting', 'Decoupage', 'Flower Art'];
  const units: string[][] = [['code', 'name', 'kind', 'parent_code'], ['SAEBOM', 'Saebom Lifelong Culture Center', 'center', '']];
  const classes: string[] = [];
  areas.forEach((area, i) => {
    const program = `PRG${i + 1}`;
    units.push([program, area, 'program', 'SAEBOM']);
    const count = i === 0 ? 4 : 1 + Math.floor(rand() * 2);
    for (let k = 1; k <= count; k++) {
      const code = `${program}-${k}`;
      const label = i === 0 && k === 3 ? `${area}: private lessons (weekdays)` : i === 0 && k === 4 ? `${area}: private lessons (weekends)` : `${area} class ${k}`;
      units.push([code, label, 'class', program]);
      classes.push(code);
    }
  });
  await importUnits(ctx, { org: DEMO_CENTER, input: [csv(units)], source: 'demo' });
  const members: string[][] = [['member_no', 'family_name', 'given_name', 'birth_date', 'unit_code', 'status', 'joined_on', 'phone', 'email']];
  members.push(['S00001', '한', '소정', '1968-03-14', 'SAEBOM', 'full_member', '2009-03-02', '', 'founder@example.org']);
  members.push(['S00002', '오', '가람', '1979-07-21', 'SAEBOM', 'full_member', '2015-09-01', '', '']);
  let n = 2;
  for (const cls of classes) {
    // About twenty students take private lessons with the founder.
    const size = cls === 'PRG1-3' || cls === 'PRG1-4' ? 10 : 3 + Math.floor(rand() * 8);
    for (let k = 0; k < size; k++) {
      const [family, given] = personName(rand);
      members.push([`S${String(++n).padStart(5, '0')}`, family, given, birthDate(rand, 1950, 2005), cls, 'full_member', birthDate(rand, 2025, 2025), '', '']);
    }
  }
  await importMembers(ctx, { org: DEMO_CENTER, input: [csv(members)], source: 'demo' });
  await appointOfficer(ctx, { org: DEMO_CENTER, unit: { code: 'SAEBOM' }, office: 'director', member: { memberNo: 'S00001' }, startOn: '2009-03-02', endOn: null });
  // The private-lesson units are the founder's; every other class unit runs a class whose opening
  // appoints its instructor (load-demo-training.ts).
  const today = todayOf(ctx);
  for (const cls of ['PRG1-3', 'PRG1-4']) {
    await appointOfficer(ctx, { org: DEMO_CENTER, unit: { code: cls }, office: 'instructor', member: { memberNo: 'S00001' }, startOn: addDays(today, -120) });
  }
  const studentsOf = (cls: string): string[] => members.filter((m) => m[4] === cls).map((m) => m[0] ?? '');
  await loadCenterTraining(
    ctx,
    DEMO_CENTER,
    classes.filter((c) => c !== 'PRG1-3' && c !== 'PRG1-4').map((code) => ({ code, students: studentsOf(code) })),
    { weekday: studentsOf('PRG1-3'), weekend: studentsOf('PRG1-4') },
  );
}

/** Loads the demo organizations; refuses if they already exist. */
export async function loadDemo(ctx: AppContext): Promise<string[]> {
  for (const slug of [DEMO_PARTY, DEMO_CENTER]) {
    if (await findOrgBySlug(readDb(ctx), slug)) throw new AppError('already_exists', `The demo organization '${slug}' already exists`);
  }
  await loadParty(ctx);
  await loadCenter(ctx);
  return [DEMO_PARTY, DEMO_CENTER];
}
