import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { grantRole, revokeGrant } from '../../app/grant-role.js';
import { erasePerson, exportPersonData } from '../../app/person-data.js';
import { AppError } from '../../core/errors.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

type OrgOpts = GlobalOptions & { org: string };

export function registerAccessCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const grant = program.command('grant').description('roles granted at a unit, applying to its subtree');
  grant
    .command('add <username>')
    .description('grant a role (org_admin, staff, auditor) at a unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the unit whose subtree the role covers')
    .requiredOption('--role <role>', 'org_admin, staff or auditor')
    .option('--until <date>', 'first day without the role')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (username: string, o: OrgOpts & { unit: string; role: string; until?: string; reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const g = await grantRole(ctx, { org: o.org, username, unit: { code: o.unit }, role: o.role, endOn: o.until ?? null, reason: o.reason });
        io.stdout(o.json ? `${JSON.stringify(g, null, 2)}\n` : `Granted ${g.role} at '${o.unit}' to ${username} (grant ${g.id}).\n`);
      });
    });
  grant
    .command('end <grantId>')
    .description('end a grant today')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .action(async (grantId: string, o: OrgOpts & { reason: string }) => {
      const id = Number(grantId);
      if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', `'${grantId}' is not a grant id`);
      await rt.withSession(o, async ({ ctx }) => {
        await revokeGrant(ctx, { org: o.org, grantId: id, reason: o.reason });
        io.stdout(`Grant ${id} ended.\n`);
      });
    });

  const member = program.commands.find((c) => c.name() === 'member');
  if (!member) throw new Error('register member commands first');
  member
    .command('data <memberNo>')
    .description('everything held about a person, as JSON (for a data subject request)')
    .requiredOption('--org <slug>', 'organization')
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (memberNo: string, o: OrgOpts & { out?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const text = `${JSON.stringify(await exportPersonData(ctx, o.org, { memberNo }), null, 2)}\n`;
        if (o.out) writeFileSync(o.out, text, { mode: 0o600 });
        else io.stdout(text);
      });
    });
  member
    .command('erase <memberNo>')
    .description('erase a person\'s names, birth date and contacts everywhere (irreversible)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why (e.g. the request reference)')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await erasePerson(ctx, { org: o.org, member: { memberNo }, reason: o.reason });
        io.stdout(o.json ? `${JSON.stringify(r, null, 2)}\n` : `Erased the personal data of member ${r.memberNo} (${r.erasedSnapshots} history snapshot(s)).\n`);
      });
    });
}
