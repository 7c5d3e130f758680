import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import { buildAccount, buildApiToken } from '../test-support/accounts.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`HTTP API on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let token: string;
    let drop: () => Promise<void>;
    const ids: Record<string, number> = {};

    const call = async (opts: InjectOptions & { auth?: boolean }): Promise<LightMyRequestResponse> => {
      const headers = { ...(opts.headers ?? {}), ...(opts.auth === false ? {} : { authorization: `Bearer ${token}` }) };
      return app.inject({ ...opts, headers });
    };
    const json = <T = Record<string, unknown>>(r: LightMyRequestResponse): T => r.json<T>();
    const expectProblem = (r: LightMyRequestResponse, status: number, code: string): Record<string, unknown> => {
      expect(r.statusCode, r.body).toBe(status);
      expect(r.headers['content-type']).toContain('application/problem+json');
      const body = json(r);
      expect(body).toMatchObject({ status, code, type: `/api/v1/problems#${code}` });
      expect(typeof body.title).toBe('string');
      expect(typeof body.detail).toBe('string');
      return body;
    };

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, () => new Date('2026-11-29T10:00:00Z'));
      token = await buildApiToken(await buildAccount(ctx, { username: 'admin', admin: true }));
      app = await buildServer(ctx);
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('serves health and a valid OpenAPI 3.1 document without a token', async () => {
      expect(json(await call({ method: 'GET', url: '/api/v1/health', auth: false }))).toEqual({ status: 'ok' });
      const r = await call({ method: 'GET', url: '/api/v1/openapi.json', auth: false });
      expect(r.statusCode).toBe(200);
      const doc = json(r);
      expect(doc.openapi).toBe('3.1.0');
      await SwaggerParser.validate(structuredClone(doc) as never);
      const paths = Object.keys(doc.paths as object);
      expect(paths).toContain('/api/v1/orgs/{org}/units/{unitId}/split');
      expect(paths).toContain('/api/v1/orgs/{org}/violations');
    });

    it('refuses every data route without a valid session or API token', async () => {
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs', auth: false }), 401, 'unauthorized');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs', auth: false, headers: { authorization: 'Bearer cbt_wrong' } }), 401, 'unauthorized');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs', auth: false, headers: { authorization: token } }), 401, 'unauthorized');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs', auth: false, headers: { cookie: `cellbook_session=${token}` } }), 401, 'unauthorized');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/x/members', auth: false, headers: { authorization: `Bearer ${token}x` } }), 401, 'unauthorized');
    });

    it('creates organizations from a template or a rulebook, listing every rulebook problem', async () => {
      const r = await call({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'wp', template: 'party', name: 'Workers' } });
      expect(r.statusCode, r.body).toBe(201);
      expect(json(r)).toMatchObject({ slug: 'wp', name: 'Workers', rulebookVersion: 1 });
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'wp', template: 'party' } }), 409, 'already_exists');
      const bad = expectProblem(
        await call({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'bad', rulebook: { format: 'cellbook-rulebook/1', version: 1, name: { en: 'x', ko: 'x' }, unitKinds: [{ key: 'cell', name: { en: 'Cell', ko: '세포' }, parents: ['nope'], size: { min: 9, max: 3 } }] } } }),
        400,
        'invalid_rulebook',
      );
      expect((bad.problems as unknown[]).length).toBeGreaterThanOrEqual(3);
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'x1' } }), 400, 'validation_failed');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'x2', template: 'party', admin: true } }), 400, 'validation_failed');
      const list = json<{ items: { slug: string }[] }>(await call({ method: 'GET', url: '/api/v1/orgs' }));
      expect(list.items.map((o) => o.slug)).toEqual(['wp']);
      const one = json<{ rulebook: { unitKinds: unknown[] } }>(await call({ method: 'GET', url: '/api/v1/orgs/wp' }));
      expect(one.rulebook.unitKinds).toHaveLength(7);
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/nope' }), 404, 'not_found');
    });

    it('builds the tree and answers units, children, subtree and search', async () => {
      const make = async (code: string, kind: string, parent?: string): Promise<number> => {
        const r = await call({ method: 'POST', url: '/api/v1/orgs/wp/units', payload: { code, name: `Unit ${code}`, kind, parentId: parent ? ids[parent] : null } });
        expect(r.statusCode, r.body).toBe(201);
        ids[code] = json<{ id: number }>(r).id;
        return ids[code] as number;
      };
      await make('CC', 'central_committee');
      await make('P1', 'provincial_committee', 'CC');
      await make('C1', 'county_committee', 'P1');
      await make('PR1', 'primary_committee', 'C1');
      await make('S1', 'sectional_committee', 'PR1');
      await make('A', 'cell', 'S1');
      await make('B', 'cell', 'S1');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/units', payload: { name: 'x', kind: 'cell', parentId: ids.A } }), 422, 'rule_violation');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/units', payload: { name: 'x', kind: 'cell', parentId: 999999 } }), 404, 'not_found');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/units', payload: { code: 'A', name: 'x', kind: 'cell', parentId: ids.S1 } }), 409, 'already_exists');
      const top = json<{ items: { code: string }[] }>(await call({ method: 'GET', url: '/api/v1/orgs/wp/units?topLevel=true' }));
      expect(top.items.map((u) => u.code)).toEqual(['CC']);
      const kids = json<{ items: { code: string }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units?parentId=${ids.S1}` }));
      expect(kids.items.map((u) => u.code)).toEqual(['A', 'B']);
      const page1 = json<{ items: { code: string }[]; nextCursor: string }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units?within=${ids.P1}&limit=2` }));
      expect(page1.items).toHaveLength(2);
      const page2 = json<{ items: { code: string }[]; nextCursor: string | null }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units?within=${ids.P1}&limit=2&cursor=${page1.nextCursor}` }));
      expect([...page1.items, ...page2.items].map((u) => u.code).sort()).toEqual(['C1', 'P1', 'PR1', 'S1'].sort().slice(0, 4));
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/wp/units?cursor=garbage' }), 400, 'validation_failed');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/wp/units?limit=9999' }), 400, 'validation_failed');
      const found = json<{ items: { code: string }[] }>(await call({ method: 'GET', url: '/api/v1/orgs/wp/units?q=unit%20b' }));
      expect(found.items.map((u) => u.code)).toEqual(['B']);
      const detail = json<{ parentCode: string; offices: { office: string; required: boolean; holder: null }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.A}` }));
      expect(detail.parentCode).toBe('S1');
      expect(detail.offices).toEqual([
        { office: 'secretary', required: true, holder: null },
        { office: 'deputy_secretary', required: false, holder: null },
      ]);
      expect(json(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.CC}/counts` }))).toEqual({ directMembers: 0, subtreeMembers: 0, subtreeUnits: 7 });
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/wp/units/0' }), 400, 'validation_failed');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/wp/units/123456' }), 404, 'not_found');
    });

    it('admits, searches, transfers and changes the status of members, with optimistic concurrency', async () => {
      const admit = async (payload: Record<string, unknown>): Promise<{ id: number; version: number; memberNo: string }> => {
        const r = await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload });
        expect(r.statusCode, r.body).toBe(201);
        return json(r);
      };
      const kim = await admit({ familyName: '김', givenName: '민준', unitId: ids.A, status: 'full_member', birthDate: '1990-05-01' });
      expect(kim.memberNo).toMatch(/^P\d{7}$/);
      for (let i = 0; i < 5; i++) await admit({ familyName: 'Tester', givenName: `N${i}`, unitId: ids.A, status: 'full_member' });
      const bad = expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload: { familyName: '', givenName: '', birthDate: '2990-01-01', email: 'nope' } }), 400, 'validation_failed');
      // Every problem at once, named by the API's field names.
      expect((bad.problems as { path: string }[]).map((p) => p.path)).toEqual(['familyName', 'birthDate', 'email']);
      const bad2 = expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload: { familyName: 'X', givenName: 'Y', birthDate: 19900101 } }), 400, 'validation_failed');
      expect(bad2.problems).toEqual([expect.objectContaining({ path: 'body.birthDate' })]);
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload: { familyName: 'X', givenName: 'Y', memberNo: kim.memberNo } }), 409, 'already_exists');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload: { familyName: 'X', givenName: 'Y', unitId: ids.S1 } }), 422, 'rule_violation');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/members', payload: { familyName: 'X', givenName: 'Y', status: 'expelled' } }), 400, 'validation_failed');

      const search = json<{ items: { id: number }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/members?q=${encodeURIComponent('김민준')}` }));
      expect(search.items.map((m) => m.id)).toEqual([kim.id]);
      const roster = json<{ items: unknown[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.A}/members` }));
      expect(roster.items).toHaveLength(6);

      const moved = await call({ method: 'POST', url: `/api/v1/orgs/wp/members/${kim.id}/transfer`, payload: { unitId: ids.B, reason: 'moved house', version: kim.version } });
      expect(moved.statusCode, moved.body).toBe(200);
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/members/${kim.id}/transfer`, payload: { unitId: ids.A, reason: 'again', version: kim.version } }), 409, 'version_conflict');
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/members/${kim.id}/transfer`, payload: { unitId: ids.A, version: 2 } }), 400, 'validation_failed');
      const detail = json<{ unitCode: string; placements: { unitCode: string; endOn: string | null; endReason: string | null }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/members/${kim.id}` }));
      expect(detail.unitCode).toBe('B');
      expect(detail.placements).toMatchObject([{ unitCode: 'A', endOn: '2026-11-29', endReason: 'moved house' }, { unitCode: 'B', endOn: null }]);

      const v = json<{ version: number }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/members/${kim.id}` })).version;
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/members/${kim.id}/status`, payload: { status: 'candidate', reason: 'x', version: v } }), 409, 'invalid_transition');
      const resigned = await call({ method: 'POST', url: `/api/v1/orgs/wp/members/${kim.id}/status`, payload: { status: 'resigned', reason: 'own wish', version: v } });
      expect(json(resigned)).toMatchObject({ status: 'resigned', unitId: null });
      const b = json<{ counts: { directMembers: number } }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.B}` }));
      expect(b.counts.directMembers).toBe(0);

      const patched = await call({ method: 'PATCH', url: `/api/v1/orgs/wp/members/${kim.id}`, payload: { phone: '+82 2 555 0100', version: v + 1 } });
      expect(patched.statusCode, patched.body).toBe(200);
      expectProblem(await call({ method: 'PATCH', url: `/api/v1/orgs/wp/members/${kim.id}`, payload: { status: 'full_member', version: v + 2 } }), 400, 'validation_failed');
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/wp/members/999999' }), 404, 'not_found');
    });

    it('appoints officers, ends terms, and reports violations with remedies', async () => {
      const roster = json<{ items: { id: number }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.A}/members` }));
      const first = roster.items[0] as { id: number };
      const appointed = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/offices`, payload: { office: 'secretary', memberId: first.id, startOn: '2026-01-01' } });
      expect(appointed.statusCode, appointed.body).toBe(201);
      const term = json<{ id: number; endOn: string; version: number }>(appointed);
      expect(term.endOn).toBe('2027-01-01');
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/offices`, payload: { office: 'secretary', memberId: first.id } }), 409, 'already_exists');
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/offices`, payload: { office: 'treasurer', memberId: first.id } }), 422, 'rule_violation');
      const report = json<{ totals: Record<string, number>; violations: { type: string; unit: { code: string } | null; remedy: { action: string } }[] }>(await call({ method: 'GET', url: '/api/v1/orgs/wp/violations' }));
      expect(report.totals.unit_too_small).toBe(1); // B is empty
      expect(report.violations.find((x) => x.type === 'unit_too_small')?.unit?.code).toBe('B');
      expect(report.violations.some((x) => x.type === 'office_vacant' && x.unit?.code === 'A')).toBe(false);
      const ended = await call({ method: 'POST', url: `/api/v1/orgs/wp/office-terms/${term.id}/end`, payload: { reason: 'stepped down', version: term.version } });
      expect(ended.statusCode, ended.body).toBe(200);
      const after = json<{ violations: { type: string; unit: { code: string } | null }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/violations?within=${ids.S1}` }));
      expect(after.violations.some((x) => x.type === 'office_vacant' && x.unit?.code === 'A')).toBe(true);
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/office-terms/${term.id}/end`, payload: { reason: 'again', version: term.version + 1 } }), 409, 'invalid_transition');
      const verify = json<{ mismatches: unknown[] }>(await call({ method: 'GET', url: '/api/v1/orgs/wp/counters/verify' }));
      expect(verify.mismatches).toEqual([]);
    });

    it('renames, moves, splits, merges and dissolves units through the API', async () => {
      const unit = async (id: number | undefined) => json<{ version: number; counts: { directMembers: number }; status: string }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${id}` }));
      const a = await unit(ids.A);
      const renamed = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/rename`, payload: { name: 'Loom Cell', reason: 'new name', version: a.version } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/rename`, payload: { name: 'Other', reason: 'stale', version: a.version } }), 409, 'version_conflict');
      const roster = json<{ items: { id: number }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${ids.A}/members` }));
      const a2 = await unit(ids.A);
      const preview = json<{ dryRun: boolean; created: null; sizes: { created: { size: number; withinBounds: boolean } } }>(
        await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/split`, payload: { memberIds: roster.items.slice(0, 2).map((m) => m.id), newName: 'New', reason: 'try', version: a2.version, dryRun: true } }),
      );
      expect(preview).toMatchObject({ dryRun: true, created: null, sizes: { created: { size: 2, withinBounds: false } } });
      expect((await unit(ids.A)).counts.directMembers).toBe(5);
      const split = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/split`, payload: { memberIds: roster.items.slice(0, 2).map((m) => m.id), newName: 'New', newCode: 'N', reason: 'grow', version: a2.version } });
      expect(split.statusCode, split.body).toBe(200);
      const created = json<{ created: { id: number; version: number } }>(split).created;
      const merged = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${created.id}/merge`, payload: { targetId: ids.A, reason: 'too small', version: created.version } });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(json<{ counts: { directMembers: number } }>(merged).counts.directMembers).toBe(5);
      const history = json<{ items: { type: string }[] }>(await call({ method: 'GET', url: `/api/v1/orgs/wp/units/${created.id}/history` }));
      expect(history.items.map((h) => h.type)).toEqual(['created', 'split_from', 'merged_into']);
      const p2 = await call({ method: 'POST', url: '/api/v1/orgs/wp/units', payload: { code: 'PR2', name: 'Second Primary', kind: 'primary_committee', parentId: ids.C1 } });
      const s1 = await unit(ids.S1);
      const moved = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.S1}/move`, payload: { parentId: json<{ id: number }>(p2).id, reason: 'reorganized', version: s1.version } });
      expect(moved.statusCode, moved.body).toBe(200);
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.PR1}/move`, payload: { parentId: ids.S1, reason: 'bad', version: 1 } }), 422, 'rule_violation');
      const b = await unit(ids.B);
      const dissolved = await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.B}/dissolve`, payload: { reason: 'empty', version: b.version } });
      expect(json(dissolved)).toMatchObject({ status: 'dissolved' });
      const a3 = await unit(ids.A);
      expectProblem(await call({ method: 'POST', url: `/api/v1/orgs/wp/units/${ids.A}/dissolve`, payload: { reason: 'x', version: a3.version } }), 422, 'rule_violation');
      expect(json<{ mismatches: unknown[] }>(await call({ method: 'GET', url: '/api/v1/orgs/wp/counters/verify' })).mismatches).toEqual([]);
    });

    it('imports CSV all-or-nothing and exports spreadsheet-safe CSV', async () => {
      const good = 'member_no;family_name;given_name;birth_date;unit_code;status;joined_on;phone;email\nX-1;이;서연;1991-02-03;A;full_member;2020-01-01;;\nX-2;"=HYPERLINK(""http://x"")";Bob;;A;candidate;;;\n';
      const r = await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/members', payload: `\uFEFF${good}`, headers: { 'content-type': 'text/csv' } });
      expect(r.statusCode, r.body).toBe(200);
      expect(json(r)).toMatchObject({ rows: 2, inserted: 2 });
      const again = json(await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/members', payload: good, headers: { 'content-type': 'text/csv' } }));
      expect(again).toMatchObject({ rows: 2, inserted: 0, unchanged: 2 });
      const before = (await call({ method: 'GET', url: '/api/v1/orgs/wp/exports/members.csv' })).body;
      const bad = 'member_no,family_name,given_name,birth_date,unit_code\nY-1,Lee,Ann,1990-13-01,A\nY-2,Park,Joon,,NOPE\n';
      const rejected = expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/members', payload: bad, headers: { 'content-type': 'text/csv' } }), 400, 'import_rejected');
      expect(rejected.problems).toEqual([
        expect.objectContaining({ line: 2, column: 'birth_date' }),
        expect.objectContaining({ line: 3, column: 'unit_code' }),
      ]);
      expect((await call({ method: 'GET', url: '/api/v1/orgs/wp/exports/members.csv' })).body).toBe(before);
      const mapped = json(await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/members?dryRun=true&map=Surname%3Dfamily_name&map=First%3Dgiven_name', payload: 'Surname,First\nDoe,Jane\n', headers: { 'content-type': 'text/csv' } }));
      expect(mapped).toMatchObject({ dryRun: true, rows: 1, inserted: 1 });
      expect((await call({ method: 'GET', url: '/api/v1/orgs/wp/exports/members.csv' })).body).toBe(before);
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/members', payload: { a: 1 } }), 400, 'validation_failed');
      const exported = await call({ method: 'GET', url: '/api/v1/orgs/wp/exports/members.csv' });
      expect(exported.headers['content-type']).toContain('text/csv');
      expect(exported.body).toContain(`X-2,"'=HYPERLINK(""http://x"")",Bob`);
      expect(exported.body).toContain('이,서연');
      const units = await call({ method: 'GET', url: '/api/v1/orgs/wp/exports/units.csv?bom=false' });
      expect(units.body.startsWith('code,name,kind,parent_code\r\nCC,')).toBe(true);
      expectProblem(await call({ method: 'GET', url: '/api/v1/orgs/nope/exports/units.csv' }), 404, 'not_found');
      const unitCsv = json(await call({ method: 'POST', url: '/api/v1/orgs/wp/imports/units', payload: 'code,name,kind,parent_code\nZ1,New cell,cell,S1\n', headers: { 'content-type': 'text/csv' } }));
      expect(unitCsv).toMatchObject({ inserted: 1 });
    });

    it('answers unknown routes and malformed JSON with problem details and sets security headers', async () => {
      const r = await call({ method: 'GET', url: '/api/v1/nothing-here' });
      expectProblem(r, 404, 'not_found');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expectProblem(await call({ method: 'POST', url: '/api/v1/orgs', payload: '{"slug":', headers: { 'content-type': 'application/json' } }), 400, 'validation_failed');
      const home = await call({ method: 'GET', url: '/', auth: false });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('Cellbook');
    });
  });
}

describe('request logging', () => {
  it('never writes query strings, tokens or bodies to the log', async () => {
    const t = await createTestDatabase('sqlite');
    const ctx = createAppContext(t.database);
    const token = await buildApiToken(await buildAccount(ctx, { username: 'logger', admin: true, password: 'plum-colored umbrella' }));
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await buildServer(ctx, { logger: true, logStream: stream });
    await app.inject({ method: 'GET', url: `/api/v1/orgs/x/members?q=${encodeURIComponent('김민준')}`, headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: 'POST', url: '/api/v1/orgs', headers: { authorization: `Bearer ${token}` }, payload: { slug: 'secret-name-홍길동', template: 'party' } });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'logger', password: 'plum-colored umbrella' } });
    const session = /cellbook_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1] ?? 'missing';
    await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `cellbook_session=${session}` } });
    await app.close();
    await t.drop();
    const log = lines.join('');
    expect(log).toContain('/api/v1/orgs/x/members');
    expect(log).not.toContain('김민준');
    expect(log).not.toContain(encodeURIComponent('김민준'));
    expect(log).not.toContain(token);
    expect(log).not.toContain(session);
    expect(log).not.toContain('plum-colored');
    expect(log).not.toContain('홍길동');
  });
});
