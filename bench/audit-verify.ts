/**
 * Audit chain verification speed: writes a chain of N events (default 1,000,000) straight into the
 * table, then times `verifyAudit` — the code behind `cellbook audit verify`.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { verifyAudit } from '../src/app/audit-queries.js';
import { createAppContext } from '../src/app/context.js';
import { createOrg } from '../src/app/create-org.js';
import { eventDataJson, eventHash, GENESIS } from '../src/core/audit/audit-chain.js';
import { templateRulebook } from '../src/core/rulebook/templates.js';
import type { Database } from '../src/store/database.js';

export async function benchAuditVerify(database: Database, events: number): Promise<void> {
  const ctx = createAppContext(database);
  await createOrg(ctx, { slug: 'audit-bench', rulebook: templateRulebook('party') });
  const org = await database.db.selectFrom('orgs').select('id').where('slug', '=', 'audit-bench').executeTakeFirstOrThrow();
  const chain = `org:${org.id}`;
  // Continue the chain createOrg started.
  const head = await database.db.selectFrom('audit_heads').select(['seq', 'hash']).where('chain', '=', chain).executeTakeFirstOrThrow();
  let prev = head.hash ?? GENESIS;
  let seq = Number(head.seq);
  const t0 = performance.now();
  const batch = 2000;
  while (seq < events) {
    const rows = [];
    for (let i = 0; i < batch && seq < events; i++) {
      seq++;
      const fields = { seq, at: '2026-11-29T10:00:00.000Z', actor: 'system:bench', action: 'member.transfer', entityType: 'member', entityId: String(seq % 50000), reason: 'bench', dataJson: eventDataJson({ before: { unitCode: `C${seq % 997}` }, after: { unitCode: `C${(seq + 1) % 997}` } }), personalDigest: null };
      const hash = eventHash(prev, fields);
      rows.push({ chain, org_id: org.id, seq, at: fields.at, actor: fields.actor, action: fields.action, entity_type: fields.entityType, entity_id: fields.entityId, reason: fields.reason, data: fields.dataJson, personal_digest: null, prev_hash: prev, hash });
      prev = hash;
    }
    await database.db.insertInto('audit_events').values(rows).execute();
  }
  await sql`update audit_heads set seq = ${seq}, hash = ${prev} where chain = ${chain}`.execute(database.db);
  console.log(`audit chain written: ${seq} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const [report] = await verifyAudit(ctx, { org: 'audit-bench' });
  const seconds = (performance.now() - t1) / 1000;
  console.log(`audit verify of ${report?.events} events: ${seconds.toFixed(2)} s (${report?.intact ? 'intact' : `BROKEN: ${report?.problem}`}; target ≤ 5 s)`);
}
