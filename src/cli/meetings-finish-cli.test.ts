import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCliDatabase } from '../test-support/cli-harness.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`a secretary runs meetings and conventions from the terminal on ${dialect}`, () => {
    const h = useCliDatabase(dialect, { prefix: 'cellbook-meetings-finish-' });
    const { ok, json, fails } = h;
    const today = new Date().toISOString().slice(0, 10);

    beforeAll(async () => {
      await ok('org', 'create', 'mf', '--template', 'party');
      for (const [code, kind, parent] of [['CC', 'central_committee', ''], ['P', 'provincial_committee', 'CC'], ['C', 'county_committee', 'P'], ['PR', 'primary_committee', 'C'], ['CELL', 'cell', 'PR']]) {
        await ok('unit', 'create', code as string, '--org', 'mf', '--name', `Unit ${code}`, '--kind', kind as string, ...(parent ? ['--parent', parent] : []));
      }
      await ok('member', 'admit', '--org', 'mf', '--family-name', '김', '--given-name', '민준', '--unit', 'CELL', '--status', 'full_member');
      await ok('member', 'admit', '--org', 'mf', '--family-name', '이', '--given-name', '서연', '--unit', 'CELL', '--status', 'full_member');
      await ok('office', 'appoint', 'CELL', '--org', 'mf', '--office', 'secretary', '--member', 'P0000001');
    });

    it('runs a cell meeting: attendance, a decision, minutes drafted and approved', async () => {
      const m = await json<{ id: number }>('meeting', 'schedule', '--org', 'mf', '--unit', 'CELL', '--title', 'General meeting', '--start', `${today}T00:00`, '--end', `${today}T01:00`, '--tz', 'UTC', '--place', 'Hall');
      const id = String(m.id);
      expect(await ok('meeting', 'attendance', id, '--org', 'mf', '--present', 'P0000001', '--excused', 'P0000002')).toContain(`Meeting ${id}: 1 present, 1 excused, 0 absent of 2.`);
      expect(await fails(4, 'meeting', 'attendance', id, '--org', 'mf', '--absent', 'P9999999')).toContain('P9999999');
      await fails(2, 'meeting', 'attendance', id, '--org', 'mf');
      const decision = await json<{ result: { adopted: boolean; count: { entitled: number; present: number; for: number } } }>('meeting', 'decision', id, '--org', 'mf', '--text', 'Study the statement monthly', '--for', '1', '--against', '0', '--abstain', '0');
      expect(decision.result.count).toMatchObject({ entitled: 2, present: 1, for: 1 });
      expect(await ok('meeting', 'decision', id, '--org', 'mf', '--text', 'Hold a picnic', '--for', '0', '--against', '1', '--abstain', '0')).toMatch(/^Decision \d+: not adopted — /);
      await fails(2, 'meeting', 'decision', id, '--org', 'mf', '--text', 'x', '--for', 'many', '--against', '0', '--abstain', '0');
      await fails(4, 'meeting', 'decision', id, '--org', 'mf', '--text-file', join(h.dir, 'missing.txt'), '--for', '1', '--against', '0', '--abstain', '0');
      const minutes = join(h.dir, 'minutes.txt');
      writeFileSync(minutes, 'The secretary reported. The meeting decided to study the statement.');
      expect(await ok('meeting', 'minutes', id, minutes, '--org', 'mf')).toContain('revision 1, draft');
      expect(await ok('meeting', 'approve-minutes', id, '--org', 'mf')).toContain('they can no longer change');
      expect(await fails(3, 'meeting', 'approve-minutes', id, '--org', 'mf')).toContain('no draft minutes');
      const shown = await ok('meeting', 'show', id, '--org', 'mf');
      expect(shown).toContain('attendance: 1 present, 1 excused, 0 absent of 2');
      expect(shown).toContain('minutes revision 1 (approved');
      expect(shown).toContain('decision: Study the statement monthly');
      await fails(4, 'meeting', 'show', '999', '--org', 'mf');
    });

    it('runs a convention: sessions, addresses, motions through every kind of vote, acknowledgements and proceedings', async () => {
      await ok('convention', 'create-series', '--org', 'mf', '--unit', 'PR', '--name-en', 'Meeting of Cell Secretaries', '--name-ko', '세포비서대회');
      const c = await json<{ id: number }>('convention', 'add', '--org', 'mf', '--series', '1', '--starts-on', '2030-02-01', '--ends-on', '2030-02-02', '--tz', 'Asia/Seoul');
      const cid = String(c.id);
      const rule = join(h.dir, 'rule.json');
      writeFileSync(rule, JSON.stringify({ officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }));
      await ok('convention', 'freeze', cid, rule, '--org', 'mf', '--cutoff', today);
      await ok('convention', 'session', cid, '--org', 'mf', '--title', 'Opening', '--start', '2030-02-01T09:00', '--end', '2030-02-01T10:00');
      await ok('convention', 'session', cid, '--org', 'mf', '--title', 'Excursion', '--start', '2030-02-02T09:00', '--end', '2030-02-02T12:00');
      const sessions = (await json<{ sessions: { id: number }[] }>('convention', 'show', cid, '--org', 'mf')).sessions.map((s) => String(s.id));
      const [opening, excursion] = sessions as [string, string];
      expect(await ok('convention', 'session-change', cid, '--org', 'mf', '--session', opening, '--title', 'Opening plenary', '--start', '2030-02-01T09:30', '--end', '2030-02-01T11:00')).toContain('2030-02-01T09:30–11:00 Opening plenary');
      expect(await fails(2, 'convention', 'session-change', cid, '--org', 'mf', '--session', opening, '--start', '2030-03-01T09:00', '--end', '2030-03-01T10:00')).toContain("convention's days");
      expect(await ok('convention', 'session-cancel', cid, '--org', 'mf', '--session', excursion, '--reason', 'Rain')).toContain('Cancelled session');
      await fails(3, 'convention', 'session-cancel', cid, '--org', 'mf', '--session', excursion, '--reason', 'Rain again');
      await fails(4, 'convention', 'session-cancel', cid, '--org', 'mf', '--session', '999', '--reason', 'None');
      const [entry] = (await json<{ items: { id: number; badgeCode: string }[] }>('convention', 'roster', cid, '--org', 'mf')).items;
      const rosterId = String(entry?.id);
      await ok('convention', 'check-in', cid, '--org', 'mf', '--session', opening, '--roster', rosterId);

      const speech = join(h.dir, 'speech.txt');
      writeFileSync(speech, 'Comrades, we meet again after many years.');
      expect(await ok('convention', 'address', cid, '--org', 'mf', '--kind', 'opening', '--title', 'On the tasks ahead', '--text-file', speech, '--speaker-member', 'P0000001', '--session', opening)).toContain('opening "On the tasks ahead" by 김 민준');
      await ok('convention', 'address', cid, '--org', 'mf', '--kind', 'closing', '--title', 'Closing', '--text', 'Thank you.', '--speaker', 'Guest of honour');
      await fails(2, 'convention', 'address', cid, '--org', 'mf', '--kind', 'opening', '--title', 'No speaker', '--text', 'x');
      await fails(2, 'convention', 'address', cid, '--org', 'mf', '--kind', 'sermon', '--title', 'Bad kind', '--text', 'x', '--speaker', 'A');
      expect(await ok('convention', 'addresses', cid, '--org', 'mf')).toMatch(/opening\s+\S+ \S+\s+김 민준\s+On the tasks ahead\s+7/);
      expect((await json<{ items: unknown[] }>('convention', 'addresses', cid, '--org', 'mf')).items).toHaveLength(2);

      // An open vote, amended first.
      const m1 = String((await json<{ id: number }>('motion', 'draft', cid, '--org', 'mf', '--kind', 'statement', '--title', 'Statement', '--text', 'We shall meet.', '--session', opening)).id);
      const amended = await json<{ amendments: { id: number }[] }>('motion', 'amend', m1, '--org', 'mf', '--text', 'We shall meet monthly.', '--rationale', 'Be precise');
      await fails(3, 'motion', 'open-vote', m1, '--org', 'mf');
      await fails(2, 'motion', 'decide-amendment', m1, String(amended.amendments[0]?.id), '--org', 'mf');
      await ok('motion', 'decide-amendment', m1, String(amended.amendments[0]?.id), '--org', 'mf', '--accept');
      expect(await ok('motion', 'open-vote', m1, '--org', 'mf')).toContain('open for an open vote');
      expect(await ok('motion', 'vote', m1, '--org', 'mf', '--roster', rosterId, '--choice', 'for')).toContain('votes for');
      expect(await fails(3, 'motion', 'vote', m1, '--org', 'mf', '--roster', rosterId, '--choice', 'for')).toContain('already voted');
      await fails(2, 'motion', 'vote', m1, '--org', 'mf', '--roster', rosterId, '--choice', 'maybe');
      const closed = await ok('motion', 'close-vote', m1, '--org', 'mf');
      expect(closed).toContain('— adopted');
      expect(closed).toContain('basis: 1 entitled, 1 present; quorum majority, majority simple');
      const shown = await json<{ text: string; result: { count: { for: number } } }>('motion', 'show', m1, '--org', 'mf');
      expect([shown.text, shown.result.count.for]).toEqual(['We shall meet monthly.', 1]);
      expect(await ok('motion', 'publish', m1, '--org', 'mf')).toMatch(/as No\. \d+-1-1/);

      // Sent down to the cells, which acknowledge.
      expect(await ok('motion', 'send-down', m1, '--org', 'mf', '--unit-kinds', 'cell')).toContain('down to 1 unit(s)');
      expect(await ok('motion', 'unacknowledged', m1, '--org', 'mf')).toMatch(/0 of 1 unit\(s\) acknowledged; 1 have not:[\s\S]*CELL\s+Unit CELL\s+cell/);
      await ok('motion', 'acknowledge', m1, '--org', 'mf', '--unit', 'CELL');
      expect(await json<{ acknowledged: number; pending: unknown[] }>('motion', 'unacknowledged', m1, '--org', 'mf')).toMatchObject({ acknowledged: 1, pending: [] });
      await fails(4, 'motion', 'acknowledge', m1, '--org', 'mf', '--unit', 'NOWHERE');

      // A secret ballot on paper: the tellers' totals, never more than the voters present.
      const m2 = String((await json<{ id: number }>('motion', 'draft', cid, '--org', 'mf', '--title', 'Budget', '--text', 'We adopt the budget.', '--session', opening)).id);
      expect(await ok('motion', 'open-vote', m2, '--org', 'mf', '--ballot', 'secret', '--paper')).toContain('secret vote on paper');
      expect(await fails(2, 'motion', 'paper-totals', m2, '--org', 'mf', '--for', '1', '--against', '1', '--abstain', '0')).toContain('only 1 voters are present');
      await ok('motion', 'paper-totals', m2, '--org', 'mf', '--for', '0', '--against', '1', '--abstain', '0');
      await fails(3, 'motion', 'paper-totals', m2, '--org', 'mf', '--for', '1', '--against', '0', '--abstain', '0');
      await ok('motion', 'paper-totals', m2, '--org', 'mf', '--for', '1', '--against', '0', '--abstain', '0', '--correct');
      expect(await ok('motion', 'close-vote', m2, '--org', 'mf')).toContain("tellers' totals: 1 for, 0 against, 0 abstaining, 0 spoilt");

      // Withdrawn by the chair, with the reason kept.
      const m3 = String((await json<{ id: number }>('motion', 'draft', cid, '--org', 'mf', '--title', 'Picnic', '--text', 'We go.')).id);
      await fails(2, 'motion', 'withdraw', m3, '--org', 'mf', '--reason', ' ');
      expect(await ok('motion', 'withdraw', m3, '--org', 'mf', '--reason', 'Out of order')).toContain(`Withdrew motion ${m3}`);
      expect(await ok('motion', 'show', m3, '--org', 'mf')).toMatch(/withdrawn \S+: Out of order/);
      await fails(3, 'motion', 'withdraw', m1, '--org', 'mf', '--reason', 'Too late');
      await fails(4, 'motion', 'show', '999', '--org', 'mf');

      // The record of proceedings.
      await fails(4, 'proceedings', 'show', cid, '--org', 'mf');
      expect(await ok('proceedings', 'assemble', cid, '--org', 'mf')).toContain('Assembled the draft proceedings');
      expect(await ok('proceedings', 'approve', cid, '--org', 'mf')).toMatch(/published as No\. \d+-1-P/);
      await fails(3, 'proceedings', 'approve', cid, '--org', 'mf');
      await fails(3, 'proceedings', 'assemble', cid, '--org', 'mf');
      const record = await ok('proceedings', 'show', cid, '--org', 'mf');
      expect(record).toMatch(/1st Meeting of Cell Secretaries: proceedings approved .*No\. \d+-1-P/);
      expect(record).toContain('2 session(s), 2 address(es), 3 motion(s)');
      expect(record).toContain('Picnic — withdrawn');
      expect((await json<{ status: string; sha256: string }>('proceedings', 'show', cid, '--org', 'mf')).status).toBe('approved');
    });

    it('has help for the new commands', async () => {
      expect(await ok('motion', '--help')).toMatch(/draft[\s\S]*amend[\s\S]*open-vote[\s\S]*paper-totals[\s\S]*close-vote[\s\S]*withdraw[\s\S]*unacknowledged/);
      expect(await ok('proceedings', '--help')).toMatch(/assemble[\s\S]*approve[\s\S]*show/);
      expect(await ok('meeting', '--help')).toMatch(/attendance[\s\S]*decision/);
      expect(await ok('convention', '--help')).toMatch(/session-change[\s\S]*session-cancel[\s\S]*address/);
    });
  });
}
