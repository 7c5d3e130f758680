import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { AppError } from '../core/errors.js';
import { isTemplateName, templateNames, templateRulebook } from '../core/rulebook/templates.js';
import { parseRulebook } from '../core/rulebook/validate-rulebook.js';
import { createAppContext } from '../app/context.js';
import { createOrg } from '../app/create-org.js';
import { getOrg, listOrgs } from '../app/org-queries.js';
import { migrateToLatest, openDatabase } from '../store/database.js';
import { loadConfig } from './config.js';
import { printError, printTable, processIo, type CliIo } from './output.js';
import type { CliRuntime, GlobalOptions } from './runtime.js';
import { registerAccessCommands } from './commands/access.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerCutCommands } from './commands/cut.js';
import { registerDataCommands } from './commands/data.js';
import { registerServe } from './commands/serve.js';
import { registerTreeCommands } from './commands/tree.js';
import { registerUserCommands } from './commands/users.js';
import { registerMemberCommands } from './commands/members.js';
import { registerDisciplineCommands } from './commands/discipline.js';
import { registerMeetingCommands } from './commands/meetings.js';
import { registerMotionCommands } from './commands/motions.js';
import { registerTrainingCommands } from './commands/training.js';
import { registerLessonCommands } from './commands/lessons.js';
import { loadDemo } from '../app/load-demo.js';

export const exitCodesHelp = `
Exit codes:
  0  ok
  1  usage error (unknown command or option) or internal error
  2  invalid input: nothing was written
  3  conflict (already exists, changed by someone else, not allowed from the current state)
  4  not found

Environment:
  DATABASE_URL  postgres://… for PostgreSQL; otherwise a SQLite file (default ./data/cellbook.db)
  PORT, HOST    for \`serve\` (default 3000 on 127.0.0.1)
  TRUST_PROXY   for \`serve\` behind a proxy: its address(es), or true
  PUBLIC_URL    where the server is reached publicly (certificates, QR codes), e.g. https://center.example.org`;

