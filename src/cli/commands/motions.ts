import type { Command } from 'commander';
import { acknowledgeDecision } from '../../app/acknowledge-decision.js';
import { approveProceedings } from '../../app/approve-proceedings.js';
import { assembleProceedings } from '../../app/assemble-proceedings.js';
import { castVote } from '../../app/cast-vote.js';
import { closeVote } from '../../app/close-vote.js';
import { dispatchReport, getMotion, getProceedings } from '../../app/convention-queries.js';
import { decideAmendment } from '../../app/decide-amendment.js';
import { draftMotion } from '../../app/draft-motion.js';
import { enterPaperBallotTotals } from '../../app/enter-paper-ballot-totals.js';
import { ballotChoices, motionKinds, type MotionView } from '../../app/motion-views.js';
import { openVote } from '../../app/open-vote.js';
import { proposeAmendment } from '../../app/propose-amendment.js';
import { publishText } from '../../app/publish-text.js';
import { sendDownDecision } from '../../app/send-down-decision.js';
import { withdrawMotion } from '../../app/withdraw-motion.js';
import { AppError } from '../../core/errors.js';
import { printTable } from '../output.js';
import type { CliRuntime } from '../runtime.js';
import { count, printer, textOf, whole, type OrgOpts } from './meeting-args.js';

const choiceOf = (v: string): (typeof ballotChoices)[number] => {
  const c = ballotChoices.find((x) => x === v);
  if (!c) throw new AppError('validation_failed', 'Unknown choice', { problems: [{ path: 'choice', message: ballotChoices.join(', ') }] });
  return c;
};

/** One line per motion state a secretary needs at the desk. */
function describeMotion(m: MotionView): string {
  const lines = [`motion ${m.id}: ${m.kind} "${m.title}" — ${m.status}${m.publicId ? ` (No. ${m.publicId})` : ''}`];
  if (m.ballot) lines.push(`ballot: ${m.ballot}${m.ballotMedium === 'paper' ? ' on paper' : ''}, ${m.ballotsCast} cast`);
  if (m.paperTotals) lines.push(`tellers' totals: ${m.paperTotals.for} for, ${m.paperTotals.against} against, ${m.paperTotals.abstain} abstaining, ${m.paperTotals.spoilt} spoilt`);
  for (const a of m.amendments) lines.push(`amendment ${a.id} (${a.status}): ${a.text.slice(0, 80)}`);
  if (m.result) lines.push(`result: ${m.result.explanation}`, `basis: ${m.result.count.entitled} entitled, ${m.result.count.present} present; quorum ${m.result.rule.quorum}, majority ${m.result.rule.majority}`);
  if (m.withdrawal) lines.push(`withdrawn ${m.withdrawal.at}: ${m.withdrawal.reason}`);
  return `${lines.join('\n')}\n`;
}

