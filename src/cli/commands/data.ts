import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { parseColumnMap } from '../../app/csv-input.js';
import { exportMembers, exportUnits } from '../../app/export-csv.js';
import { importMembers, memberLayout } from '../../app/import-members.js';
import { importUnits, unitLayout } from '../../app/import-units.js';
import { verifyCounters } from '../../app/verify-counters.js';
import { reportViolations } from '../../app/violation-report.js';
import { AppError } from '../../core/errors.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

type OrgOpts = GlobalOptions & { org: string };
const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerDataCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;

  const imp = program.command('import').description('import units or members from CSV (all or nothing; re-import is idempotent)');
  for (const [what, layout, run] of [
    ['units', unitLayout, importUnits],
    ['members', memberLayout, importMembers],
  ] as const) {
    imp
      .command(`${what} <file>`)
      .description(`import ${what}; columns: ${layout.columns.join(', ')}`)
      .requiredOption('--org <slug>', 'organization')
      .option('--map <header=column>', 'read a file header as a column (repeatable); column "-" ignores it', collect, [])
      .option('--dry-run', 'check every row and report, write nothing')
      .option('--json', 'print the result as JSON')
      .action(async (file: string, o: OrgOpts & { map: string[]; dryRun?: boolean }) => {
        const map = parseColumnMap(o.map, layout);
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          throw new AppError('not_found', `Cannot read the file '${file}'`);
        }
        const bar = io.interactive && !o.json ? new cliProgress.SingleBar({ format: `${what} [{bar}] {percentage}% | {rows} rows | {eta_formatted} left`, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
        bar?.start(size, 0, { rows: 0 });
        try {
          await rt.withSession(o, async ({ ctx }) => {
            const report = await run(ctx, {
              org: o.org,
              input: createReadStream(file),
              source: file,
              map,
              dryRun: o.dryRun,
              onProgress: (p) => bar?.update(p.bytes, { rows: p.rows }),
            });
            bar?.stop();
            if (o.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
            else io.stdout(`${report.dryRun ? 'Dry run, nothing written: ' : ''}${report.rows} row(s): ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged.\n`);
          });
        } finally {
          bar?.stop();
        }
      });
  }

  const exp = program.command('export').description('export units or members as CSV (spreadsheet-safe)');
  for (const [what, run] of [
    ['units', exportUnits],
    ['members', exportMembers],
  ] as const) {
    exp
      .command(what)
      .description(`export ${what} in the import columns`)
      .requiredOption('--org <slug>', 'organization')
      .option('--out <file>', 'write to this file (default: standard output)')
      .option('--within <code>', 'only this subtree')
      .option('--no-bom', 'leave out the UTF-8 byte order mark')
      .action(async (o: OrgOpts & { out?: string; within?: string; bom: boolean }) => {
        await rt.withSession(o, async ({ ctx }) => {
          const chunks = run(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined, bom: o.bom });
          if (!o.out) {
            for await (const c of chunks) io.stdout(c);
            return;
          }
          // Fetch the first chunk before creating the file, so a bad --org leaves no empty file.
          const first = await chunks.next();
          const out = createWriteStream(o.out);
          try {
            if (!first.done) out.write(first.value);
            for await (const c of chunks) if (!out.write(c)) await once(out, 'drain');
          } finally {
            out.end();
            await once(out, 'close');
          }
          io.stderr(`Wrote ${o.out}\n`);
        });
      });
  }

  program
    .command('check')
    .description('list rule violations (unit sizes, vacant offices, members without a unit) with remedies')
    .requiredOption('--org <slug>', 'organization')
    .option('--within <code>', 'only this subtree')
    .option('--limit <n>', 'list at most this many per kind (totals count all)', '200')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { within?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await reportViolations(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined, limit: Number(o.limit) });
        if (o.json) {
          io.stdout(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        const total = Object.values(r.totals).reduce((a, b) => a + b, 0);
        io.stdout(`Checked on ${r.checkedOn}: ${total} violation(s) — ${Object.entries(r.totals).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        for (const v of r.violations) io.stdout(`- [${v.type}] ${v.message}\n    remedy: ${v.remedy.description}\n`);
        if (r.truncated) io.stdout('(list cut at --limit; totals count all)\n');
      });
    });

  program
    .command('counters')
    .description('maintained member and unit counters')
    .command('verify')
    .description('recount every unit and compare with the stored counters (exit 3 on a mismatch)')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await verifyCounters(ctx, o.org);
        if (o.json) io.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else io.stdout(r.mismatches.length === 0 ? `All ${r.units} unit counters match a full recount.\n` : `${r.mismatches.length} of ${r.units} units have wrong counters.\n`);
        if (r.mismatches.length > 0) rt.setExit(3);
      });
    });
}
