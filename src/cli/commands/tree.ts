import type { Command } from 'commander';
import { appointOfficer } from '../../app/appoint-officer.js';
import { createUnit } from '../../app/create-unit.js';
import { dissolveUnit } from '../../app/dissolve-unit.js';
import { endOfficeTerm } from '../../app/end-office-term.js';
import { listMembers } from '../../app/member-queries.js';
import { mergeUnits } from '../../app/merge-units.js';
import { moveUnit } from '../../app/move-unit.js';
import { renameUnit } from '../../app/rename-unit.js';
import { splitUnit } from '../../app/split-unit.js';
import { getUnit, getUnitHistory, listUnits } from '../../app/unit-queries.js';
import type { UnitView } from '../../app/views.js';
import { AppError } from '../../core/errors.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';
import { printTable } from '../output.js';

type OrgOpts = GlobalOptions & { org: string };

const unitRow = (u: UnitView) => ({ code: u.code, name: u.name, kind: u.kind, members: u.counts.directMembers, subtree: u.counts.subtreeMembers, units: u.counts.subtreeUnits, status: u.status });

export function registerTreeCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`);
  };
  const unit = program.command('unit').description('shape the unit tree (units are named by code)');

  unit
    .command('create <code>')
    .description('create a unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--name <name>', 'unit name')
    .requiredOption('--kind <kind>', 'unit kind from the rulebook')
    .option('--parent <code>', 'parent unit (omit for a top unit)')
    .option('--reason <text>', 'why (kept in the history)')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts & { name: string; kind: string; parent?: string; reason?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const u = await createUnit(ctx, { org: o.org, code, name: o.name, kind: o.kind, parent: o.parent ? { code: o.parent } : null, reason: o.reason });
        print(o, u, `Created ${u.kind} '${u.code}' (${u.name}).`);
      });
    });

  unit
    .command('list')
    .description('list units: children of --parent, the subtree of --within, or search with --query')
    .requiredOption('--org <slug>', 'organization')
    .option('--parent <code>', 'direct children of this unit')
    .option('--top', 'top units only')
    .option('--within <code>', 'units in this subtree')
    .option('--kind <kind>', 'only this kind')
    .option('--query <text>', 'text in the name or code')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { parent?: string; top?: boolean; within?: string; kind?: string; query?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listUnits(ctx, {
          org: o.org,
          childrenOf: o.top ? null : o.parent ? { code: o.parent } : undefined,
          within: o.within ? { code: o.within } : undefined,
          kind: o.kind,
          q: o.query,
          limit: Number(o.limit),
        });
        if (o.json) print(o, page, '');
        else printTable(io, page.items.map(unitRow), ['code', 'name', 'kind', 'members', 'subtree', 'units', 'status']);
      });
    });

  unit
    .command('show <code>')
    .description('a unit with counts, offices and history')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const u = await getUnit(ctx, o.org, { code });
        const history = await getUnitHistory(ctx, o.org, { code });
        if (o.json) return print(o, { ...u, history }, '');
        io.stdout(`${u.name} (${u.code}) — ${u.kind}, ${u.status}${u.parentCode ? `, under ${u.parentCode}` : ''}\n`);
        io.stdout(`members: ${u.counts.directMembers} direct, ${u.counts.subtreeMembers} in subtree; ${u.counts.subtreeUnits} unit(s) in subtree\n`);
        for (const off of u.offices) io.stdout(`office ${off.office}: ${off.holder ? `member id ${off.holder.memberId} since ${off.holder.startOn}${off.holder.endOn ? ` until ${off.holder.endOn}` : ''}` : off.required ? 'VACANT' : 'vacant'}\n`);
        io.stdout('history:\n');
        for (const h of history) io.stdout(`  ${h.occurredOn} ${h.type}${h.reason ? ` — ${h.reason}` : ''} ${JSON.stringify(h.detail)}\n`);
      });
    });

  unit
    .command('rename <code>')
    .description('rename a unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--name <name>', 'new name')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts & { name: string; reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => print(o, await renameUnit(ctx, { org: o.org, unit: { code }, name: o.name, reason: o.reason }), `Renamed '${code}' to '${o.name}'.`));
    });

  unit
    .command('move <code>')
    .description('move a unit with its whole subtree under another parent')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--to <code>', 'new parent')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts & { to: string; reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => print(o, await moveUnit(ctx, { org: o.org, unit: { code }, newParent: { code: o.to }, reason: o.reason }), `Moved '${code}' under '${o.to}'.`));
    });

  unit
    .command('dissolve <code>')
    .description('dissolve an empty unit (kept with its history)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts & { reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => print(o, await dissolveUnit(ctx, { org: o.org, unit: { code }, reason: o.reason }), `Dissolved '${code}'.`));
    });

  unit
    .command('split <code>')
    .description('split a unit: the listed members go to a new sibling')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--members <numbers>', 'comma-separated member numbers that move')
    .requiredOption('--name <name>', 'name of the new unit')
    .option('--new-code <code>', 'code of the new unit (generated if omitted)')
    .requiredOption('--reason <text>', 'why')
    .option('--dry-run', 'show the result against the size rule without writing')
    .option('--json', 'print the result as JSON')
    .action(async (code: string, o: OrgOpts & { members: string; name: string; newCode?: string; reason: string; dryRun?: boolean }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const numbers = o.members.split(',').map((s) => s.trim()).filter(Boolean);
        const roster = new Map<string, number>();
        for (let cursor: string | undefined, first = true; first || cursor; first = false) {
          const page = await listMembers(ctx, { org: o.org, unit: { code }, cursor, limit: 500 });
          for (const m of page.items) roster.set(m.memberNo, m.id);
          cursor = page.nextCursor ?? undefined;
        }
        const missing = numbers.filter((n) => !roster.has(n));
        if (missing.length > 0) throw new AppError('validation_failed', `Not in '${code}': ${missing.join(', ')}`);
        const r = await splitUnit(ctx, { org: o.org, unit: { code }, memberIds: numbers.map((n) => roster.get(n) as number), newName: o.name, newCode: o.newCode, reason: o.reason, dryRun: o.dryRun });
        const fmt = (s: { size: number; withinBounds: boolean }): string => `${s.size} member(s)${s.withinBounds ? '' : ' — OUTSIDE the size bounds'}`;
        print(o, r, `${r.dryRun ? 'Dry run: would leave' : 'Split done:'} '${code}' with ${fmt(r.sizes.source)}; new unit ${r.created ? `'${r.created.code}' ` : ''}with ${fmt(r.sizes.created)}.`);
      });
    });

  unit
    .command('merge <source>')
    .description('merge unit <source> into --into; <source> is dissolved')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--into <code>', 'the unit that receives the members')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (source: string, o: OrgOpts & { into: string; reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const u = await mergeUnits(ctx, { org: o.org, source: { code: source }, target: { code: o.into }, reason: o.reason });
        print(o, u, `Merged '${source}' into '${u.code}', which now has ${u.counts.directMembers} member(s).`);
      });
    });

  const office = program.command('office').description('offices of units');
  office
    .command('appoint <unit>')
    .description('appoint a member to an office of a unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--office <key>', 'office key from the rulebook (e.g. secretary)')
    .requiredOption('--member <number>', 'member number')
    .option('--from <date>', 'first day of the term (default today)')
    .option('--until <date>', 'first day after the term (default: the rulebook term length)')
    .option('--json', 'print the result as JSON')
    .action(async (unitCode: string, o: OrgOpts & { office: string; member: string; from?: string; until?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const t = await appointOfficer(ctx, { org: o.org, unit: { code: unitCode }, office: o.office, member: { memberNo: o.member }, startOn: o.from, endOn: o.until });
        print(o, t, `Appointed ${o.member} as ${t.office} of '${unitCode}' from ${t.startOn}${t.endOn ? ` until ${t.endOn}` : ''} (term id ${t.id}).`);
      });
    });
  office
    .command('end <termId>')
    .description('end a term of office')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--on <date>', 'first day without the holder (default today)')
    .option('--json', 'print the result as JSON')
    .action(async (termId: string, o: OrgOpts & { reason: string; on?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const id = Number(termId);
        if (!Number.isInteger(id) || id <= 0) throw new AppError('validation_failed', `'${termId}' is not a term id`);
        const t = await endOfficeTerm(ctx, { org: o.org, termId: id, reason: o.reason, endOn: o.on });
        print(o, t, `Term ${t.id} ends on ${t.endOn}.`);
      });
    });
}
