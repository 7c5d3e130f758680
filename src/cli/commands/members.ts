import type { Command } from 'commander';
import { admitMember } from '../../app/admit-member.js';
import { changeMemberStatus } from '../../app/change-member-status.js';
import { getMember, listMembers } from '../../app/member-queries.js';
import { transferMember } from '../../app/transfer-member.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';
import { printTable } from '../output.js';

type OrgOpts = GlobalOptions & { org: string };

export function registerMemberCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  };
  const member = program.command('member').description('the member registry (members are named by member number)');

  member
    .command('admit')
    .description('admit a person; the member number is generated when not given')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--family-name <name>', 'family name (any script)')
    .option('--given-name <name>', 'given name', '')
    .option('--number <memberNo>', 'member number')
    .option('--unit <code>', 'unit to place the member in')
    .option('--status <status>', 'applicant, candidate or full_member', 'applicant')
    .option('--birth-date <date>', 'YYYY-MM-DD')
    .option('--joined-on <date>', 'YYYY-MM-DD (default today)')
    .option('--phone <phone>', 'phone')
    .option('--email <email>', 'e-mail')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { familyName: string; givenName: string; number?: string; unit?: string; status: string; birthDate?: string; joinedOn?: string; phone?: string; email?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await admitMember(ctx, {
          org: o.org,
          memberNo: o.number,
          familyName: o.familyName,
          givenName: o.givenName,
          birthDate: o.birthDate ?? null,
          phone: o.phone ?? null,
          email: o.email ?? null,
          unit: o.unit ? { code: o.unit } : null,
          status: o.status,
          joinedOn: o.joinedOn,
        });
        print(o, m, `Admitted member ${m.memberNo} (${m.status})${o.unit ? ` into '${o.unit}'` : ''}.`);
      });
    });

  member
    .command('list')
    .description('list members of a unit or subtree, or search names (any script, either order)')
    .requiredOption('--org <slug>', 'organization')
    .option('--unit <code>', 'members placed directly in this unit')
    .option('--within <code>', 'members anywhere in this subtree')
    .option('--query <name>', 'name search, e.g. "김민준" or "Min-jun Kim"; a member number finds that member')
    .option('--status <status>', 'only this status')
    .option('--unplaced', 'only active members in no unit')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit?: string; within?: string; query?: string; status?: string; unplaced?: boolean; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listMembers(ctx, {
          org: o.org,
          unit: o.unit ? { code: o.unit } : undefined,
          within: o.within ? { code: o.within } : undefined,
          q: o.query,
          status: o.status,
          unplaced: o.unplaced,
          limit: Number(o.limit),
        });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((m) => ({ number: m.memberNo, family: m.familyName, given: m.givenName, status: m.status, since: m.placedOn })), ['number', 'family', 'given', 'status', 'since']);
        if (page.nextCursor) io.stdout('(more: raise --limit or narrow the search)\n');
      });
    });

  member
    .command('show <memberNo>')
    .description('a member with placement, status and office history')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await getMember(ctx, o.org, { memberNo });
        if (o.json) return print(o, m, '');
        io.stdout(`${m.memberNo}: ${m.familyName} ${m.givenName} — ${m.status}${m.unitCode ? ` in '${m.unitCode}'` : ', in no unit'}; joined ${m.joinedOn}\n`);
        io.stdout('placements:\n');
        for (const p of m.placements) io.stdout(`  ${p.startOn} → ${p.endOn ?? 'now'}  ${p.unitCode ?? p.unitId}${p.reason ? ` (${p.reason})` : ''}\n`);
        io.stdout('history:\n');
        for (const e of m.events) io.stdout(`  ${e.occurredOn} ${e.type} ${e.from ?? ''}→${e.to ?? ''}${e.reason ? ` — ${e.reason}` : ''}\n`);
        for (const t of m.offices) io.stdout(`office: ${t.office} of unit ${t.unitId}, ${t.startOn} → ${t.endOn ?? 'open'}\n`);
      });
    });

  member
    .command('transfer <memberNo>')
    .description('transfer a member to another unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--to <code>', 'receiving unit')
    .requiredOption('--reason <text>', 'why')
    .option('--on <date>', 'date of the transfer (default today)')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { to: string; reason: string; on?: string }) => {
      await rt.withSession(o, async ({ ctx }) => print(o, await transferMember(ctx, { org: o.org, member: { memberNo }, to: { code: o.to }, reason: o.reason, on: o.on }), `Transferred ${memberNo} to '${o.to}'.`));
    });

  member
    .command('status <memberNo> <status>')
    .description('change a member\'s status along an allowed transition')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--unit <code>', 'on readmission: the unit to place the person in')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, status: string, o: OrgOpts & { reason: string; unit?: string }) => {
      await rt.withSession(o, async ({ ctx }) =>
        print(o, await changeMemberStatus(ctx, { org: o.org, member: { memberNo }, status, reason: o.reason, unit: o.unit ? { code: o.unit } : undefined }), `Member ${memberNo} is now ${status}.`),
      );
    });
}
