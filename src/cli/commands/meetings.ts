import type { Command } from 'commander';
import { addConventionSession } from '../../app/add-convention-session.js';
import { addConvention } from '../../app/add-convention.js';
import { approveMinutes } from '../../app/approve-minutes.js';
import { cancelMeeting } from '../../app/cancel-meeting.js';
import { checkIn } from '../../app/check-in.js';
import { getConvention, listConventionSeries } from '../../app/convention-queries.js';
import { createConventionSeries } from '../../app/create-convention-series.js';
import { freezeRoster } from '../../app/freeze-roster.js';
import { meetingCompliance } from '../../app/meeting-compliance.js';
import { getMeeting, listMeetings } from '../../app/meeting-queries.js';
import { badgeList, listRoster } from '../../app/roster-queries.js';
import { saveMinutes } from '../../app/save-minutes.js';
import { scheduleMeeting } from '../../app/schedule-meeting.js';
import { cancelConventionSession } from '../../app/cancel-convention-session.js';
import { changeConventionSession } from '../../app/change-convention-session.js';
import { recordAddress, addressKinds } from '../../app/record-address.js';
import { recordAttendance, type AttendanceEntry } from '../../app/record-attendance.js';
import { recordMeetingDecision } from '../../app/record-meeting-decision.js';
import { AppError } from '../../core/errors.js';
import { printTable } from '../output.js';
import type { CliRuntime } from '../runtime.js';
import { count, printer, readJson, readText, textOf, whole, type OrgOpts } from './meeting-args.js';