/** Runs the `cellbook` command line and returns the process exit code. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  let jsonErrors = argv.includes('--json');
  const program = new Command('cellbook')
    .description('Cellbook: units, members, offices and rule checks of organizations built from small units.')
    .version('0.1.0')
    .option('--database <url>', 'database URL or SQLite file (overrides DATABASE_URL)')
    .addHelpText('after', exitCodesHelp)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const runtime: CliRuntime = {
    io,
    setExit: (code) => {
      exitCode = code;
    },
    async withSession(opts, work, keepOpen = false) {
      const config = loadConfig(io.env, { database: opts.database ?? program.opts<{ database?: string }>().database });
      // A session kept open is the server: it checkpoints SQLite's WAL off the request path.
      const database = openDatabase(config.databaseUrl, { backgroundCheckpoints: keepOpen });
      try {
        const migrated = await migrateToLatest(database);
        // The local operator: whoever can run the CLI on the server's machine.
        const ctx = createAppContext(database, () => new Date(), { kind: 'system', label: `cli:${userInfo().username}` });
        return await work({ ctx, database, config, migrated });
      } finally {
        if (!keepOpen) await database.close();
      }
    },
  };

  program
    .command('migrate')
    .description('bring the database schema up to date (also done automatically on start)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: GlobalOptions) => {
      await runtime.withSession(opts, async ({ migrated }) => {
        if (opts.json) io.stdout(`${JSON.stringify({ applied: migrated })}\n`);
        else io.stdout(migrated.length === 0 ? 'The schema is up to date.\n' : `Applied: ${migrated.join(', ')}\n`);
      });
    });

  program
    .command('demo')
    .description('load the two demo organizations (fictional people): demo-party and demo-center')
    .option('--json', 'print the result as JSON')
    .action(async (opts: GlobalOptions) => {
      await runtime.withSession(opts, async ({ ctx }) => {
        const slugs = await loadDemo(ctx);
        io.stdout(opts.json ? `${JSON.stringify({ loaded: slugs })}\n` : `Loaded demo organizations: ${slugs.join(', ')}\n`);
      });
    });

  const org = program.command('org').description('organizations');
  org
    .command('create <slug>')
    .description('create an organization from a shipped template or your own rulebook (JSON or YAML)')
    .addOption(new Option('--template <name>', 'shipped rulebook').choices([...templateNames]))
    .option('--rulebook <file>', 'your rulebook file (JSON or YAML)')
    .option('--name <name>', 'display name (default: the rulebook name)')
    .option('--json', 'print the result as JSON')
    .action(async (slug: string, opts: GlobalOptions & { template?: string; rulebook?: string; name?: string }) => {
      if ((opts.template === undefined) === (opts.rulebook === undefined)) {
        throw new AppError('validation_failed', 'Give either --template or --rulebook', { hint: `Templates: ${templateNames.join(', ')}` });
      }
      let rulebook;
      if (opts.template !== undefined && isTemplateName(opts.template)) rulebook = templateRulebook(opts.template);
      else {
        let text: string;
        try {
          text = readFileSync(opts.rulebook as string, 'utf8');
        } catch {
          throw new AppError('not_found', `Cannot read the rulebook file '${opts.rulebook}'`);
        }
        rulebook = parseRulebook(text, opts.rulebook);
      }
      await runtime.withSession(opts, async ({ ctx }) => {
        const created = await createOrg(ctx, { slug, name: opts.name, rulebook });
        io.stdout(opts.json ? `${JSON.stringify(created, null, 2)}\n` : `Created organization '${created.slug}' (${created.name}), rulebook version ${created.rulebookVersion}.\n`);
      });
    });
  org
    .command('list')
    .description('list organizations')
    .option('--json', 'print the result as JSON')
    .action(async (opts: GlobalOptions) => {
      await runtime.withSession(opts, async ({ ctx }) => {
        const orgs = await listOrgs(ctx);
        if (opts.json) io.stdout(`${JSON.stringify(orgs, null, 2)}\n`);
        else if (orgs.length === 0) io.stdout('No organizations yet. Create one with `cellbook org create <slug> --template party`.\n');
        else printTable(io, orgs.map((o) => ({ slug: o.slug, name: o.name, rulebook: o.rulebookVersion, created: o.createdAt.slice(0, 10) })), ['slug', 'name', 'rulebook', 'created']);
      });
    });
  org
    .command('show <slug>')
    .description('show an organization and its rulebook')
    .option('--json', 'print the result as JSON')
    .action(async (slug: string, opts: GlobalOptions) => {
      await runtime.withSession(opts, async ({ ctx }) => {
        const o = await getOrg(ctx, slug);
        if (opts.json) io.stdout(`${JSON.stringify(o, null, 2)}\n`);
        else {
          io.stdout(`${o.name} (${o.slug}), rulebook version ${o.rulebookVersion}\n\nUnit kinds:\n`);
          for (const k of o.rulebook.unitKinds) {
            const where = k.root ? 'top' : `under ${k.parents.join(' | ')}`;
            const size = k.size ? `, ${k.size.min}–${k.size.max} members` : k.holdsMembers ? ', holds members' : '';
            const offices = k.offices.length ? `; offices: ${k.offices.map((x) => `${x.key}${x.required ? '*' : ''}`).join(', ')}` : '';
            io.stdout(`  ${k.key} — ${k.name.en} / ${k.name.ko} (${where}${size})${offices}\n`);
          }
        }
      });
    });

  registerTreeCommands(program, runtime);
  registerMemberCommands(program, runtime);
  registerDisciplineCommands(program, runtime);
  registerMeetingCommands(program, runtime);
  registerMotionCommands(program, runtime);
  registerTrainingCommands(program, runtime);
  registerLessonCommands(program, runtime);
  registerDataCommands(program, runtime);
  registerAuditCommands(program, runtime);
  registerAccessCommands(program, runtime);
  registerUserCommands(program, runtime);
  registerCutCommands(program, runtime);
  registerServe(program, runtime);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 1;
    }
    jsonErrors ||= false;
    return printError(io, e, jsonErrors);
  }
}