export function registerMotionCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = printer(io);
  const current = async (ctx: Parameters<typeof getMotion>[0], org: string, id: string): Promise<MotionView> => getMotion(ctx, org, whole(id, 'id'));

  const motion = program.command('motion').description('motions and statements at conventions: draft, amend, vote, result, withdraw, publish, send down (named by id)');
  motion
    .command('draft <conventionId>')
    .description('table a motion or statement in draft')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--title <text>', 'title')
    .option('--text <text>', 'the text')
    .option('--text-file <file>', 'the text from a file')
    .option('--kind <kind>', motionKinds.join(', '), 'motion')
    .option('--session <id>', 'the session it is put to (its check-ins count as present)')
    .option('--mover <no>', 'member number of the mover (default: you)')
    .option('--json', 'print the result as JSON')
    .action(async (conventionId: string, o: OrgOpts & { title: string; text?: string; textFile?: string; kind: string; session?: string; mover?: string }) => {
      const text = textOf(o);
      await rt.withSession(o, async ({ ctx }) => {
        const m = await draftMotion(ctx, {
          org: o.org,
          conventionId: whole(conventionId, 'conventionId'),
          sessionId: o.session === undefined ? undefined : whole(o.session, 'session'),
          kind: o.kind as (typeof motionKinds)[number],
          title: o.title,
          text,
          mover: o.mover === undefined ? undefined : { memberNo: o.mover },
        });
        print(o, m, `Drafted motion ${m.id}: "${m.title}".`);
      });
    });
  motion
    .command('amend <id>')
    .description('propose an amendment: the full amended text')
    .requiredOption('--org <slug>', 'organization')
    .option('--text <text>', 'the amended text')
    .option('--text-file <file>', 'the amended text from a file')
    .option('--rationale <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { text?: string; textFile?: string; rationale?: string }) => {
      const text = textOf(o);
      await rt.withSession(o, async ({ ctx }) => {
        const m = await proposeAmendment(ctx, { org: o.org, motionId: whole(id, 'id'), text, rationale: o.rationale });
        print(o, m, `Proposed amendment ${m.amendments.at(-1)?.id ?? ''} to motion ${m.id}.`);
      });
    });
  motion
    .command('decide-amendment <id> <amendmentId>')
    .description('accept (the text becomes the motion’s) or reject an amendment')
    .requiredOption('--org <slug>', 'organization')
    .option('--accept', 'accept it')
    .option('--reject', 'reject it')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, amendmentId: string, o: OrgOpts & { accept?: boolean; reject?: boolean }) => {
      if (Boolean(o.accept) === Boolean(o.reject)) throw new AppError('validation_failed', 'Accept or reject', { problems: [{ path: 'accept', message: 'one of --accept or --reject' }] });
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await decideAmendment(ctx, { org: o.org, motionId: before.id, amendmentId: whole(amendmentId, 'amendmentId'), accept: Boolean(o.accept), version: before.version });
        print(o, m, `Amendment ${amendmentId} ${o.accept ? 'accepted' : 'rejected'}.`);
      });
    });
  motion
    .command('open-vote <id>')
    .description('put the motion to the vote; the rulebook’s convention rule will decide it')
    .requiredOption('--org <slug>', 'organization')
    .option('--ballot <kind>', 'open or secret', 'open')
    .option('--paper', 'a secret ballot on paper: tellers enter the totals with `motion paper-totals`')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { ballot: string; paper?: boolean }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await openVote(ctx, { org: o.org, motionId: before.id, ballot: o.ballot as 'open' | 'secret', medium: o.paper ? 'paper' : undefined, version: before.version });
        print(o, m, `Motion ${m.id} is open for a${m.ballot === 'open' ? 'n open' : ' secret'} vote${m.ballotMedium === 'paper' ? ' on paper' : ''}.`);
      });
    });
  motion
    .command('vote <id>')
    .description('record a named person’s open vote (show of hands, roll call)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--roster <id>', 'their roster entry (from `convention roster --query`)')
    .requiredOption('--choice <choice>', ballotChoices.join(', '))
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { roster: string; choice: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await castVote(ctx, { org: o.org, motionId: whole(id, 'id'), rosterId: whole(o.roster, 'roster'), choice: choiceOf(o.choice) });
        print(o, r, `Recorded: roster entry ${o.roster} votes ${o.choice} on motion ${r.motionId}.`);
      });
    });
  motion
    .command('paper-totals <id>')
    .description('tellers enter the counted totals of a paper secret ballot (never per person)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--for <n>', 'papers for')
    .requiredOption('--against <n>', 'papers against')
    .requiredOption('--abstain <n>', 'papers abstaining')
    .option('--spoilt <n>', 'papers that could not be counted', '0')
    .option('--correct', 'replace totals already entered')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { for: string; against: string; abstain: string; spoilt: string; correct?: boolean }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await enterPaperBallotTotals(ctx, { org: o.org, motionId: before.id, for: count(o.for, 'for'), against: count(o.against, 'against'), abstain: count(o.abstain, 'abstain'), spoilt: count(o.spoilt, 'spoilt'), version: o.correct ? before.paperTotals?.version : undefined });
        print(o, m, `Entered the totals of motion ${m.id}: ${o.for} for, ${o.against} against, ${o.abstain} abstaining, ${o.spoilt} spoilt.`);
      });
    });
  motion
    .command('close-vote <id>')
    .description('close the vote and decide it by quorum and majority; the basis is kept')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await closeVote(ctx, { org: o.org, motionId: before.id, version: before.version });
        print(o, m, describeMotion(m));
      });
    });
  motion
    .command('show <id>')
    .description('a motion with its amendments, ballot, result and the basis it was decided on')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await current(ctx, o.org, id);
        print(o, m, describeMotion(m));
      });
    });
  motion
    .command('withdraw <id>')
    .description('withdraw a motion before its vote closes (its mover or the chair)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why; kept with the motion')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await withdrawMotion(ctx, { org: o.org, motionId: before.id, reason: o.reason, version: before.version });
        print(o, m, `Withdrew motion ${m.id}.`);
      });
    });
  motion
    .command('publish <id>')
    .description('publish an adopted text in the public bulletin under a citable id')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const before = await current(ctx, o.org, id);
        const m = await publishText(ctx, { org: o.org, motionId: before.id, version: before.version });
        print(o, m, `Published motion ${m.id} as No. ${m.publicId ?? ''}.`);
      });
    });
  motion
    .command('send-down <id>')
    .description('send an adopted text down to the units of the subtree, which acknowledge it')
    .requiredOption('--org <slug>', 'organization')
    .option('--unit-kinds <kind...>', 'only units of these kinds (e.g. cell)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { unitKinds?: string[] }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await sendDownDecision(ctx, { org: o.org, motionId: whole(id, 'id'), unitKinds: o.unitKinds });
        print(o, r, `Sent motion ${r.motionId} down to ${r.sent} unit(s).`);
      });
    });
  motion
    .command('acknowledge <id>')
    .description('a unit acknowledges a decision sent down to it')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the acknowledging unit')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { unit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await acknowledgeDecision(ctx, { org: o.org, motionId: whole(id, 'id'), unit: { code: o.unit } });
        print(o, r, `'${o.unit}' acknowledged motion ${r.motionId} at ${r.acknowledgedAt}.`);
      });
    });
  motion
    .command('unacknowledged <id>')
    .description('which units have not acknowledged a decision sent down')
    .requiredOption('--org <slug>', 'organization')
    .option('--within <code>', 'only this subtree')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { within?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await dispatchReport(ctx, { org: o.org, motionId: whole(id, 'id'), within: o.within ? { code: o.within } : undefined });
        if (o.json) return print(o, r, '');
        io.stdout(`${r.acknowledged} of ${r.sent} unit(s) acknowledged; ${r.sent - r.acknowledged} have not:\n`);
        printTable(io, r.pending.map((p) => ({ unit: p.code, name: p.name, kind: p.kind, sent: p.sentAt.slice(0, 10) })), ['unit', 'name', 'kind', 'sent']);
        if (r.truncated) io.stdout('(list cut; narrow with --within)\n');
      });
    });

  const proceedings = program.command('proceedings').description('records of proceedings of conventions: assemble, approve (immutable and published), show');
  proceedings
    .command('assemble <conventionId>')
    .description('assemble (or reassemble) the draft record from program, addresses, votes and adopted texts')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (conventionId: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const p = await assembleProceedings(ctx, { org: o.org, conventionId: whole(conventionId, 'conventionId') });
        print(o, p, `Assembled the draft proceedings of convention ${p.conventionId} (sha256 ${p.sha256.slice(0, 16)}…).`);
      });
    });
  proceedings
    .command('approve <conventionId>')
    .description('approve the record: immutable from now on, published in the bulletin; the convention closes')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (conventionId: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const id = whole(conventionId, 'conventionId');
        const draft = await getProceedings(ctx, o.org, id);
        const p = await approveProceedings(ctx, { org: o.org, conventionId: id, version: draft.version });
        print(o, p, `Approved the proceedings of convention ${id}; published as No. ${p.publicId ?? ''}.`);
      });
    });
  proceedings
    .command('show <conventionId>')
    .description('the record of proceedings (the whole document with --json)')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (conventionId: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const p = await getProceedings(ctx, o.org, whole(conventionId, 'conventionId'));
        if (o.json) return print(o, p, '');
        const doc = p.document as { title?: { en?: string }; program?: unknown[]; addresses?: unknown[]; motions?: { title: string; status: string }[] };
        io.stdout(`${doc.title?.en ?? ''}: proceedings ${p.status}${p.approvedAt ? ` ${p.approvedAt}` : ''}${p.publicId ? `, No. ${p.publicId}` : ''}\n`);
        io.stdout(`${doc.program?.length ?? 0} session(s), ${doc.addresses?.length ?? 0} address(es), ${doc.motions?.length ?? 0} motion(s); sha256 ${p.sha256}\n`);
        for (const m of doc.motions ?? []) io.stdout(`  ${m.title} — ${m.status}\n`);
      });
    });
}
