import { isIsoDate } from '../core/dates.js';
import type { Problem } from '../core/errors.js';
import { checkMemberFields, checkMemberNo, cleanMemberFields, type MemberFields } from '../core/member-fields.js';
import { isActiveStatus, isMemberStatus, type MemberStatus } from '../core/member-status.js';
import { nameSearchKey } from '../core/name-search.js';
import { readCsvBatches, type CsvLayout } from './csv-input.js';

export const memberColumns = ['member_no', 'family_name', 'given_name', 'birth_date', 'unit_code', 'status', 'joined_on', 'phone', 'email'] as const;
export const memberLayout: CsvLayout = { columns: memberColumns, required: ['family_name', 'given_name'] };

/** What checking a row needs to know about a unit. */
export interface UnitRef {
  id: number;
  status: string;
  kind: string;
  holdsMembers: boolean;
}

/**
 * Everything row checking depends on, as plain data: it is sent as is to a worker thread
 * (structured clone keeps Maps), so the check gives the same answer on either side.
 */
export interface MemberRowSetup {
  today: string;
  /** File header → column, as parsed by parseColumnMap. */
  map: Record<string, string>;
  /** Every unit of the organization, by code. */
  units: ReadonlyMap<string, UnitRef>;
}

/** A row that passed every check, in the form it will be stored. Flat, so it is cheap to send between threads. */
export interface CheckedMember {
  line: number;
  /** Null when the file gives none: the importer generates one. */
  memberNo: string | null;
  familyName: string;
  givenName: string;
  searchKey: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  status: MemberStatus;
  unitId: number | null;
  joinedOn: string;
}

/** The result of checking a stretch of the file. */
export interface CheckedBatch {
  /** Records read (blank lines excepted), good and bad. */
  records: number;
  /** Bytes of the file read so far. */
  bytes: number;
  /** Good rows, in file order; none once a bad row was seen, since nothing will be written then. */
  rows: CheckedMember[];
  /** Bad rows in this stretch. */
  badRows: number;
  /** Their problems in file order, at most `listLimit` over the whole file (the count is in `problemCount`). */
  problems: Problem[];
  problemCount: number;
}

/**
 * Rows per batch: enough that per-batch costs (a message, a query for existing numbers) are small,
 * few enough that the writer gets back to the event loop often (see checkedMemberRows).
 */
export const ROWS_PER_BATCH = 1000;

/** Checks rows one by one, remembering member numbers to catch a number used twice in the file. */
export class MemberRowChecker {
  private readonly seen = new Map<string, number>();

  constructor(private readonly setup: MemberRowSetup) {}

  /** Returns the row as it will be stored, or null when it has problems; those are appended to `out`. */
  check(values: Record<string, string>, line: number, out: Problem[]): CheckedMember | null {
    const { today, units } = this.setup;
    const before = out.length;
    const memberNo = values.member_no ?? '';
    if (memberNo !== '') {
      const p = checkMemberNo(memberNo);
      if (p) out.push(problem(line, 'member_no', p));
      const first = this.seen.get(memberNo);
      if (first !== undefined) out.push(problem(line, 'member_no', `'${memberNo}' is also on line ${first}`));
      else this.seen.set(memberNo, line);
    }
    const raw: MemberFields = {
      familyName: values.family_name ?? '',
      givenName: values.given_name ?? '',
      birthDate: values.birth_date || null,
      phone: values.phone || null,
      email: values.email || null,
    };
    for (const p of checkMemberFields(raw, today)) out.push(problem(line, p.path, p.message));
    const statusText = (values.status ?? '').toLowerCase() || 'full_member';
    const status = isMemberStatus(statusText) ? statusText : null;
    if (status === null) out.push(problem(line, 'status', `'${statusText}' is not a status (applicant, candidate, full_member, suspended, expelled, resigned, deceased)`));
    const joinedOn = values.joined_on || today;
    if (!isIsoDate(joinedOn)) out.push(problem(line, 'joined_on', `'${joinedOn}' is not a date; write YYYY-MM-DD`));
    else if (joinedOn > today) out.push(problem(line, 'joined_on', 'is in the future'));
    let unitId: number | null = null;
    const code = values.unit_code ?? '';
    if (code !== '') {
      const unit = units.get(code);
      if (!unit) out.push(problem(line, 'unit_code', `no unit has code '${code}'`));
      else if (unit.status !== 'active') out.push(problem(line, 'unit_code', `unit '${code}' is dissolved`));
      else if (!unit.holdsMembers) out.push(problem(line, 'unit_code', `unit '${code}' is a ${unit.kind}, which holds no members`));
      else unitId = unit.id;
      if (status !== null && !isActiveStatus(status)) out.push(problem(line, 'unit_code', `a ${status} member cannot be placed in a unit; leave it empty`));
    }
    if (out.length > before || status === null) return null;
    const f = cleanMemberFields(raw);
    return {
      line,
      memberNo: memberNo || null,
      familyName: f.familyName,
      givenName: f.givenName,
      searchKey: nameSearchKey(f.familyName, f.givenName),
      birthDate: f.birthDate,
      phone: f.phone,
      email: f.email,
      status,
      unitId,
      joinedOn,
    };
  }
}

function problem(line: number, column: string, message: string): Problem {
  return { path: `line ${line}`, line, column, message };
}

/**
 * Reads a member CSV and checks every row, in batches of about ROWS_PER_BATCH rows. Header and
 * CSV syntax errors are thrown (AppError) as soon as they are found; bad rows are reported in the
 * batches, and reading goes on to the end so every bad row is listed.
 */
export async function* checkMemberRows(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  setup: MemberRowSetup,
  listLimit: number,
): AsyncGenerator<CheckedBatch, void, undefined> {
  const checker = new MemberRowChecker(setup);
  let bytes = 0;
  let anyBad = false;
  let listed = 0;
  let batch: CheckedBatch = emptyBatch();
  const problems: Problem[] = []; // one row's, reused
  for await (const records of readCsvBatches(input, memberLayout, setup.map, (n) => (bytes += n))) {
    for (const rec of records) {
      batch.records++;
      problems.length = 0;
      if (rec.fieldCountError) problems.push(problem(rec.line, '*', rec.fieldCountError));
      const row = checker.check(rec.values, rec.line, problems);
      if (problems.length > 0 || row === null) {
        anyBad = true;
        batch.badRows++;
        batch.problemCount += problems.length;
        for (const p of problems) if (listed++ < listLimit) batch.problems.push(p);
      } else if (!anyBad) {
        batch.rows.push(row);
      }
    }
    if (batch.records >= ROWS_PER_BATCH) {
      batch.bytes = bytes;
      yield batch;
      batch = emptyBatch();
    }
  }
  batch.bytes = bytes;
  yield batch;
}

function emptyBatch(): CheckedBatch {
  return { records: 0, bytes: 0, rows: [], badRows: 0, problems: [], problemCount: 0 };
}
