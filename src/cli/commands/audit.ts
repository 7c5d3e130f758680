import type { Command } from 'commander';
import { auditHeads, verifyAudit } from '../../app/audit-queries.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

export function registerAuditCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const audit = program.command('audit').description('the tamper-evident audit trail');
  audit
    .command('verify')
    .description('check every audit chain from its first event; reports the first broken link (exit 3)')
    .option('--org <slug>', 'only this organization\'s chain')
    .option('--expect-head <seq:hash>', 'a head printed earlier by `audit head` and kept outside the system')
    .option('--json', 'print the result as JSON')
    .action(async (o: GlobalOptions & { org?: string; expectHead?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const reports = await verifyAudit(ctx, { org: o.org, expectHead: o.expectHead });
        if (o.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
        else if (reports.length === 0) io.stdout('No audit events yet.\n');
        else for (const r of reports) io.stdout(r.intact ? `${r.chain}: intact, ${r.events} event(s)\n` : `${r.chain}: BROKEN — ${r.problem}\n`);
        if (reports.some((r) => !r.intact)) rt.setExit(3);
      });
    });
  audit
    .command('head')
    .description('print the head of each chain (sequence:hash) to keep outside the system')
    .option('--org <slug>', 'only this organization\'s chain')
    .option('--json', 'print the result as JSON')
    .action(async (o: GlobalOptions & { org?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const heads = await auditHeads(ctx, o.org);
        if (o.json) io.stdout(`${JSON.stringify(heads, null, 2)}\n`);
        else for (const h of heads) io.stdout(`${h.chain} ${h.seq}:${h.hash}\n`);
      });
    });
}
