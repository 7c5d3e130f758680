import { AppError, type Problem } from '../core/errors.js';
import { recordAudit } from './audit-log.js';
import { updateUnitIfVersion } from '../store/unit.repository.js';
import { insertImportBatch } from '../store/import.repository.js';
import { nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { checkUnitCode, checkUnitName, createUnitIn } from './create-unit.js';
import { readCsv, type CsvLayout } from './csv-input.js';
import type { ImportOptions, ImportReport } from './import-members.js';
import { allowsOrgWide, scopedOrg } from './access.js';
import { loadOrg } from './org-scope.js';
import { resolveUnit } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { loadUnitDirectory } from './unit-directory.js';

export const unitColumns = ['code', 'name', 'kind', 'parent_code'] as const;
export const unitLayout: CsvLayout = { columns: unitColumns, required: ['code', 'name', 'kind', 'parent_code'] };

class DryRun extends Error {}

/**
 * Imports units from CSV (parents before children), all or nothing. Existing codes are matched:
 * a new name renames the unit (kept in its history); a different kind or parent is refused, since
 * moving a subtree is a deliberate act (`move`), not a side effect of an import.
 */
export async function importUnits(ctx: AppContext, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { dryRun: opts.dryRun === true, rows: 0, inserted: 0, updated: 0, unchanged: 0 };
  const on = todayOf(ctx);
  const at = nowOf(ctx);
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      const scope = await scopedOrg(trx, ctx, await loadOrg(trx, opts.org));
      // Bulk loads are for those who may shape the whole organization.
      if (!(await allowsOrgWide(trx, scope, 'write_structure'))) throw new AppError('forbidden', 'Importing units needs write access to the whole organization');
      const dir = await loadUnitDirectory(trx, scope);
      const deltas = new CounterDeltas();
      const problems: Problem[] = [];
      const seenAt = new Map<string, number>();
      const declared = new Map<string, string>();
      let bytes = 0;
      for await (const rec of readCsv(opts.input, unitLayout, opts.map ?? {}, (n) => (bytes += n))) {
        report.rows++;
        const line = rec.line;
        const bad = (column: string, message: string): void => {
          problems.push({ path: `line ${line}`, line, column, message });
        };
        if (rec.fieldCountError) bad('*', rec.fieldCountError);
        const { code = '', name = '', kind = '', parent_code: parentCode = '' } = rec.values;
        const before = problems.length;
        try {
          checkUnitCode(code);
        } catch (e) {
          bad('code', e instanceof AppError ? e.message : String(e));
        }
        try {
          checkUnitName(name);
        } catch {
          bad('name', 'must be 1–200 characters');
        }
        if (!scope.rules.hasKind(kind)) bad('kind', `'${kind}' is not a unit kind; use one of ${scope.rules.rulebook.unitKinds.map((k) => k.key).join(', ')}`);
        const first = seenAt.get(code);
        if (first !== undefined) bad('code', `'${code}' is also on line ${first}`);
        seenAt.set(code, line);
        const parent = parentCode === '' ? null : dir.byCode.get(parentCode);
        const declaredParentKind = parent?.kind ?? declared.get(parentCode);
        if (parentCode !== '' && declaredParentKind === undefined) bad('parent_code', `no unit has code '${parentCode}' (parents must come before their children)`);
        if (scope.rules.hasKind(kind) && (parentCode === '' || declaredParentKind !== undefined)) {
          try {
            scope.rules.assertPlacement(kind, parentCode === '' ? null : (declaredParentKind ?? null));
          } catch (e) {
            bad('kind', e instanceof AppError ? `${e.message}${e.hint ? ` (${e.hint})` : ''}` : String(e));
          }
        }
        if (!dir.byCode.has(code)) declared.set(code, kind);
        // After the first bad row nothing more is written; the rest of the file is still checked.
        if (problems.length > before || problems.length > 0) continue;
        const existing = dir.byCode.get(code);
        try {
          if (existing) {
            if (existing.kind !== kind) bad('kind', `unit '${code}' is a ${existing.kind}; its kind cannot change by import`);
            else if ((existing.parent_id ?? null) !== (parent?.id ?? null)) bad('parent_code', `unit '${code}' is under another parent; move it with \`cellbook\` or the API, not by import`);
            else if (existing.name !== checkUnitName(name)) {
              const row = await resolveUnit(trx, scope.org.id, { id: existing.id });
              await updateUnitIfVersion(trx, scope.org.id, row.id, row.version, { name: checkUnitName(name), updated_at: at });
              await recordUnitEvent(trx, { orgId: scope.org.id, unitId: row.id, type: 'renamed', on, reason: 'imported', detail: { from: row.name, to: checkUnitName(name) }, at });
              dir.byCode.set(code, { ...existing, name: checkUnitName(name) });
              report.updated++;
            } else report.unchanged++;
            continue;
          }
          if (parent && parent.status !== 'active') {
            bad('parent_code', `unit '${parentCode}' is dissolved`);
            continue;
          }
          const parentRow = parent ? await resolveUnit(trx, scope.org.id, { id: parent.id }) : null;
          const created = await createUnitIn(trx, scope, { name, kind, parent: parentRow, code, reason: 'imported', on, at }, deltas);
          const entry = { id: created.id, code, kind, path: created.path, status: 'active', parent_id: parentRow?.id ?? null, name: created.name };
          dir.byCode.set(code, entry);
          dir.byId.set(created.id, entry);
          report.inserted++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          bad(e.code === 'rule_violation' ? 'kind' : 'code', e.hint ? `${e.message} (${e.hint})` : e.message);
        }
        if (report.rows % 1000 === 0) opts.onProgress?.({ rows: report.rows, bytes });
      }
      opts.onProgress?.({ rows: report.rows, bytes });
      if (problems.length > 0) {
        throw new AppError('import_rejected', `${problems.length} problem(s) in the file; nothing was written`, { problems: problems.slice(0, 1000), hint: 'Fix the listed lines and import the file again' });
      }
      // Counters go to the rows last, after every unit's path is known.
      await deltas.apply(trx, scope.org.id);
      await recordAudit(trx, ctx, { orgId: scope.org.id, action: 'import.units', entityType: 'org', entityId: scope.org.id, data: { source: opts.source.slice(0, 200), rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged } });
      await insertImportBatch(trx, { org_id: scope.org.id, kind: 'units', source: opts.source.slice(0, 200), rows: report.rows, inserted: report.inserted, updated: report.updated, unchanged: report.unchanged, created_at: at });
      if (opts.dryRun) throw new DryRun();
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  return report;
}
