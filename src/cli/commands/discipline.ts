import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { attachCaseEvidence } from '../../app/attach-case-evidence.js';
import { caseReport, getCase, listCases } from '../../app/case-queries.js';
import type { CaseDetail, CaseView } from '../../app/case-views.js';
import { cancelTransfer, receiveTransfer, returnTransfer } from '../../app/decide-transfer.js';
import { decideAppeal } from '../../app/decide-appeal.js';
import { decideCase } from '../../app/decide-case.js';
import { extendProbation } from '../../app/extend-probation.js';
import { finalizeCase } from '../../app/finalize-case.js';
import { lodgeAppeal } from '../../app/lodge-appeal.js';
import { openCase } from '../../app/open-case.js';
import { promoteMember } from '../../app/promote-member.js';
import { ratifyCase } from '../../app/ratify-case.js';
import { rejectMember } from '../../app/reject-member.js';
import { activityKinds, recordMemberActivity, type ActivityKind } from '../../app/record-member-activity.js';
import { scheduleHearing } from '../../app/schedule-hearing.js';
import { sendTransfer } from '../../app/send-transfer.js';
import { submitDefence } from '../../app/submit-defence.js';
import { sweepDiscipline } from '../../app/sweep-discipline.js';
import { listTransfers } from '../../app/transfer-queries.js';
import { unitAttention } from '../../app/unit-attention.js';
import { withdrawCase } from '../../app/withdraw-case.js';
import { AppError } from '../../core/errors.js';
import { printTable } from '../output.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

type OrgOpts = GlobalOptions & { org: string };

const whole = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new AppError('validation_failed', `--${name} must be a whole number`, { problems: [{ path: name, message: `got '${value}'` }] });
  return n;
};
const caseId = (value: string): number => whole('case', value);

