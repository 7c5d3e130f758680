import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useCliDatabase } from '../test-support/cli-harness.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`cellbook CLI on ${dialect}`, () => {
    const world = useCliDatabase(dialect);
    const { cli, cliWithInput, file } = world;

    it('shows help with exit codes, and exits 1 on a usage error', async () => {
      const help = await cli('--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain('import');
      expect(help.out).toContain('Exit codes:');
      const unknown = await cli('frobnicate');
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain("unknown command 'frobnicate'");
      const missing = await cli('org', 'create', 'x');
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('--template or --rulebook');
    });

    it('migrates once', async () => {
      expect((await cli('migrate')).out).toMatch(/Applied: 0001-initial|up to date/);
      expect(await cli('migrate', '--json')).toEqual({ code: 0, out: '{"applied":[]}\n', err: '' });
    });

    it('creates organizations from templates and rulebook files; a bad rulebook lists every problem with lines', async () => {
      const made = await cli('org', 'create', 'wp', '--template', 'party', '--name', 'Workers');
      expect(made).toMatchObject({ code: 0 });
      expect(made.out).toContain("Created organization 'wp'");
      expect((await cli('org', 'create', 'wp', '--template', 'party')).code).toBe(3);
      const yaml = file(
        'bad.yaml',
        ['format: cellbook-rulebook/1', 'version: 1', 'name: { en: Club, ko: 클럽 }', 'unitKinds:', '  - key: club', '    name: { en: Club, ko: 클럽 }', '    root: true', '  - key: team', '    name: { en: Team, ko: 팀 }', '    parents: [clubb]', '    holdsMembers: true', '    size: { min: 10, max: 2 }', ''].join('\n'),
      );
      const bad = await cli('org', 'create', 'club', '--rulebook', yaml);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("unitKinds[1].parents[0]");
      expect(bad.err).toContain("unknown unit kind 'clubb'");
      expect(bad.err).toMatch(/line 10/);
      expect(bad.err).toContain('min (10) is greater than max (2)');
      const goodYaml = file('good.yaml', readFileSync(yaml, 'utf8').replace('[clubb]', '[club]').replace('min: 10, max: 2', 'min: 2, max: 10'));
      expect((await cli('org', 'create', 'club', '--rulebook', goodYaml)).code).toBe(0);
      expect((await cli('org', 'create', 'c2', '--rulebook', join(world.dir, 'missing.yaml'))).code).toBe(4);
      const list = JSON.parse((await cli('org', 'list', '--json')).out) as { slug: string }[];
      expect(list.map((o) => o.slug)).toEqual(['club', 'wp']);
      expect((await cli('org', 'show', 'wp')).out).toContain('cell — Cell / 세포');
    });

    it('imports units and members all-or-nothing, reports every bad line, and re-imports idempotently', async () => {
      const units = file('units.csv', 'code,name,kind,parent_code\nCC,Central,central_committee,\nP1,North,provincial_committee,CC\nC1,River,county_committee,P1\nPR1,Mill,primary_committee,C1\nA,Cell A,cell,PR1\nB,Cell B,cell,PR1\n');
      expect(await cli('import', 'units', units, '--org', 'wp')).toMatchObject({ code: 0, out: '6 row(s): 6 new, 0 updated, 0 unchanged.\n' });
      const rows = ['\uFEFFno;surname;given;birth_date;unit_code;status', 'M1;김;민준;1990-01-02;A;full_member', 'M2;이;"서\n연";1992-03-04;A;candidate'];
      for (let i = 3; i <= 7; i++) rows.push(`M${i};Park;P${i};;A;full_member`);
      const members = file('members.csv', `${rows.join('\n')}\n`);
      const map = ['--map', 'no=member_no', '--map', 'surname=family_name', '--map', 'given=given_name'];
      expect((await cli('import', 'members', members, '--org', 'wp', ...map, '--dry-run')).out).toBe('Dry run, nothing written: 7 row(s): 7 new, 0 updated, 0 unchanged.\n');
      expect((await cli('member', 'list', '--org', 'wp', '--json')).out).toContain('"items": []');
      expect((await cli('import', 'members', members, '--org', 'wp', ...map)).out).toBe('7 row(s): 7 new, 0 updated, 0 unchanged.\n');
      expect((await cli('import', 'members', members, '--org', 'wp', ...map)).out).toBe('7 row(s): 0 new, 0 updated, 7 unchanged.\n');
      const bad = file('bad.csv', 'member_no,family_name,given_name,birth_date,unit_code,status\nM1,김,민준,1990-01-02,B,full_member\nN1,Lee,"A\nB",1990-02-30,A,full_member\nN2,Kim,C,,NOPE,member\nN2,Kim,D,,A,full_member,extra\n');
      const before = (await cli('export', 'members', '--org', 'wp')).out;
      const rejected = await cli('import', 'members', bad, '--org', 'wp');
      expect(rejected.code).toBe(2);
      expect(rejected.err).toContain('line 3, column birth_date');
      expect(rejected.err).toContain("line 5, column unit_code: no unit has code 'NOPE'");
      expect(rejected.err).toContain('line 5, column status');
      expect(rejected.err).toContain("line 6, column member_no: 'N2' is also on line 5");
      expect(rejected.err).toContain('line 6, column *: has 7 fields');
      expect((await cli('export', 'members', '--org', 'wp')).out).toBe(before);
      const json = await cli('import', 'members', bad, '--org', 'wp', '--json');
      expect(json.code).toBe(2);
      expect(JSON.parse(json.out).error.code).toBe('import_rejected');
      expect((await cli('import', 'members', join(world.dir, 'nope.csv'), '--org', 'wp')).code).toBe(4);
      expect((await cli('import', 'members', members, '--org', 'wp', '--map', 'oops')).code).toBe(2);
    });

    it('shapes the tree, moves members and reports violations and counters', async () => {
      expect((await cli('unit', 'create', 'D', '--org', 'wp', '--name', 'Cell D', '--kind', 'cell', '--parent', 'PR1')).code).toBe(0);
      const bad = await cli('unit', 'create', 'E', '--org', 'wp', '--name', 'Cell E', '--kind', 'cell', '--parent', 'A');
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('cannot sit under a Cell');
      expect((await cli('unit', 'show', 'NOPE', '--org', 'wp')).code).toBe(4);
      const split = await cli('unit', 'split', 'A', '--org', 'wp', '--members', 'M1,M2', '--name', 'Cell A2', '--new-code', 'A2', '--reason', 'try', '--dry-run');
      expect(split.out).toContain('Dry run');
      expect(split.out).toContain('OUTSIDE the size bounds');
      expect((await cli('member', 'transfer', 'M1', '--org', 'wp', '--to', 'D', '--reason', 'moved')).out).toBe("Transferred M1 to 'D'.\n");
      const show = await cli('member', 'show', 'M1', '--org', 'wp');
      expect(show.out).toContain("in 'D'");
      expect(show.out).toContain('moved');
      const found = await cli('member', 'list', '--org', 'wp', '--query', '민준');
      expect(found.out).toContain('M1');
      expect((await cli('member', 'status', 'M1', 'candidate', '--org', 'wp', '--reason', 'x')).code).toBe(3);
      expect((await cli('member', 'admit', '--org', 'wp', '--family-name', '최', '--given-name', '하늘', '--unit', 'D')).out).toMatch(/^Admitted member P0000001/);
      expect((await cli('office', 'appoint', 'A', '--org', 'wp', '--office', 'secretary', '--member', 'M3')).out).toContain('Appointed M3 as secretary');
      const check = JSON.parse((await cli('check', '--org', 'wp', '--json')).out) as { totals: Record<string, number> };
      expect(check.totals.unit_too_small).toBe(2); // B (0) and D (2)
      expect(check.totals.office_vacant).toBeGreaterThan(0);
      const text = await cli('check', '--org', 'wp');
      expect(text.out).toContain('remedy:');
      expect((await cli('unit', 'merge', 'D', '--org', 'wp', '--into', 'A', '--reason', 'too small')).out).toContain("Merged 'D' into 'A'");
      expect((await cli('unit', 'dissolve', 'B', '--org', 'wp', '--reason', 'empty')).code).toBe(0);
      expect((await cli('unit', 'move', 'PR1', '--org', 'wp', '--to', 'A', '--reason', 'x')).code).toBe(2);
      expect((await cli('unit', 'rename', 'A', '--org', 'wp', '--name', 'Loom', '--reason', 'renamed')).code).toBe(0);
      const units = await cli('unit', 'list', '--org', 'wp', '--parent', 'PR1');
      expect(units.out).toContain('Loom');
      expect(await cli('counters', 'verify', '--org', 'wp')).toMatchObject({ code: 0, out: 'All 7 unit counters match a full recount.\n' });
    });

    it('exports spreadsheet-safe CSV to a file', async () => {
      expect((await cli('member', 'admit', '--org', 'wp', '--family-name', '=cmd|calc', '--given-name', '@SUM(1)', '--unit', 'A', '--status', 'full_member')).code).toBe(0);
      const out = join(world.dir, 'export.csv');
      expect((await cli('export', 'members', '--org', 'wp', '--out', out)).code).toBe(0);
      const records = parse(readFileSync(out), { bom: true, columns: true }) as Record<string, string>[];
      const evil = records.find((r) => r.family_name?.includes('cmd'));
      expect(evil).toMatchObject({ family_name: "'=cmd|calc", given_name: "'@SUM(1)" });
      expect(records.find((r) => r.member_no === 'M2')?.given_name).toBe('서\n연');
      expect((await cli('export', 'units', '--org', 'nope', '--out', join(world.dir, 'none.csv'))).code).toBe(4);
    });

    it('creates, lists, resets, disables and enables accounts', async () => {
      expect((await cli('user', 'list')).out).toContain('No accounts yet');
      const admin = await cliWithInput('a quiet orchard at dusk\n', 'user', 'create', 'Root', '--admin', '--password-stdin');
      expect(admin).toMatchObject({ code: 0, out: "Created administrator 'root'.\n" });
      const weak = await cliWithInput('password1234\n', 'user', 'create', 'weak', '--password-stdin');
      expect(weak.code).toBe(2);
      expect(weak.err).toContain('password: is one of the most common passwords');
      expect(weak.err).not.toContain('password1234');
      const staff = await cli('user', 'create', 'clerk');
      expect(staff.code).toBe(0);
      const setup = /cbr_[A-Za-z0-9_-]{43}/.exec(staff.out)?.[0];
      expect(setup).toBeDefined();
      expect(staff.out).toContain('/api/v1/auth/password-reset');
      expect(staff.out).toContain('valid once');
      expect((await cli('user', 'create', 'CLERK')).code).toBe(3);
      expect((await cli('user', 'create', 'm1', '--org', 'wp', '--member', 'M3')).code).toBe(0);
      expect((await cli('user', 'create', 'm2', '--org', 'wp', '--member', 'NOPE')).code).toBe(4);
      const list = JSON.parse((await cli('user', 'list', '--json')).out) as { username: string; state: string; isAdmin: boolean; memberNo: string | null }[];
      expect(list.map((u) => [u.username, u.state, u.isAdmin, u.memberNo])).toEqual([
        ['clerk', 'no_password', false, null],
        ['m1', 'no_password', false, 'M3'],
        ['root', 'active', true, null],
      ]);
      const reset = JSON.parse((await cli('user', 'reset', 'clerk', '--json')).out) as { token: string; expiresAt: string };
      expect(reset.token).toMatch(/^cbr_/);
      expect(reset.token).not.toBe(setup);
      expect((await cli('user', 'reset', 'nobody')).code).toBe(4);
      expect((await cli('user', 'disable', 'clerk', '--reason', 'left')).out).toBe("Disabled 'clerk'.\n");
      expect((await cli('user', 'disable', 'clerk')).code).toBe(3);
      expect((await cli('user', 'disable', 'root')).err).toContain('last administrator');
      expect((await cli('user', 'enable', 'clerk')).code).toBe(0);
      expect((await cli('user', 'list')).out).toMatch(/root\s+yes\s+active/);
      expect((await cli('audit', 'verify')).out).toContain('system: intact');
    });

    it('grants roles, exports a person\'s data and erases it, and the audit chain stays intact', async () => {
      const granted = await cli('grant', 'add', 'clerk', '--org', 'wp', '--unit', 'PR1', '--role', 'staff', '--reason', 'runs the mill', '--json');
      expect(granted.code).toBe(0);
      const grantId = (JSON.parse(granted.out) as { id: number }).id;
      expect((await cli('grant', 'add', 'clerk', '--org', 'wp', '--unit', 'PR1', '--role', 'officer', '--reason', 'x')).code).toBe(2);
      expect((await cli('grant', 'end', String(grantId), '--org', 'wp', '--reason', 'moved on')).out).toBe(`Grant ${grantId} ended.\n`);
      const out = join(world.dir, 'm1.json');
      expect((await cli('member', 'data', 'M1', '--org', 'wp', '--out', out)).code).toBe(0);
      const data = JSON.parse(readFileSync(out, 'utf8')) as { member: { familyName: string }; auditHistory: { action: string }[] };
      expect(data.member.familyName).toBe('김');
      expect(data.auditHistory.map((e) => e.action)).toContain('member.transfer');
      expect((await cli('member', 'erase', 'M1', '--org', 'wp')).code).toBe(1);
      expect((await cli('member', 'erase', 'M1', '--org', 'wp', '--reason', 'request 2026-17')).out).toMatch(/^Erased the personal data of member M1/);
      expect((await cli('member', 'show', 'M1', '--org', 'wp')).out).toContain('(erased)');
      expect((await cli('member', 'list', '--org', 'wp', '--query', '민준')).out).not.toContain('M1');
      expect((await cli('audit', 'verify', '--org', 'wp')).out).toMatch(/^org:\d+: intact/);
      const head = (await cli('audit', 'head', '--org', 'wp')).out.trim().split(' ')[1] as string;
      expect((await cli('audit', 'verify', '--org', 'wp', '--expect-head', head)).code).toBe(0);
    });
  });
}

describe('the cellbook executable', () => {
  it('prints help from the built bin script (npx cellbook --help)', () => {
    const out = execFileSync(process.execPath, ['bin/cellbook.js', '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: cellbook');
  });
});