export function registerMeetingCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = printer(io);

  const meeting = program.command('meeting').description('meetings of units: schedule, attendance, minutes, cadence compliance (meetings are named by id)');
  meeting
    .command('schedule')
    .description('schedule a meeting of a unit; invitees default to its members and office holders')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the unit that meets')
    .requiredOption('--title <text>', 'title')
    .requiredOption('--start <local>', 'local start, YYYY-MM-DDTHH:mm')
    .requiredOption('--end <local>', 'local end, YYYY-MM-DDTHH:mm')
    .requiredOption('--tz <zone>', 'IANA time zone, e.g. Asia/Seoul')
    .requiredOption('--place <text>', 'where')
    .option('--kind <kind>', 'general, committee, lesson or other', 'general')
    .option('--agenda <item...>', 'agenda items')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string; title: string; start: string; end: string; tz: string; place: string; kind: string; agenda?: string[] }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await scheduleMeeting(ctx, { org: o.org, unit: { code: o.unit }, kind: o.kind, title: o.title, start: o.start, end: o.end, timeZone: o.tz, place: o.place, agenda: o.agenda });
        print(o, m, `Scheduled meeting ${m.id} of '${m.unitCode}' on ${m.localStart} (${m.timeZone}), ${m.attendance.invited} invited.`);
      });
    });
  meeting
    .command('list')
    .description('meetings of a unit or a subtree')
    .requiredOption('--org <slug>', 'organization')
    .option('--unit <code>', 'meetings of this unit')
    .option('--within <code>', 'meetings of every unit in this subtree')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit?: string; within?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listMeetings(ctx, { org: o.org, unit: o.unit ? { code: o.unit } : undefined, within: o.within ? { code: o.within } : undefined, limit: Number(o.limit) });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((m) => ({ id: m.id, unit: m.unitCode, when: `${m.localStart} ${m.timeZone}`, title: m.title, status: m.status, present: `${m.attendance.present}/${m.attendance.total}` })), ['id', 'unit', 'when', 'title', 'status', 'present']);
      });
    });
  meeting
    .command('show <id>')
    .description('a meeting with attendance, minutes and decisions')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const m = await getMeeting(ctx, o.org, whole(id, 'id'));
        if (o.json) return print(o, m, '');
        io.stdout(`${m.title} — '${m.unitCode}', ${m.localStart}–${m.localEnd.slice(11)} ${m.timeZone}, ${m.place} (${m.status})\n`);
        m.agenda.forEach((a, i) => io.stdout(`  ${i + 1}. ${a}\n`));
        io.stdout(`attendance: ${m.attendance.present} present, ${m.attendance.excused} excused, ${m.attendance.absent} absent of ${m.attendance.total}\n`);
        for (const x of m.minutes) io.stdout(`minutes revision ${x.revision} (${x.status}${x.approvedAt ? ` ${x.approvedAt}` : ''})\n`);
        for (const d of m.decisions) io.stdout(`decision: ${d.text} — ${d.result.explanation}\n`);
      });
    });
  meeting
    .command('cancel <id>')
    .description('cancel a meeting (it stays on record; calendars show it cancelled)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const current = await getMeeting(ctx, o.org, whole(id, 'id'));
        print(o, await cancelMeeting(ctx, { org: o.org, meetingId: current.id, reason: o.reason, version: current.version }), `Cancelled meeting ${current.id}.`);
      });
    });
  meeting
    .command('minutes <id> <file>')
    .description('write the draft minutes from a text file (or open a corrected revision with --correction)')
    .requiredOption('--org <slug>', 'organization')
    .option('--correction <reason>', 'why approved minutes are corrected')
    .option('--approve', 'approve the draft afterwards: it becomes immutable')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, file: string, o: OrgOpts & { correction?: string; approve?: boolean }) => {
      const text = readText(file);
      await rt.withSession(o, async ({ ctx }) => {
        const meetingId = whole(id, 'id');
        const draft = (await getMeeting(ctx, o.org, meetingId)).minutes.at(-1);
        let saved = await saveMinutes(ctx, { org: o.org, meetingId, text, version: draft?.status === 'draft' ? draft.version : undefined, correctionReason: o.correction });
        if (o.approve) saved = await approveMinutes(ctx, { org: o.org, meetingId, version: saved.version });
        print(o, saved, `Minutes of meeting ${meetingId}: revision ${saved.revision}, ${saved.status}.`);
      });
    });
  meeting
    .command('approve-minutes <id>')
    .description('approve the draft minutes: they become immutable (a correction opens a new revision)')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const meetingId = whole(id, 'id');
        const draft = (await getMeeting(ctx, o.org, meetingId)).minutes.at(-1);
        if (draft?.status !== 'draft') throw new AppError('invalid_transition', `Meeting ${meetingId} has no draft minutes`, { hint: 'Write them with `meeting minutes`' });
        const approved = await approveMinutes(ctx, { org: o.org, meetingId, version: draft.version });
        print(o, approved, `Approved the minutes of meeting ${meetingId} (revision ${approved.revision}); they can no longer change.`);
      });
    });
  meeting
    .command('attendance <id>')
    .description('record who was present (with check-in time), excused or absent, by member number')
    .requiredOption('--org <slug>', 'organization')
    .option('--present <no...>', 'member numbers of those present')
    .option('--excused <no...>', 'member numbers of those excused')
    .option('--absent <no...>', 'member numbers of those absent')
    .option('--at <iso>', 'check-in time of those present (default now)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { present?: string[]; excused?: string[]; absent?: string[]; at?: string }) => {
      const entries: AttendanceEntry[] = [
        ...(o.present ?? []).map((no) => ({ member: { memberNo: no }, status: 'present' as const, checkedInAt: o.at })),
        ...(o.excused ?? []).map((no) => ({ member: { memberNo: no }, status: 'excused' as const })),
        ...(o.absent ?? []).map((no) => ({ member: { memberNo: no }, status: 'absent' as const })),
      ];
      if (entries.length === 0) throw new AppError('validation_failed', 'Name at least one person', { problems: [{ path: 'entries', message: 'use --present, --excused or --absent' }] });
      await rt.withSession(o, async ({ ctx }) => {
        const m = await recordAttendance(ctx, { org: o.org, meetingId: whole(id, 'id'), entries });
        print(o, m, `Meeting ${m.id}: ${m.attendance.present} present, ${m.attendance.excused} excused, ${m.attendance.absent} absent of ${m.attendance.total}.`);
      });
    });
  meeting
    .command('decision <id>')
    .description('record a decision taken by open vote; the rulebook’s meeting rule decides it')
    .requiredOption('--org <slug>', 'organization')
    .option('--text <text>', 'what was decided')
    .option('--text-file <file>', 'the decision’s text from a file')
    .requiredOption('--for <n>', 'votes for')
    .requiredOption('--against <n>', 'votes against')
    .requiredOption('--abstain <n>', 'abstentions')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { text?: string; textFile?: string; for: string; against: string; abstain: string }) => {
      const text = textOf(o);
      await rt.withSession(o, async ({ ctx }) => {
        const d = await recordMeetingDecision(ctx, { org: o.org, meetingId: whole(id, 'id'), text, votesFor: count(o.for, 'for'), votesAgainst: count(o.against, 'against'), abstentions: count(o.abstain, 'abstain') });
        print(o, d, `Decision ${d.id}: ${d.result.adopted ? 'adopted' : 'not adopted'} — ${d.result.explanation}`);
      });
    });
  meeting
    .command('compliance')
    .description('units that missed a meeting their rulebook cadence requires')
    .requiredOption('--org <slug>', 'organization')
    .option('--within <code>', 'only this subtree')
    .option('--from <date>', 'first day (default: 12 months before --to)')
    .option('--to <date>', 'day after the window (default today)')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { within?: string; from?: string; to?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await meetingCompliance(ctx, { org: o.org, within: o.within ? { code: o.within } : undefined, from: o.from, to: o.to });
        if (o.json) return print(o, r, '');
        io.stdout(`${r.from} to ${r.to}: ${r.checkedUnits} units checked, ${r.totals.unitsMissing} missed ${r.totals.missedPeriods} required meeting(s)\n`);
        printTable(io, r.units.map((u) => ({ unit: u.unit.code, kind: u.unit.kind, every: `${u.everyMonths} mo`, missed: u.missed.map((p) => p.start.slice(0, 7)).join(' '), last: u.lastMeetingOn })), ['unit', 'kind', 'every', 'missed', 'last']);
        if (r.truncated) io.stdout('(list cut at 500 units; narrow with --within)\n');
      });
    });

  const convention = program.command('convention').description('numbered conventions: series, editions, rosters by rule, badges, check-in (named by id)');
  convention
    .command('series')
    .description('convention series with every edition and its figures (participants, attendance rate)')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await listConventionSeries(ctx, o.org);
        if (o.json) return print(o, r, '');
        for (const s of r.items) {
          io.stdout(`series ${s.id}: ${s.name.en} / ${s.name.ko} (convened by '${s.unitCode}')\n`);
          printTable(io, s.editions.map((e) => ({ id: e.conventionId, edition: e.title.en, dates: `${e.startsOn}–${e.endsOn}`, status: e.status, participants: e.participants, present: e.present, rate: e.attendanceRate === null ? null : `${Math.round(e.attendanceRate * 1000) / 10}%` })), ['id', 'edition', 'dates', 'status', 'participants', 'present', 'rate']);
        }
      });
    });
  convention
    .command('create-series')
    .description('start a numbered series convened by a unit')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the convening unit')
    .requiredOption('--name-en <name>', 'e.g. "Meeting of Cell Secretaries"')
    .requiredOption('--name-ko <name>', 'e.g. "세포비서대회"')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string; nameEn: string; nameKo: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const s = await createConventionSeries(ctx, { org: o.org, unit: { code: o.unit }, name: { en: o.nameEn, ko: o.nameKo } });
        print(o, s, `Created series ${s.id}: ${s.name.en}.`);
      });
    });
  convention
    .command('add')
    .description('add an edition; --past records an earlier one with its dates (and figures when known)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--series <id>', 'series id')
    .requiredOption('--starts-on <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--ends-on <date>', 'last day, YYYY-MM-DD')
    .requiredOption('--tz <zone>', 'IANA time zone')
    .option('--ordinal <n>', 'edition number (default: the next)')
    .option('--place <text>', 'where')
    .option('--planned <n>', 'planned participants')
    .option('--past', 'a past edition, from the archive')
    .option('--participants <n>', 'past edition: participants')
    .option('--present <n>', 'past edition: present')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { series: string; startsOn: string; endsOn: string; tz: string; ordinal?: string; place?: string; planned?: string; past?: boolean; participants?: string; present?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const c = await addConvention(ctx, {
          org: o.org,
          seriesId: whole(o.series, 'series'),
          ordinal: o.ordinal === undefined ? undefined : whole(o.ordinal, 'ordinal'),
          startsOn: o.startsOn,
          endsOn: o.endsOn,
          timeZone: o.tz,
          place: o.place,
          plannedParticipants: o.planned === undefined ? undefined : Number(o.planned),
          past: o.past ? { participants: o.participants === undefined ? null : Number(o.participants), present: o.present === undefined ? null : Number(o.present) } : undefined,
        });
        print(o, c, `Added convention ${c.id}: ${c.title.en} (${c.title.ko}), ${c.status}.`);
      });
    });
  convention
    .command('freeze <id> <ruleFile>')
    .description('compute the roster by rule (JSON file) from the tree on --cutoff and freeze it; --dry-run previews')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--cutoff <date>', 'the tree is read as of this day')
    .option('--dry-run', 'compute and report, freeze nothing')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nRule file, e.g.:\n  {"officeHolders":[{"unitKind":"cell","office":"secretary"}],\n   "delegates":{"perUnitKind":"primary_committee","perMembers":50,"rounding":"up"},\n   "guests":[{"name":"Fraternal delegation"}]}')
    .action(async (id: string, ruleFile: string, o: OrgOpts & { cutoff: string; dryRun?: boolean }) => {
      const rule = readJson(ruleFile);
      await rt.withSession(o, async ({ ctx }) => {
        const current = await getConvention(ctx, o.org, whole(id, 'id'));
        const r = await freezeRoster(ctx, { org: o.org, conventionId: current.id, rule, cutoffOn: o.cutoff, version: current.version, dryRun: o.dryRun });
        print(o, r, `${r.dryRun ? 'Would seat' : 'Froze the roster of'} ${r.convention.title.en}: ${r.seats.officeHolders} office holders, ${r.seats.delegateSeats} delegate seats, ${r.seats.guests} guests (${r.seats.total} in all).`);
      });
    });
  convention
    .command('show <id>')
    .description('a convention: program with live counts, roster figures, motions')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const c = await getConvention(ctx, o.org, whole(id, 'id'));
        if (o.json) return print(o, c, '');
        io.stdout(`${c.title.en} / ${c.title.ko} — ${c.startsOn} to ${c.endsOn}${c.place ? `, ${c.place}` : ''} (${c.status})\n`);
        io.stdout(`roster: ${c.roster.entitled} entitled, ${c.roster.guests} guests, ${c.roster.vacantSeats} vacant seats; ${c.roster.attended} attended\n`);
        for (const s of c.sessions) io.stdout(`session ${s.id}: ${s.localStart} ${s.title} — ${s.present} present of ${c.roster.entitled + c.roster.guests}\n`);
        for (const m of c.motions) io.stdout(`motion ${m.id}: ${m.title} — ${m.status}${m.result ? ` (${m.result.explanation})` : ''}\n`);
      });
    });
  convention
    .command('roster <id>')
    .description('the roster, or a search by name, member number or badge code')
    .requiredOption('--org <slug>', 'organization')
    .option('--query <text>', 'name, member number or badge code')
    .option('--limit <n>', 'at most this many (1–500)', '500')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { query?: string; limit: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listRoster(ctx, { org: o.org, conventionId: whole(id, 'id'), q: o.query, limit: Number(o.limit) });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((r) => ({ id: r.id, category: r.category, unit: r.unitCode, number: r.memberNo, name: r.memberId ? `${r.familyName ?? ''} ${r.givenName ?? ''}` : (r.guestName ?? '(vacant)'), status: r.status })), ['id', 'category', 'unit', 'number', 'name', 'status']);
      });
    });
  convention
    .command('badges <id>')
    .description('the printable badge list with codes')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const page = await badgeList(ctx, { org: o.org, conventionId: whole(id, 'id'), limit: 10_000 });
        if (o.json) return print(o, page, '');
        printTable(io, page.items.map((b) => ({ code: b.badgeCode, name: b.name, category: b.category, unit: b.unitCode })), ['code', 'name', 'category', 'unit']);
      });
    });
  convention
    .command('session <id>')
    .description('add a session to the program (local times in the convention’s zone)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--title <text>', 'title')
    .requiredOption('--start <local>', 'YYYY-MM-DDTHH:mm')
    .requiredOption('--end <local>', 'YYYY-MM-DDTHH:mm')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { title: string; start: string; end: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const s = await addConventionSession(ctx, { org: o.org, conventionId: whole(id, 'id'), title: o.title, start: o.start, end: o.end });
        print(o, s, `Added session ${s.id}: ${s.localStart} ${s.title}.`);
      });
    });
  convention
    .command('session-change <id>')
    .description('retitle or move a session (calendars see the change)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--session <id>', 'session id')
    .option('--title <text>', 'new title')
    .option('--start <local>', 'new start, YYYY-MM-DDTHH:mm')
    .option('--end <local>', 'new end, YYYY-MM-DDTHH:mm')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { session: string; title?: string; start?: string; end?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const conventionId = whole(id, 'id');
        const sessionId = whole(o.session, 'session');
        const current = (await getConvention(ctx, o.org, conventionId)).sessions.find((x) => x.id === sessionId);
        if (!current) throw new AppError('not_found', `Session with id ${sessionId} was not found`);
        const s = await changeConventionSession(ctx, { org: o.org, conventionId, sessionId, title: o.title, start: o.start, end: o.end, version: current.version });
        print(o, s, `Session ${s.id}: ${s.localStart}–${s.localEnd.slice(11)} ${s.title}.`);
      });
    });
  convention
    .command('session-cancel <id>')
    .description('cancel a session (it stays in the program; calendars show it cancelled)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--session <id>', 'session id')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { session: string; reason: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const conventionId = whole(id, 'id');
        const sessionId = whole(o.session, 'session');
        const current = (await getConvention(ctx, o.org, conventionId)).sessions.find((x) => x.id === sessionId);
        if (!current) throw new AppError('not_found', `Session with id ${sessionId} was not found`);
        const s = await cancelConventionSession(ctx, { org: o.org, conventionId, sessionId, reason: o.reason, version: current.version });
        print(o, s, `Cancelled session ${s.id} (${s.title}).`);
      });
    });
  convention
    .command('address <id>')
    .description('record an address: kind, speaker, title, full text, time')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--kind <kind>', addressKinds.join(', '))
    .requiredOption('--title <text>', 'title')
    .option('--text <text>', 'the full text')
    .option('--text-file <file>', 'the full text from a file')
    .option('--speaker-member <no>', 'the speaker, by member number')
    .option('--speaker <name>', 'the speaker, by name (someone outside the registry)')
    .option('--session <id>', 'the session it was given in')
    .option('--at <iso>', 'when it was delivered (default now)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { kind: string; title: string; text?: string; textFile?: string; speakerMember?: string; speaker?: string; session?: string; at?: string }) => {
      const text = textOf(o);
      if ((o.speakerMember === undefined) === (o.speaker === undefined)) throw new AppError('validation_failed', 'Name the speaker', { problems: [{ path: 'speaker', message: 'one of --speaker-member or --speaker' }] });
      await rt.withSession(o, async ({ ctx }) => {
        const a = await recordAddress(ctx, {
          org: o.org,
          conventionId: whole(id, 'id'),
          sessionId: o.session === undefined ? undefined : whole(o.session, 'session'),
          kind: o.kind as (typeof addressKinds)[number],
          speaker: o.speakerMember !== undefined ? { member: { memberNo: o.speakerMember } } : { name: o.speaker ?? '' },
          title: o.title,
          text,
          deliveredAt: o.at,
        });
        print(o, a, `Recorded address ${a.id}: ${a.kind} "${a.title}" by ${a.speakerName}.`);
      });
    });
  convention
    .command('addresses <id>')
    .description('the addresses given at a convention')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const { addresses } = await getConvention(ctx, o.org, whole(id, 'id'));
        if (o.json) return print(o, { items: addresses }, '');
        printTable(io, addresses.map((a) => ({ id: a.id, kind: a.kind, delivered: a.deliveredAt.slice(0, 16).replace('T', ' '), speaker: a.speakerName, title: a.title, words: a.text.split(/\s+/).filter(Boolean).length })), ['id', 'kind', 'delivered', 'speaker', 'title', 'words']);
      });
    });
  convention
    .command('check-in <id>')
    .description('check a person in to a session by badge code or roster entry')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--session <id>', 'session id')
    .option('--badge <code>', 'badge code')
    .option('--roster <id>', 'roster entry id (from `convention roster --query`)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, o: OrgOpts & { session: string; badge?: string; roster?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const r = await checkIn(ctx, { org: o.org, conventionId: whole(id, 'id'), sessionId: whole(o.session, 'session'), badgeCode: o.badge, rosterId: o.roster === undefined ? undefined : whole(o.roster, 'roster') });
        print(o, r, r.alreadyCheckedIn ? `${r.name} was already checked in at ${r.checkedInAt}.` : `Checked in ${r.name} at ${r.checkedInAt}.`);
      });
    });
}