export function registerDisciplineCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  };
  const said = (c: CaseView): string => `Case ${c.id} (member ${c.memberNo}, opened by '${c.unitCode}') is now ${c.state}${c.nextActions.length ? `; next: ${c.nextActions.join(', ')}` : ''}.`;
  const step = (o: OrgOpts, c: CaseDetail): void => print(o, c, said(c));

  // --- membership steps, under `cellbook member` ---
  const member = program.commands.find((c) => c.name() === 'member') ?? program.command('member');
  const memberStep = (name: string, description: string, run: typeof promoteMember, withMonths = false): void => {
    const cmd = member
      .command(`${name} <memberNo>`)
      .description(description)
      .requiredOption('--org <slug>', 'organization')
      .requiredOption('--reason <text>', 'why (kept in the history)')
      .option('--meeting <ref>', 'the meeting that decided');
    if (withMonths) cmd.option('--months <n>', 'length of the extension (default: the rulebook\u2019s longest)');
    cmd.option('--json', 'print the result as JSON').action(async (memberNo: string, o: OrgOpts & { reason: string; meeting?: string; months?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await (withMonths ? extendProbation(ctx, { org: o.org, member: { memberNo }, reason: o.reason, meetingRef: o.meeting, months: o.months === undefined ? undefined : whole('months', o.months) }) : run(ctx, { org: o.org, member: { memberNo }, reason: o.reason, meetingRef: o.meeting }));
        print(o, m, `Member ${memberNo} is now ${m.status}.`);
      });
    });
  };
  memberStep('promote', 'applicant → candidate (probation starts), or candidate → full member once probation has ended', promoteMember);
  memberStep('extend-probation', 'extend a candidate\u2019s probation (as often as the rulebook allows; once by default)', promoteMember, true);
  memberStep('reject', 'reject an applicant or candidate; they leave their unit, the record stays', rejectMember);

  member
    .command('activity <memberNo>')
    .description('record dues paid or participation (what the rulebook\u2019s lapse rule measures from)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--kind <kind>', activityKinds.join(', '))
    .option('--on <date>', 'YYYY-MM-DD (default today)')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { kind: string; on?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await recordMemberActivity(ctx, { org: o.org, member: { memberNo }, kind: o.kind as ActivityKind, on: o.on });
        print(o, m, `Recorded ${o.kind} for ${memberNo}.`);
      });
    });

  // --- two-sided transfers ---
  const transfer = program.command('transfer').description('two-sided transfers: the old unit sends, the new unit receives or returns (members named by number, units by code)');
  transfer
    .command('send <memberNo>')
    .description('send a member to another unit; they stay in their unit until received')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--to <code>', 'receiving unit')
    .requiredOption('--reason <text>', 'why')
    .option('--due-on <date>', 'by when the receiving unit should decide (default: the rulebook\u2019s transferDays)')
    .option('--meeting <ref>', 'the meeting that decided')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { to: string; reason: string; dueOn?: string; meeting?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const t = await sendTransfer(ctx, { org: o.org, member: { memberNo }, to: { code: o.to }, reason: o.reason, dueOn: o.dueOn, meetingRef: o.meeting });
        print(o, t, `Transfer ${t.id}: ${memberNo} sent from '${t.fromUnitCode}' to '${t.toUnitCode}', due by ${t.dueOn}.`);
      });
    });
  for (const [verb, run, description] of [
    ['receive', receiveTransfer, 'the receiving unit receives the member'],
    ['return', returnTransfer, 'the receiving unit returns the transfer; the member stays'],
    ['cancel', cancelTransfer, 'the sending unit cancels a transfer not yet decided; the member stays'],
  ] as const) {
    transfer
      .command(`${verb} <transferId>`)
      .description(description)
      .requiredOption('--org <slug>', 'organization')
      .option('--reason <text>', verb === 'receive' ? 'a note' : 'why (required)')
      .option('--meeting <ref>', 'the meeting that decided')
      .option('--json', 'print the result as JSON')
      .action(async (id: string, o: OrgOpts & { reason?: string; meeting?: string }) => {
        await rt.withSession(o, async ({ ctx }) => {
          const t = await run(ctx, { org: o.org, transferId: whole('transfer', id), reason: o.reason, meetingRef: o.meeting });
          print(o, t, `Transfer ${t.id} ${t.state}.`);
        });
      });
  }
  transfer
    .command('list')
    .description('transfers from or to units')
    .requiredOption('--org <slug>', 'organization')
    .option('--within <code>', 'only from or to this subtree')
    .option('--state <state>', 'sent, received, returned or cancelled')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { within?: string; state?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listTransfers(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined, state: o.state, limit: 500 });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((t) => ({ id: t.id, from: t.fromUnitCode, to: t.toUnitCode, state: t.state, due: t.dueOn, overdue: t.overdue ? 'yes' : '' })), ['id', 'from', 'to', 'state', 'due', 'overdue']);
      });
    });

  // --- disciplinary cases ---
  const kase = program.command('case').description('disciplinary cases with due process (cases are named by number; confidential)');
  const caseCommand = (usage: string, description: string) => kase.command(usage).description(description).requiredOption('--org <slug>', 'organization');

  caseCommand('open <memberNo>', 'open a case: the charges; the member is notified and may answer until the defence deadline')
    .requiredOption('--unit <code>', 'the opening unit: the member\u2019s unit or a committee above it')
    .requiredOption('--charges <text>', 'the charges')
    .option('--incident-on <date>', 'when it happened (YYYY-MM-DD)')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { unit: string; charges: string; incidentOn?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const c = await openCase(ctx, { org: o.org, member: { memberNo }, unit: { code: o.unit }, charges: o.charges, incidentOn: o.incidentOn });
        print(o, c, `Opened case ${c.id} against ${memberNo}; defence due by ${c.defenceDueOn}.`);
      });
    });
  caseCommand('list', 'cases, optionally of a subtree, a member or a state')
    .option('--within <code>', 'only cases opened in this subtree')
    .option('--member <memberNo>', 'only cases about this member')
    .option('--state <state>', 'only this state')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { within?: string; member?: string; state?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listCases(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined, member: o.member ? { memberNo: o.member } : undefined, state: o.state, limit: 500 });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((c) => ({ id: c.id, member: c.memberNo, unit: c.unitCode, state: c.state, penalty: c.finalPenalty ?? c.penalty, opened: c.openedOn })), ['id', 'member', 'unit', 'state', 'penalty', 'opened']);
      });
    });
  caseCommand('show <caseId>', 'a case with its timeline and evidence')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const c = await getCase(ctx, o.org, caseId(id));
        if (o.json) return print(o, c, '');
        io.stdout(`${said(c)}\ncharges: ${c.charges}\n`);
        if (c.sanction) io.stdout(`probation until ${c.sanction.endsOn} (${c.sanction.inForce ? 'in force' : 'lifted'})\n`);
        io.stdout('timeline:\n');
        for (const s of c.timeline) io.stdout(`  ${s.at.slice(0, 16).replace('T', ' ')}  ${s.action}  ${s.from ?? '-'} → ${s.to}  by ${s.actor}${s.meetingRef ? ` at ${s.meetingRef}` : ''}${s.reason ? ` — ${s.reason}` : ''}\n`);
        for (const a of c.attachments) io.stdout(`evidence ${a.id}: ${a.filename} (${a.contentType}, ${a.sizeBytes} bytes, sha256 ${a.sha256})\n`);
      });
    });
  caseCommand('attach <caseId> <file>', 'add an evidence file (types and size limit from the rulebook)')
    .requiredOption('--type <mediaType>', 'e.g. application/pdf')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, file: string, o: OrgOpts & { type: string }) => {
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch {
        throw new AppError('not_found', `Cannot read '${file}'`);
      }
      await rt.withSession(o, async ({ ctx }) => {
        const a = await attachCaseEvidence(ctx, { org: o.org, caseId: caseId(id), filename: basename(file), contentType: o.type, content });
        print(o, a, `Added evidence ${a.id} to case ${id} (sha256 ${a.sha256}).`);
      });
    });
  caseCommand('defend <caseId>', 'record the member\u2019s defence')
    .requiredOption('--text <text>', 'the defence')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { text: string }) => rt.withSession(o, async ({ ctx }) => step(o, await submitDefence(ctx, { org: o.org, caseId: caseId(id), defence: o.text }))));
  caseCommand('hearing <caseId>', 'set or move the hearing')
    .requiredOption('--on <date>', 'YYYY-MM-DD')
    .option('--meeting <ref>', 'the meeting')
    .option('--reason <text>', 'why (required when moving it)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { on: string; meeting?: string; reason?: string }) =>
      rt.withSession(o, async ({ ctx }) => step(o, await scheduleHearing(ctx, { org: o.org, caseId: caseId(id), on: o.on, meetingRef: o.meeting, reason: o.reason }))),
    );
  caseCommand('decide <caseId>', 'record the vote on a penalty (quorum and majority from the rulebook)')
    .requiredOption('--penalty <key>', 'the penalty moved')
    .option('--months <n>', 'length of a probation')
    .requiredOption('--entitled <n>', 'members entitled to vote')
    .requiredOption('--present <n>', 'entitled members present')
    .requiredOption('--for <n>', 'votes for')
    .requiredOption('--against <n>', 'votes against')
    .option('--abstain <n>', 'abstentions', '0')
    .option('--meeting <ref>', 'the meeting')
    .requiredOption('--reason <text>', 'the grounds')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { penalty: string; months?: string; entitled: string; present: string; for: string; against: string; abstain: string; meeting?: string; reason: string }) =>
      rt.withSession(o, async ({ ctx }) => {
        const vote = { entitled: whole('entitled', o.entitled), present: whole('present', o.present), for: whole('for', o.for), against: whole('against', o.against), abstain: whole('abstain', o.abstain) };
        const c = await decideCase(ctx, { org: o.org, caseId: caseId(id), penalty: o.penalty, months: o.months === undefined ? undefined : whole('months', o.months), vote, meetingRef: o.meeting, reason: o.reason });
        print(o, c, `${c.vote?.explanation ?? ''}\n${said(c)}`);
      }),
    );
  caseCommand('ratify <caseId>', 'the ratifying body ratifies (or with --overturn, overturns) the decision')
    .option('--overturn', 'overturn instead of ratifying')
    .requiredOption('--reason <text>', 'why')
    .option('--meeting <ref>', 'the meeting')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { overturn?: boolean; reason: string; meeting?: string }) =>
      rt.withSession(o, async ({ ctx }) => step(o, await ratifyCase(ctx, { org: o.org, caseId: caseId(id), outcome: o.overturn ? 'overturn' : 'ratify', reason: o.reason, meetingRef: o.meeting }))),
    );
  caseCommand('appeal <caseId>', 'the member appeals to the next higher body within the window')
    .requiredOption('--grounds <text>', 'the grounds of appeal')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { grounds: string }) => rt.withSession(o, async ({ ctx }) => step(o, await lodgeAppeal(ctx, { org: o.org, caseId: caseId(id), grounds: o.grounds }))));
  caseCommand('appeal-decision <caseId>', 'the appeal body upholds, reduces or annuls')
    .requiredOption('--outcome <outcome>', 'uphold, reduce or annul')
    .option('--penalty <key>', 'on reduce: the milder penalty')
    .option('--months <n>', 'on reduce to a probation: its length')
    .requiredOption('--reason <text>', 'why')
    .option('--meeting <ref>', 'the meeting')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { outcome: string; penalty?: string; months?: string; reason: string; meeting?: string }) =>
      rt.withSession(o, async ({ ctx }) => {
        if (o.outcome !== 'uphold' && o.outcome !== 'reduce' && o.outcome !== 'annul') throw new AppError('validation_failed', '--outcome must be uphold, reduce or annul');
        step(o, await decideAppeal(ctx, { org: o.org, caseId: caseId(id), outcome: o.outcome, penalty: o.penalty, months: o.months === undefined ? undefined : whole('months', o.months), reason: o.reason, meetingRef: o.meeting }));
      }),
    );
  caseCommand('withdraw <caseId>', 'withdraw the charges before a decision')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { reason: string }) => rt.withSession(o, async ({ ctx }) => step(o, await withdrawCase(ctx, { org: o.org, caseId: caseId(id), reason: o.reason }))));
  caseCommand('finalize <caseId>', 'close the appeal window once it has passed (the server also does this by itself)')
    .option('--reason <text>', 'a note')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { reason?: string }) => rt.withSession(o, async ({ ctx }) => step(o, await finalizeCase(ctx, { org: o.org, caseId: caseId(id), reason: o.reason }))));
  caseCommand('report', 'cases by state and penalty, per unit, time to outcome, overdue steps')
    .option('--within <code>', 'only this subtree')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { within?: string }) =>
      rt.withSession(o, async ({ ctx }) => {
        const r = await caseReport(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined });
        if (o.json) return print(o, r, '');
        io.stdout(`${r.total} case(s) as of ${r.asOf}\nby state: ${Object.entries(r.byState).map(([k, v]) => `${k} ${v}`).join(', ') || '-'}\nfinal penalties: ${Object.entries(r.byPenalty).map(([k, v]) => `${k} ${v}`).join(', ') || '-'}\n`);
        io.stdout(`days to outcome: ${r.daysToOutcome.cases} closed, average ${r.daysToOutcome.average ?? '-'}, median ${r.daysToOutcome.median ?? '-'}, max ${r.daysToOutcome.max ?? '-'}\n`);
        io.stdout(`overdue: ${r.overdue.defence} defence, ${r.overdue.ratification} awaiting ratification, ${r.overdue.appealWindowClosed} closed appeal windows\n`);
        printTable(io, r.byUnit.map((u) => ({ unit: u.unitCode, total: u.total, open: u.open, final: u.final })), ['unit', 'total', 'open', 'final']);
      }),
    );
  caseCommand('attention', 'what needs attention in a unit\u2019s subtree: overdue defences, ratifications, appeal windows, transfers, probations')
    .requiredOption('--unit <code>', 'the unit')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string }) =>
      rt.withSession(o, async ({ ctx }) => {
        const items = await unitAttention(ctx, o.org, { code: o.unit });
        if (o.json) return print(o, { items }, '');
        if (items.length === 0) io.stdout('Nothing needs attention.\n');
        for (const i of items) io.stdout(`${i.dueOn}  ${i.kind}  ${i.message}\n`);
      }),
    );
  kase
    .command('sweep')
    .description('write down what the clock decided: close passed appeal windows (applying the penalty), record lifted probations')
    .option('--json', 'print the result as JSON')
    .action(async (o: GlobalOptions) =>
      rt.withSession(o, async ({ ctx }) => {
        const r = await sweepDiscipline(ctx);
        print(o, r, `Finalized ${r.finalized.length} case(s), recorded ${r.lifted.length} lifted probation(s).`);
      }),
    );
}
