import { findCase, insertCaseStep, listDueForSweep, updateCaseIfVersion } from '../store/discipline.repository.js';
import { findOrgById } from '../store/org.repository.js';
import { recordAudit } from './audit-log.js';
import { makeFinal } from './case-workflow.js';
import { actingAs, actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface SweepResult {
  finalized: number[];
  lifted: number[];
}

/**
 * What the clock decides, written down: appeal windows that closed without an appeal become final
 * (their effects applied), and probations past their end date are recorded as lifted in the
 * timeline. Being in force never waits for this (it is computed from the date on every read); the
 * sweep runs at server start, every hour while serving, on `cellbook case sweep`, and for one case
 * whenever it is read.
 */
export async function sweepDiscipline(ctx: AppContext, opts: { orgId?: number | null; caseId?: number } = {}): Promise<SweepResult> {
  const clock = actingAs(ctx, { kind: 'system', label: 'clock' });
  const today = todayOf(clock);
  const due = (await listDueForSweep(ctx.database.db, opts.orgId ?? null, today)).filter((d) => opts.caseId === undefined || d.id === opts.caseId);
  const result: SweepResult = { finalized: [], lifted: [] };
  for (const d of due) {
    await inTransaction(clock, async (trx) => {
      const org = await findOrgById(trx, d.org_id);
      if (!org) return;
      const scope = await loadOrg(trx, org.slug);
      const c = await findCase(trx, d.org_id, d.id);
      if (!c) return;
      // Re-checked inside the transaction: another sweep or a person may have acted meanwhile.
      if (c.state === 'appeal_window' && c.appeal_due_on !== null && c.appeal_due_on < today) {
        await makeFinal(trx, clock, scope, c, { reason: `no appeal by ${c.appeal_due_on}` });
        result.finalized.push(c.id);
      } else if (c.state === 'final' && c.sanction_ends_on !== null && c.sanction_ends_on <= today && c.sanction_lifted_at === null) {
        const at = nowOf(clock);
        if (!(await updateCaseIfVersion(trx, d.org_id, c.id, c.version, { sanction_lifted_at: at, updated_at: at }))) return;
        await insertCaseStep(trx, { org_id: d.org_id, case_id: c.id, action: 'sanction_lifted', from_state: 'final', to_state: 'final', actor: actorName(clock.actor), reason: `ended on ${c.sanction_ends_on}`, meeting_ref: null, detail: JSON.stringify({ endsOn: c.sanction_ends_on }), occurred_on: c.sanction_ends_on, at });
        await recordAudit(trx, clock, { orgId: d.org_id, action: 'case.sanction_lifted', entityType: 'discipline_case', entityId: c.id, data: { endsOn: c.sanction_ends_on } });
        result.lifted.push(c.id);
      }
    });
  }
  return result;
}
