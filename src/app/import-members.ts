import { isIsoDate } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import { checkMemberFields, checkMemberNo, cleanMemberFields, formatMemberNo, type MemberFields } from '../core/member-fields.js';
import { assertTransition, isActiveStatus, isMemberStatus, type MemberStatus } from '../core/member-status.js';
import { nameSearchKey } from '../core/name-search.js';
import { withBulkSession, type BulkSession, type MemberTuple } from '../store/bulk-session.js';
import { findMembersByNos, orgHasMembers, updateMemberIfVersion, type MemberRow } from '../store/member.repository.js';
import { reserveSequence } from '../store/org.repository.js';
import { insertImportBatch } from '../store/import.repository.js';
import { nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { readCsvBatches, type CsvLayout } from './csv-input.js';
import { placeMember } from './member-placement.js';
import { loadOrg, type OrgScope } from './org-scope.js';
import { staleWrite } from './refs.js';
import { loadUnitDirectory, type UnitDirectory } from './unit-directory.js';

export const memberColumns = ['member_no', 'family_name', 'given_name', 'birth_date', 'unit_code', 'status', 'joined_on', 'phone', 'email'] as const;
export const memberLayout: CsvLayout = { columns: memberColumns, required: ['family_name', 'given_name'] };

export interface ImportOptions {
  org: string;
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  /** Name of the file, kept with the import record. */
  source: string;
  map?: Record<string, string> | undefined;
  dryRun?: boolean | undefined;
  onProgress?: ((p: { rows: number; bytes: number }) => void) | undefined;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The most bad rows listed in one report; the count of all of them is always given. */
const MAX_LISTED = 1000;
const BATCH = 5000;

interface ValidRow {
  line: number;
  memberNo: string | null;
  fields: MemberFields;
  status: MemberStatus;
  unitId: number | null;
  joinedOn: string;
}

class DryRun extends Error {}

function rowProblems(values: Record<string, string>, line: number, today: string, units: UnitDirectory, seen: Map<string, number>): { problems: Problem[]; row?: ValidRow } {
  const problems: Problem[] = [];
  const at = (column: string, message: string): void => {
    problems.push({ path: `line ${line}`, line, column, message });
  };
  const memberNo = values.member_no ?? '';
  if (memberNo !== '') {
    const p = checkMemberNo(memberNo);
    if (p) at('member_no', p);
    const first = seen.get(memberNo);
    if (first !== undefined) at('member_no', `'${memberNo}' is also on line ${first}`);
    else seen.set(memberNo, line);
  }
  const raw: Partial<MemberFields> = {
    familyName: values.family_name ?? '',
    givenName: values.given_name ?? '',
    birthDate: values.birth_date || null,
    phone: values.phone || null,
    email: values.email || null,
  };
  for (const p of checkMemberFields(raw, today)) at(p.path, p.message);
  const statusText = (values.status ?? '').toLowerCase() || 'full_member';
  if (!isMemberStatus(statusText)) at('status', `'${statusText}' is not a status (applicant, candidate, full_member, suspended, expelled, resigned, deceased)`);
  const joinedOn = values.joined_on || today;
  if (!isIsoDate(joinedOn)) at('joined_on', `'${joinedOn}' is not a date; write YYYY-MM-DD`);
  else if (joinedOn > today) at('joined_on', 'is in the future');
  let unitId: number | null = null;
  const code = values.unit_code ?? '';
  if (code !== '') {
    const unit = units.byCode.get(code);
    if (!unit) at('unit_code', `no unit has code '${code}'`);
    else if (unit.status !== 'active') at('unit_code', `unit '${code}' is dissolved`);
    else if (!units.holdsMembers(unit.kind)) at('unit_code', `unit '${code}' is a ${unit.kind}, which holds no members`);
    else unitId = unit.id;
    if (isMemberStatus(statusText) && !isActiveStatus(statusText)) at('unit_code', `a ${statusText} member cannot be placed in a unit; leave it empty`);
  }
  if (problems.length > 0 || !isMemberStatus(statusText)) return { problems };
  return { problems, row: { line, memberNo: memberNo || null, fields: cleanMemberFields(raw), status: statusText, unitId, joinedOn } };
}

/**
 * Imports members from CSV: all or nothing. Every row is checked; if any is bad, nothing is written
 * and the error lists every bad row by line and column. Rows are upserted by member number, so
 * importing the same file again changes nothing.
 */
export async function importMembers(ctx: AppContext, opts: ImportOptions): Promise<ImportReport> {
  const scope = await loadOrg(ctx.database.db, opts.org);
  const today = todayOf(ctx);
  const at = nowOf(ctx);
  const report: ImportReport = { dryRun: opts.dryRun === true, rows: 0, inserted: 0, updated: 0, unchanged: 0 };
  try {
    await withBulkSession(ctx.database, async (session) => {
      const units = await loadUnitDirectory(session.db, scope);
      const deltas = new CounterDeltas();
      const problems: Problem[] = [];
      let bad = 0;
      let bytes = 0;
      const seen = new Map<string, number>();
      let batch: ValidRow[] = [];
      // Rows without a member number get theirs at the end, when every number the file gives is known.
      const unnumbered: ValidRow[] = [];
      const writer = new MemberBatchWriter(session, scope, units, deltas, today, at, report, await orgHasMembers(session.db, scope.org.id));
      const flush = async (): Promise<void> => {
        const late = await writer.write(batch);
        if (late.length > 0) bad++;
        problems.push(...late);
        batch = [];
      };
      for await (const records of readCsvBatches(opts.input, memberLayout, opts.map ?? {}, (n) => (bytes += n))) {
        for (const rec of records) {
          report.rows++;
          const checked = rowProblems(rec.values, rec.line, today, units, seen);
          if (rec.fieldCountError) checked.problems.unshift({ path: `line ${rec.line}`, line: rec.line, column: '*', message: rec.fieldCountError });
          if (checked.problems.length > 0 || !checked.row) {
            bad++;
            problems.push(...checked.problems);
          } else if (bad === 0) {
            if (checked.row.memberNo === null) unnumbered.push(checked.row);
            else batch.push(checked.row);
          }
        }
        // After the first bad row nothing more is written; the rest of the file is still checked.
        if (bad === 0 && batch.length >= BATCH) await flush();
        opts.onProgress?.({ rows: report.rows, bytes });
      }
      if (bad === 0 && batch.length > 0) await flush();
      if (bad === 0 && unnumbered.length > 0) {
        await writer.assignNumbers(unnumbered, seen);
        batch = unnumbered;
        await flush();
      }
      writer.finish();
      opts.onProgress?.({ rows: report.rows, bytes });
      if (problems.length > 0) {
        throw new AppError('import_rejected', `${problems.length} problem(s) in the file; nothing was written`, {
          problems: problems.slice(0, MAX_LISTED),
          hint: problems.length > MAX_LISTED ? `Only the first ${MAX_LISTED} problems are listed` : 'Fix the listed lines and import the file again',
        });
      }
      await deltas.apply(session.db, scope.org.id);
      await insertImportBatch(session.db, { org_id: scope.org.id, kind: 'members', source: opts.source.slice(0, 200), rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, created_at: at });
      if (opts.dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return report;
}

/** Writes validated rows: new members by the engine's bulk path, changed ones one by one. */
class MemberBatchWriter {
  constructor(
    private readonly s: BulkSession,
    private readonly scope: OrgScope,
    private readonly units: UnitDirectory,
    private readonly deltas: CounterDeltas,
    private readonly today: string,
    private readonly at: string,
    private readonly report: ImportReport,
    /** False when the organization had no members before: every numbered row is then new. */
    private readonly mayExist: boolean,
  ) {}

  /** New members per unit; turned into counter changes once, at the end. */
  private readonly added = new Map<number, number>();

  async write(rows: ValidRow[]): Promise<Problem[]> {
    const orgId = this.scope.org.id;
    const existing = this.mayExist ? new Map((await findMembersByNos(this.s.db, orgId, rows.map((r) => r.memberNo as string))).map((m) => [m.member_no, m])) : new Map<string, MemberRow>();
    const problems: Problem[] = [];
    const inserts: MemberTuple[] = [];
    for (const r of rows) {
      const old = existing.get(r.memberNo as string);
      if (!old) {
        inserts.push(this.newRow(r));
        if (r.unitId !== null) this.added.set(r.unitId, (this.added.get(r.unitId) ?? 0) + 1);
        continue;
      }
      const problem = await this.update(old, r);
      if (problem) problems.push(problem);
    }
    await this.s.appendMembers(inserts);
    this.report.inserted += inserts.length;
    return problems;
  }

  /** Gives generated numbers that neither the file nor the registry uses. */
  async assignNumbers(rows: ValidRow[], inFile: ReadonlyMap<string, number>): Promise<void> {
    const { prefix, digits } = this.scope.rules.rulebook.memberNumber;
    let pending = rows;
    while (pending.length > 0) {
      const first = await reserveSequence(this.s.db, this.scope.org.id, 'member_no_seq', pending.length);
      pending.forEach((r, i) => (r.memberNo = formatMemberNo(prefix, digits, first + i)));
      const taken = new Set((await findMembersByNos(this.s.db, this.scope.org.id, pending.map((r) => r.memberNo as string))).map((m) => m.member_no));
      pending = pending.filter((r) => taken.has(r.memberNo as string) || inFile.has(r.memberNo as string));
    }
  }

  /** Adds the new members to the unit counters. */
  finish(): void {
    for (const [unitId, count] of this.added) {
      const unit = this.units.byId.get(unitId);
      if (unit) this.deltas.members(unit.path, count);
    }
    this.added.clear();
  }

  private newRow(r: ValidRow): MemberTuple {
    const f = r.fields;
    const placed = r.unitId !== null;
    return [this.scope.org.id, r.memberNo as string, f.familyName, f.givenName, nameSearchKey(f.familyName, f.givenName), f.birthDate, f.phone, f.email, r.status, r.unitId, placed ? r.joinedOn : null, placed ? 'imported' : null, r.joinedOn, 1, this.at, this.at];
  }

  /** Applies a re-imported row to an existing member; returns a problem if the change is not allowed. */
  private async update(old: MemberRow, r: ValidRow): Promise<Problem | null> {
    const f = r.fields;
    const sameFields =
      old.family_name === f.familyName && old.given_name === f.givenName && old.birth_date === f.birthDate && old.phone === f.phone && old.email === f.email && old.joined_on === r.joinedOn;
    if (sameFields && old.status === r.status && old.unit_id === r.unitId) {
      this.report.unchanged++;
      return null;
    }
    if (old.status !== r.status) {
      try {
        assertTransition(old.status as MemberStatus, r.status);
      } catch (e) {
        if (e instanceof AppError) return { path: `line ${r.line}`, line: r.line, column: 'status', message: `${e.message} (member '${old.member_no}')` };
        throw e;
      }
    }
    const orgId = this.scope.org.id;
    const patch = {
      family_name: f.familyName,
      given_name: f.givenName,
      search_key: nameSearchKey(f.familyName, f.givenName),
      birth_date: f.birthDate,
      phone: f.phone,
      email: f.email,
      joined_on: r.joinedOn,
      status: r.status,
      updated_at: this.at,
    };
    if (!(await updateMemberIfVersion(this.s.db, orgId, old.id, old.version, patch))) throw staleWrite(`Member '${old.member_no}'`);
    if (old.unit_id !== r.unitId) {
      const fresh = { ...old, ...patch, version: old.version + 1 };
      const from = old.unit_id === null ? null : (this.units.byId.get(old.unit_id) ?? null);
      const to = r.unitId === null ? null : (this.units.byId.get(r.unitId) ?? null);
      await placeMember(this.s.db, orgId, fresh, from, to, { on: this.today, at: this.at, reason: 'imported', deltas: this.deltas });
    }
    this.report.updated++;
    return null;
  }
}
