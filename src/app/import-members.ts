import { AppError, type Problem } from '../core/errors.js';
import { refreshStatistics } from '../store/database.js';
import { formatMemberNo } from '../core/member-fields.js';
import { assertTransition, type MemberStatus } from '../core/member-status.js';
import { withBulkSession, type BulkSession, type MemberTuple } from '../store/bulk-session.js';
import { findMembersByNos, orgHasMembers, updateMemberIfVersion, type MemberRow } from '../store/member.repository.js';
import { reserveSequence } from '../store/org.repository.js';
import { insertImportBatch } from '../store/import.repository.js';
import { checkedMemberRows } from './checked-member-rows.js';
import { nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import type { CheckedMember, UnitRef } from './member-rows.js';
import { assertOrgWide } from './access.js';
import { loadOrg, type OrgScope } from './org-scope.js';
import { staleWrite } from './refs.js';
import { loadUnitDirectory, type UnitDirectory } from './unit-directory.js';

export { memberColumns, memberLayout } from './member-rows.js';

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

class DryRun extends Error {}

/**
 * Imports members from CSV: all or nothing. Every row is checked; if any is bad, nothing is written
 * and the error lists every bad row by line and column. Rows are upserted by member number, so
 * importing the same file again changes nothing.
 *
 * Large files are read and checked on a worker thread (see checkedMemberRows) while this thread
 * writes the rows checked so far, so parsing overlaps with the engine's inserts.
 */
export async function importMembers(ctx: AppContext, opts: ImportOptions): Promise<ImportReport> {
  // Bulk loads are for those who may change members across the whole organization.
  await assertOrgWide(ctx, opts.org, 'write_members', 'Importing members needs write access to the whole organization');
  const scope = await loadOrg(ctx.database.db, opts.org);
  const today = todayOf(ctx);
  const at = nowOf(ctx);
  const report: ImportReport = { dryRun: opts.dryRun === true, rows: 0, inserted: 0, updated: 0, unchanged: 0 };
  try {
    await withBulkSession(ctx.database, async (session) => {
      const units = await loadUnitDirectory(session.db, scope);
      const deltas = new CounterDeltas();
      const problems = new ProblemList(MAX_LISTED);
      let bytes = 0;
      // Rows without a member number get theirs at the end, when every number the file gives is known.
      const unnumbered: CheckedMember[] = [];
      const writer = new MemberBatchWriter(session, scope, units, deltas, today, at, report, await orgHasMembers(session.db, scope.org.id));
      for await (const batch of checkedMemberRows(opts.input, { today, map: opts.map ?? {}, units: unitRefs(units) }, MAX_LISTED)) {
        report.rows += batch.records;
        bytes = batch.bytes;
        problems.add(batch.problems, batch.problemCount);
        // After the first bad row nothing more is written; the rest of the file is still checked.
        if (problems.count === 0) {
          const numbered: CheckedMember[] = [];
          for (const r of batch.rows) (r.memberNo === null ? unnumbered : numbered).push(r);
          const late = await writer.write(numbered);
          problems.add(late, late.length);
        }
        opts.onProgress?.({ rows: report.rows, bytes });
      }
      if (problems.count === 0 && unnumbered.length > 0) {
        await writer.assignNumbers(unnumbered);
        const late = await writer.write(unnumbered);
        problems.add(late, late.length);
      }
      writer.finish();
      opts.onProgress?.({ rows: report.rows, bytes });
      if (problems.count > 0) {
        throw new AppError('import_rejected', `${problems.count} problem(s) in the file; nothing was written`, {
          problems: problems.listed,
          hint: problems.count > MAX_LISTED ? `Only the first ${MAX_LISTED} problems are listed` : 'Fix the listed lines and import the file again',
        });
      }
      await deltas.apply(session.db, scope.org.id);
      await insertImportBatch(session.db, { org_id: scope.org.id, kind: 'members', source: opts.source.slice(0, 200), rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, created_at: at });
      if (opts.dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  // A large load changes the table's shape; fresh statistics keep the planner's choices good.
  if (!report.dryRun && report.inserted >= LARGE_LOAD) await refreshStatistics(ctx.database, ['members', 'units']);
  return report;
}

/** Rows after which an import refreshes the planner's statistics. */
const LARGE_LOAD = 10000;

/** The problems of a file: all of them counted, the first `limit` kept (a file of bad rows must not fill memory). */
class ProblemList {
  readonly listed: Problem[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  add(problems: readonly Problem[], count: number): void {
    this.count += count;
    for (const p of problems) if (this.listed.length < this.limit) this.listed.push(p);
  }
}

/** What row checking needs of each unit, as plain data that can go to a worker thread. */
function unitRefs(units: UnitDirectory): Map<string, UnitRef> {
  const refs = new Map<string, UnitRef>();
  for (const [code, u] of units.byCode) refs.set(code, { id: u.id, status: u.status, kind: u.kind, holdsMembers: units.holdsMembers(u.kind) });
  return refs;
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

  async write(rows: CheckedMember[]): Promise<Problem[]> {
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

  /**
   * Gives generated numbers that the registry does not use. Called once every numbered row of the
   * file has been written, so the registry check also keeps clear of the numbers the file gives.
   */
  async assignNumbers(rows: CheckedMember[]): Promise<void> {
    const { prefix, digits } = this.scope.rules.rulebook.memberNumber;
    let pending = rows;
    while (pending.length > 0) {
      const first = await reserveSequence(this.s.db, this.scope.org.id, 'member_no_seq', pending.length);
      pending.forEach((r, i) => (r.memberNo = formatMemberNo(prefix, digits, first + i)));
      const taken = new Set((await findMembersByNos(this.s.db, this.scope.org.id, pending.map((r) => r.memberNo as string))).map((m) => m.member_no));
      pending = pending.filter((r) => taken.has(r.memberNo as string));
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

  private newRow(r: CheckedMember): MemberTuple {
    const placed = r.unitId !== null;
    return [this.scope.org.id, r.memberNo as string, r.familyName, r.givenName, r.searchKey, r.birthDate, r.phone, r.email, r.status, r.unitId, placed ? r.joinedOn : null, placed ? 'imported' : null, r.joinedOn, 1, this.at, this.at];
  }

  /** Applies a re-imported row to an existing member; returns a problem if the change is not allowed. */
  private async update(old: MemberRow, r: CheckedMember): Promise<Problem | null> {
    const sameFields =
      old.family_name === r.familyName && old.given_name === r.givenName && old.birth_date === r.birthDate && old.phone === r.phone && old.email === r.email && old.joined_on === r.joinedOn;
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
      family_name: r.familyName,
      given_name: r.givenName,
      search_key: r.searchKey,
      birth_date: r.birthDate,
      phone: r.phone,
      email: r.email,
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
