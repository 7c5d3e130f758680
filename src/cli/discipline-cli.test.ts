import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCliDatabase } from '../test-support/cli-harness.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`cellbook case, transfer and membership steps on ${dialect}`, () => {
    const h = useCliDatabase(dialect, { prefix: 'cellbook-case-cli-' });
    const { cli, json } = h;

    beforeAll(async () => {
      expect((await cli('org', 'create', 'dp', '--template', 'party')).code).toBe(0);
      const units = [
        ['CC', 'central_committee'],
        ['PV', 'provincial_committee', 'CC'],
        ['CO', 'county_committee', 'PV'],
        ['PR', 'primary_committee', 'CO'],
        ['C1', 'cell', 'PR'],
        ['C2', 'cell', 'PR'],
      ];
      for (const [code, kind, parent] of units) {
        expect((await cli('unit', 'create', code as string, '--org', 'dp', '--name', `Unit ${code}`, '--kind', kind as string, ...(parent ? ['--parent', parent] : []))).code).toBe(0);
      }
      for (const no of ['A1', 'A2', 'A3']) expect((await cli('member', 'admit', '--org', 'dp', '--number', no, '--family-name', 'Tester', '--unit', 'C1', '--status', no === 'A3' ? 'applicant' : 'full_member')).code).toBe(0);
    });

    it('documents the commands in --help', async () => {
      const help = await cli('case', '--help');
      expect(help.code).toBe(0);
      for (const c of ['open', 'list', 'show', 'defend', 'hearing', 'decide', 'ratify', 'appeal', 'appeal-decision', 'withdraw', 'finalize', 'report', 'attention', 'sweep']) expect(help.out).toContain(c);
      expect((await cli('transfer', '--help')).out).toMatch(/send[\s\S]*receive[\s\S]*return/);
      expect((await cli('member', '--help')).out).toMatch(/promote[\s\S]*extend-probation[\s\S]*reject/);
    });

    it('runs a case from charges to a final warning, with evidence and a readable timeline', async () => {
      const opened = await json<{ id: number; defenceDueOn: string }>('case', 'open', 'A1', '--org', 'dp', '--unit', 'C1', '--charges', 'Absent from four meetings in a row.');
      const id = String(opened.id);
      const evidence = join(h.dir, 'minutes.txt');
      writeFileSync(evidence, 'Minutes: A1 absent.');
      expect((await cli('case', 'attach', id, evidence, '--org', 'dp', '--type', 'text/plain')).out).toMatch(/Added evidence \d+ to case \d+ \(sha256 [0-9a-f]{64}\)/);
      const exe = join(h.dir, 'tool.exe');
      writeFileSync(exe, 'MZ');
      const refused = await cli('case', 'attach', id, exe, '--org', 'dp', '--type', 'application/x-msdownload');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain("contentType: 'application/x-msdownload' is not allowed");
      expect((await cli('case', 'defend', id, '--org', 'dp', '--text', 'I was ill.')).out).toContain('is now defence_received');
      expect((await cli('case', 'hearing', id, '--org', 'dp', '--on', '2020-01-01')).code).toBe(2);
      const today = new Date().toISOString().slice(0, 10);
      expect((await cli('case', 'hearing', id, '--org', 'dp', '--on', today, '--meeting', 'C1-monthly')).code).toBe(0);
      const noQuorum = await cli('case', 'decide', id, '--org', 'dp', '--penalty', 'warning', '--entitled', '9', '--present', '3', '--for', '3', '--against', '0', '--reason', 'proven');
      expect(noQuorum).toMatchObject({ code: 2 });
      expect(noQuorum.err).toContain('No quorum');
      const decided = await cli('case', 'decide', id, '--org', 'dp', '--penalty', 'warning', '--entitled', '9', '--present', '6', '--for', '5', '--against', '1', '--reason', 'proven');
      expect(decided.out).toMatch(/Adopted by simple majority[\s\S]*is now appeal_window; next: appeal, finalize/);
      const shown = await cli('case', 'show', id, '--org', 'dp');
      expect(shown.out).toMatch(/timeline:\n.*open {2}- → open {2}by system:cli:/);
      expect(shown.out).toContain('evidence');
      const report = await json<{ total: number; byState: Record<string, number> }>('case', 'report', '--org', 'dp');
      expect(report).toMatchObject({ total: 1, byState: { appeal_window: 1 } });
      expect((await cli('case', 'withdraw', id, '--org', 'dp', '--reason', 'late')).code).toBe(3);
      expect((await cli('case', 'show', '99999', '--org', 'dp')).code).toBe(4);
      expect((await cli('case', 'sweep')).out).toBe('Finalized 0 case(s), recorded 0 lifted probation(s).\n');
    });

    it('sends, receives and returns transfers; promotes and rejects', async () => {
      const sent = await json<{ id: number; state: string }>('transfer', 'send', 'A2', '--org', 'dp', '--to', 'C2', '--reason', 'moved house');
      expect(sent.state).toBe('sent');
      expect((await cli('transfer', 'return', String(sent.id), '--org', 'dp')).code).toBe(2);
      expect((await cli('transfer', 'receive', String(sent.id), '--org', 'dp')).out).toBe(`Transfer ${sent.id} received.\n`);
      expect((await cli('transfer', 'list', '--org', 'dp', '--state', 'received')).out).toMatch(/C1\s+C2\s+received/);
      expect((await cli('member', 'promote', 'A3', '--org', 'dp', '--reason', 'interviewed', '--meeting', 'C1-monthly')).out).toBe('Member A3 is now candidate.\n');
      expect((await cli('member', 'extend-probation', 'A3', '--org', 'dp', '--reason', 'needs study', '--months', '3')).out).toBe('Member A3 is now candidate.\n');
      expect((await cli('member', 'extend-probation', 'A3', '--org', 'dp', '--reason', 'again')).code).toBe(2);
      expect((await cli('member', 'reject', 'A3', '--org', 'dp', '--reason', 'withdrew interest')).out).toBe('Member A3 is now rejected.\n');
    });
  });
}
