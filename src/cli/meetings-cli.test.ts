import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCliDatabase } from '../test-support/cli-harness.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`cellbook meeting and convention commands on ${dialect}`, () => {
    const h = useCliDatabase(dialect, { prefix: 'cellbook-meetings-cli-' });
    const { cli, ok } = h;

    beforeAll(async () => {
      await ok('org', 'create', 'mp', '--template', 'party');
      for (const [code, kind, parent] of [['CC', 'central_committee', ''], ['P', 'provincial_committee', 'CC'], ['C', 'county_committee', 'P'], ['PR', 'primary_committee', 'C'], ['CELL', 'cell', 'PR']]) {
        await ok('unit', 'create', code as string, '--org', 'mp', '--name', `Unit ${code}`, '--kind', kind as string, ...(parent ? ['--parent', parent] : []));
      }
      await ok('member', 'admit', '--org', 'mp', '--family-name', '김', '--given-name', '민준', '--unit', 'CELL', '--status', 'full_member');
      await ok('office', 'appoint', 'CELL', '--org', 'mp', '--office', 'secretary', '--member', 'P0000001');
    });

    it('has help for every meeting and convention command', async () => {
      expect(await ok('meeting', '--help')).toMatch(/schedule[\s\S]*compliance/);
      expect(await ok('convention', 'freeze', '--help')).toContain('"officeHolders"');
      expect((await cli('meeting', 'schedule', '--org', 'mp')).code).toBe(1);
    });

    it('schedules and lists meetings, and reports missed ones', async () => {
      const scheduled = JSON.parse(await ok('meeting', 'schedule', '--org', 'mp', '--unit', 'CELL', '--title', 'General meeting', '--start', '2030-01-10T19:00', '--end', '2030-01-10T21:00', '--tz', 'Asia/Seoul', '--place', 'Hall', '--agenda', 'Report', 'Study', '--json')) as { id: number; startsAt: string; agenda: string[] };
      expect([scheduled.startsAt, scheduled.agenda]).toEqual(['2030-01-10T10:00:00.000Z', ['Report', 'Study']]);
      expect(await ok('meeting', 'list', '--org', 'mp', '--within', 'PR')).toMatch(/CELL\s+2030-01-10T19:00 Asia\/Seoul\s+General meeting\s+scheduled\s+0\/1/);
      const bad = await cli('meeting', 'schedule', '--org', 'mp', '--unit', 'CELL', '--title', 'x', '--start', '2030-01-10T19:00', '--end', '2030-01-10T18:00', '--tz', 'Nowhere/City', '--place', 'Hall');
      expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('timeZone: an IANA time zone')]);
      const report = JSON.parse(await ok('meeting', 'compliance', '--org', 'mp', '--json')) as { checkedUnits: number };
      expect(report.checkedUnits).toBe(4);
      expect(await ok('meeting', 'cancel', String(scheduled.id), '--org', 'mp', '--reason', 'Snow')).toContain(`Cancelled meeting ${scheduled.id}`);
    });

    it('runs a convention from series to check-in', async () => {
      expect(await ok('convention', 'create-series', '--org', 'mp', '--unit', 'PR', '--name-en', 'Meeting of Cell Secretaries', '--name-ko', '세포비서대회')).toContain('Created series 1');
      await ok('convention', 'add', '--org', 'mp', '--series', '1', '--starts-on', '1991-05-20', '--ends-on', '1991-05-21', '--tz', 'Asia/Seoul', '--past', '--participants', '4000');
      expect(await ok('convention', 'add', '--org', 'mp', '--series', '1', '--starts-on', '2030-02-01', '--ends-on', '2030-02-02', '--tz', 'Asia/Seoul')).toContain('2nd Meeting of Cell Secretaries (제2차 세포비서대회), planned');
      const rule = join(h.dir, 'rule.json');
      writeFileSync(rule, JSON.stringify({ officeHolders: [{ unitKind: 'cell', office: 'secretary' }], guests: [{ name: 'Guest of honour' }] }));
      const today = new Date().toISOString().slice(0, 10);
      expect(await ok('convention', 'freeze', '2', rule, '--org', 'mp', '--cutoff', today)).toContain('1 office holders, 0 delegate seats, 1 guests (2 in all)');
      const badges = JSON.parse(await ok('convention', 'badges', '2', '--org', 'mp', '--json')) as { items: { badgeCode: string; name: string }[] };
      expect(badges.items.map((b) => b.name)).toEqual(['김 민준', 'Guest of honour']);
      expect(await ok('convention', 'session', '2', '--org', 'mp', '--title', 'Opening', '--start', '2030-02-01T09:00', '--end', '2030-02-01T10:00')).toContain('Added session 1');
      expect(await ok('convention', 'check-in', '2', '--org', 'mp', '--session', '1', '--badge', badges.items[0]?.badgeCode ?? '')).toContain('Checked in 김 민준');
      expect(await ok('convention', 'show', '2', '--org', 'mp')).toContain('Opening — 1 present of 2');
      expect(await ok('convention', 'series', '--org', 'mp')).toMatch(/1st Meeting of Cell Secretaries\s+1991-05-20–1991-05-21\s+past\s+4000/);
    });
  });
}
