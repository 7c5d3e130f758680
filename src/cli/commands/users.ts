import type { Command } from 'commander';
import { createUser } from '../../app/create-user.js';
import { disableUser } from '../../app/disable-user.js';
import { enableUser } from '../../app/enable-user.js';
import { issuePasswordReset } from '../../app/issue-password-reset.js';
import { listUsers } from '../../app/user-queries.js';
import { AppError } from '../../core/errors.js';
import type { Config } from '../config.js';
import { printTable, type CliIo } from '../output.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

/** How to use a setup or reset token, printed with it (the token is shown once; only its hash is stored). */
export function passwordSetupHelp(config: Pick<Config, 'host' | 'port'>, username: string, token: string, expiresAt: string): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return [
    `One-time password token for '${username}' (valid once, until ${expiresAt}; shown only now):`,
    `  ${token}`,
    'Set the password with it (12+ characters; a few unrelated words make a good one) in a browser:',
    `  http://${host}:${config.port}/set-password#token=${token}`,
    'or from a script:',
    `  curl -X POST http://${host}:${config.port}/api/v1/auth/password-reset -H 'content-type: application/json' \\`,
    `    -d '{"token":"${token}","password":"<new password>"}'`,
    '(Use your server\'s public address instead if you reach it through a proxy.)',
    '',
  ].join('\n');
}

async function readPassword(io: CliIo): Promise<string> {
  if (!io.readStdin) throw new AppError('validation_failed', '--password-stdin needs standard input');
  // One line: a trailing newline from `echo` or a file is not part of the password.
  const text = (await io.readStdin()).replace(/\r?\n$/, '');
  if (text.includes('\n')) throw new AppError('validation_failed', 'Give the password as one line on standard input');
  return text;
}

export function registerUserCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const user = program.command('user').description('accounts: create, reset a password, disable, list');

  user
    .command('create <username>')
    .description('create an account; prints a one-time password-setup token unless --password-stdin')
    .option('--admin', 'a system administrator (all organizations, account management)')
    .option('--password-stdin', 'read the password from standard input (one line)')
    .option('--org <slug>', 'link the account to a member of this organization (with --member)')
    .option('--member <number>', 'the member number the account belongs to')
    .option('--json', 'print the result as JSON')
    .action(async (username: string, o: GlobalOptions & { admin?: boolean; passwordStdin?: boolean; org?: string; member?: string }) => {
      if ((o.org === undefined) !== (o.member === undefined)) throw new AppError('validation_failed', 'Give --org and --member together');
      const password = o.passwordStdin ? await readPassword(io) : undefined;
      await rt.withSession(o, async ({ ctx, config }) => {
        const member = o.org !== undefined && o.member !== undefined ? { org: o.org, memberNo: o.member } : undefined;
        const { user: created, setup } = await createUser(ctx, { username, isAdmin: o.admin === true, password, member });
        if (o.json) io.stdout(`${JSON.stringify({ user: created, setup }, null, 2)}\n`);
        else {
          io.stdout(`Created ${created.isAdmin ? 'administrator' : 'user'} '${created.username}'.\n`);
          if (setup) io.stdout(passwordSetupHelp(config, created.username, setup.token, setup.expiresAt));
        }
      });
    });

  user
    .command('reset <username>')
    .description('issue a one-time password-reset token (valid once, for 30 minutes)')
    .option('--json', 'print the result as JSON')
    .action(async (username: string, o: GlobalOptions) => {
      await rt.withSession(o, async ({ ctx, config }) => {
        const r = await issuePasswordReset(ctx, username);
        io.stdout(o.json ? `${JSON.stringify(r)}\n` : passwordSetupHelp(config, r.username, r.token, r.expiresAt));
      });
    });

  user
    .command('disable <username>')
    .description('disable an account: refused from its next request; its sessions and API tokens are revoked')
    .option('--reason <text>', 'why (kept in the audit trail)')
    .action(async (username: string, o: GlobalOptions & { reason?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        await disableUser(ctx, { username, reason: o.reason });
        io.stdout(`Disabled '${username}'.\n`);
      });
    });

  user
    .command('enable <username>')
    .description('enable a disabled account again (it logs in anew)')
    .option('--reason <text>', 'why (kept in the audit trail)')
    .action(async (username: string, o: GlobalOptions & { reason?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        await enableUser(ctx, { username, reason: o.reason });
        io.stdout(`Enabled '${username}'.\n`);
      });
    });

  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print the result as JSON')
    .action(async (o: GlobalOptions) => {
      await rt.withSession(o, async ({ ctx }) => {
        const users = await listUsers(ctx);
        if (o.json) io.stdout(`${JSON.stringify(users, null, 2)}\n`);
        else if (users.length === 0) io.stdout('No accounts yet. Create the first administrator with `cellbook user create <name> --admin`.\n');
        else printTable(io, users.map((u) => ({ username: u.username, admin: u.isAdmin ? 'yes' : '', state: u.state, member: u.memberNo ? `${u.orgSlug}/${u.memberNo}` : '', created: u.createdAt.slice(0, 10) })), ['username', 'admin', 'state', 'member', 'created']);
      });
    });
}
