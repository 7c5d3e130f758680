import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import { openCase } from '../app/open-case.js';
import { fixedClock } from '../test-support/expect-error.js';
import { apiTokenOf, buildStaff, buildWorld, type Staff, type World } from '../test-support/org-world.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`disciplinary cases over HTTP on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let staff: Staff;
    let w: World;
    let caseId: number;

    const as = (token: string | undefined, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      app.inject({ method, url: `/api/v1/orgs/${w.slug}${url}`, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx);
      await app.ready();
      staff = await buildStaff(ctx);
      w = await buildWorld(ctx, staff, 'cases');
      // The section above opens a case about ownX, a member of OWN: not OWN's business.
      caseId = (await openCase(ctx, { org: w.slug, member: { id: w.member.ownX }, unit: { id: w.unit.sa }, charges: 'Leaked the minutes of the section.' })).id;
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('answers a plain member of the same cell, and its secretary, exactly as for a case that does not exist', async () => {
      for (const who of [w.as.member, w.as.secretary]) {
        const seen = await as(who?.token, 'GET', `/cases/${caseId}`);
        const missing = await as(who?.token, 'GET', '/cases/999999');
        expect(seen.statusCode).toBe(404);
        expect(seen.body.replace(new RegExp(`\\b${caseId}\\b`, 'g'), '#')).toBe(missing.body.replaceAll('999999', '#'));
        expect((await as(who?.token, 'GET', `/cases?within=${w.unit.own}`)).json<{ items?: unknown[] }>().items ?? []).toEqual([]);
      }
      // The member concerned sees it; the auditor over the province sees it but may not act.
      const ownX = await apiTokenOf(ctx, (await ctx.database.db.insertInto('users').values({ username: 'ownx', password_hash: null, is_admin: 0, org_id: (await ctx.database.db.selectFrom('orgs').select('id').where('slug', '=', w.slug).executeTakeFirstOrThrow()).id, member_id: w.member.ownX, disabled_at: null, version: 1, created_at: fixedClock().toISOString() }).returning('id').executeTakeFirstOrThrow()).id);
      expect((await as(ownX.token, 'GET', `/cases/${caseId}`)).json<{ charges: string }>().charges).toBe('Leaked the minutes of the section.');
      expect((await as(staff.auditor.token, 'GET', `/cases/${caseId}`)).statusCode).toBe(200);
      expect((await as(staff.auditor.token, 'POST', `/cases/${caseId}/withdraw`, { reason: 'x' })).statusCode).toBe(403);
    });

    it('stores evidence with its checksum and serves it back as bytes; refuses other types with every problem listed', async () => {
      const pdf = Buffer.from('%PDF-1.4 section minutes');
      const added = await as(staff.staff.token, 'POST', `/cases/${caseId}/attachments`, { filename: 'minutes.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') });
      expect(added.statusCode, added.body).toBe(201);
      const meta = added.json<{ id: number; sha256: string; sizeBytes: number }>();
      expect(meta.sizeBytes).toBe(pdf.length);
      const back = await as(staff.staff.token, 'GET', `/cases/${caseId}/attachments/${meta.id}`);
      expect(back.statusCode).toBe(200);
      expect(back.headers['content-type']).toBe('application/pdf');
      expect(back.headers['content-disposition']).toMatch(/^attachment; filename="minutes.pdf"/);
      expect(back.headers['x-checksum-sha256']).toBe(meta.sha256);
      expect(Buffer.compare(back.rawPayload, pdf)).toBe(0);
      const refused = await as(staff.staff.token, 'POST', `/cases/${caseId}/attachments`, { filename: 'x.html', contentType: 'text/html', contentBase64: Buffer.from('<script>').toString('base64') });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ problems: { path: string; message: string }[] }>().problems).toEqual([{ path: 'contentType', message: "'text/html' is not allowed; allowed: application/pdf, image/png, image/jpeg, text/plain" }]);
      expect((await as(staff.staff.token, 'POST', `/cases/${caseId}/attachments`, { filename: 'x.pdf', contentType: 'application/pdf', contentBase64: '***' })).statusCode).toBe(400);
      expect((await as(w.as.member?.token, 'GET', `/cases/${caseId}/attachments/${meta.id}`)).statusCode).toBe(404);
    });

    it('describes the new routes in a valid OpenAPI document', async () => {
      const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, unknown> }>();
      for (const p of ['/api/v1/orgs/{org}/cases', '/api/v1/orgs/{org}/cases/{caseId}/decision', '/api/v1/orgs/{org}/transfers/{transferId}/receive', '/api/v1/orgs/{org}/units/{unitId}/attention', '/api/v1/orgs/{org}/cases/report']) expect(doc.paths).toHaveProperty([p]);
      await SwaggerParser.validate(structuredClone(doc) as never);
    });
  });
}
