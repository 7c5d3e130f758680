import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../core/csv-safety.js';
import { subtreeRange } from '../core/unit-path.js';
import { listMembersForExport } from '../store/member.repository.js';
import { listUnitsForExport } from '../store/unit.repository.js';
import { readDb, type AppContext } from './context.js';
import { memberColumns } from './import-members.js';
import { unitColumns } from './import-units.js';
import { scopedOrg, unitFor } from './access.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

const PAGE = 2000;

export interface ExportOptions {
  org: string;
  within?: UnitRef | undefined;
  /** Start with a UTF-8 byte order mark so spreadsheets read Hangul and other scripts correctly. */
  bom?: boolean | undefined;
}

const csvLine = (values: (string | null)[]): string => stringify([values.map((v) => neutralizeFormula(v ?? ''))], { record_delimiter: '\r\n' });

/**
 * Streams members as CSV in the import's canonical columns, page by page, so memory stays flat
 * whatever the size. Every value is neutralized against spreadsheet formula execution.
 */
export async function* exportMembers(ctx: AppContext, opts: ExportOptions): AsyncGenerator<string> {
  const db = readDb(ctx);
  const { org, ranges } = await exportRanges(ctx, opts);
  yield (opts.bom === false ? '' : '\uFEFF') + csvLine([...memberColumns]);
  for (const subtree of ranges) {
    let after = 0;
    for (;;) {
      const rows = await listMembersForExport(db, org.id, after, PAGE, subtree);
      if (rows.length === 0) break;
      yield rows
        .map((m) => csvLine([m.member_no, m.family_name, m.given_name, m.birth_date, m.unit_code, m.status, m.joined_on, m.phone, m.email]))
        .join('');
      after = rows[rows.length - 1]?.id ?? after;
    }
  }
}

/**
 * The subtrees an export covers: the whole organization (`undefined`, unplaced members included)
 * only for those who may read all of it; otherwise `within` or each subtree the actor may read.
 */
async function exportRanges(ctx: AppContext, opts: ExportOptions): Promise<{ org: { id: number }; ranges: ({ low: string; high: string } | undefined)[] }> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, opts.org));
  if (opts.within) return { org: scope.org, ranges: [subtreeRange((await unitFor(db, scope, opts.within, 'read')).path)] };
  const roots = scope.access.roots('read');
  return { org: scope.org, ranges: roots === null ? [undefined] : roots.map(subtreeRange) };
}

/** Streams units as CSV, parents before children (path order), dissolved units left out. */
export async function* exportUnits(ctx: AppContext, opts: ExportOptions): AsyncGenerator<string> {
  const db = readDb(ctx);
  const { org, ranges } = await exportRanges(ctx, opts);
  yield (opts.bom === false ? '' : '\uFEFF') + csvLine([...unitColumns]);
  for (const subtree of ranges) {
    let after = '';
    for (;;) {
      const rows = await listUnitsForExport(db, org.id, after, PAGE, subtree);
      if (rows.length === 0) break;
      yield rows.map((u) => csvLine([u.code, u.name, u.kind, u.parent_code])).join('');
      after = rows[rows.length - 1]?.path ?? after;
    }
  }
}
