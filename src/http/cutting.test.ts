import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../app/context.js';
import { buildAccount, buildApiToken } from '../test-support/accounts.js';
import { createTestDatabase } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

/*
 * The calculator stores nothing and reads nothing, so one engine is enough here; the authorization
 * matrix and the mass-assignment test run its routes on both.
 */
describe('cutting calculator API', () => {
  let app: FastifyInstance;
  let token: string;
  let readToken: string;
  let drop: () => Promise<void>;

  const post = (url: string, payload: unknown, auth: string | null = token): Promise<LightMyRequestResponse> =>
    app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: auth === null ? {} : { authorization: `Bearer ${auth}` } });

  beforeAll(async () => {
    const t = await createTestDatabase('sqlite');
    drop = t.drop;
    const ctx = createAppContext(t.database, () => new Date('2026-11-29T10:00:00Z'));
    const user = await buildAccount(ctx, { username: 'instructor' });
    token = await buildApiToken(user);
    readToken = await buildApiToken(user, 'read');
    app = await buildServer(ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  // Easy Track, "Calculating fabric for curtains", https://easytrack.com.au/pages/calculating-fabric-for-curtains:
  // 200 cm × 2 + 40 cm ÷ 140 cm → 4 drops of 240 cm = 9.6 m.
  const easyTrack = { trackWidth: 200, fullness: 2, widthAllowance: '40cm', fabricWidth: '140cm', finishedLength: 210, hemAllowance: 30 };

  it('answers a cutting list for any signed-in user (Easy Track: 4 drops, 9.6 m)', async () => {
    const r = await post('/api/v1/cutting/curtains', easyTrack);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    const list = r.json<{ kind: string; figures: { key: string; number: number | null }[]; fabrics: { pieces: { count: number; along: { mm: number; text: string } }[]; toBuy: { mm: number; text: string } }[] }>();
    expect(list.kind).toBe('curtains');
    expect(list.figures.find((f) => f.key === 'widths')?.number).toBe(4);
    expect(list.fabrics[0]?.pieces[0]).toMatchObject({ count: 4, along: { mm: 2400, text: '240 cm' } });
    expect(list.fabrics[0]?.toBuy).toMatchObject({ mm: 9600, text: '9.6 m' });
  });

  it('serves the cutting diagram as SVG with ?format=svg', async () => {
    const r = await post('/api/v1/cutting/cushion?format=svg', { width: 40, height: 40, seamAllowance: 1.5, overlap: 10, openingHem: 3, fabricWidth: 137 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(r.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(r.body).toContain('<title id="cut-title">Cutting diagram: envelope cushion cover</title>');
    expect(r.body).toContain('43 cm × 29.5 cm');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('covers tablecloths and roman blinds, in imperial units', async () => {
    // Sew News, "Q&A: round table cover", http://sewnews.com/resources/qa/qa0504a/
    const cloth = await post('/api/v1/cutting/tablecloth', { unit: 'in', shape: 'round', tableDiameter: '19 3/4', drop: 25, hem: '1/2', fabricWidth: 54 });
    expect(cloth.json<{ fabrics: { toBuy: { text: string } }[] }>().fabrics[0]?.toBuy.text).toBe('4 yd');
    const blind = await post('/api/v1/cutting/roman-blind', { unit: 'in', width: 35, length: '35 1/4', sideHems: 2, topAllowance: 3, bottomHem: 2, fabricWidth: 54 });
    expect(blind.json<{ fabrics: { pieces: { across: { text: string }; along: { text: string } }[] }[] }>().fabrics[0]?.pieces[0]).toMatchObject({ across: { text: '39 in' }, along: { text: '40 1/4 in' } });
  });

  it('refuses impossible measurements as problem details naming each field', async () => {
    const r = await post('/api/v1/cutting/curtains', { ...easyTrack, trackWidth: 0, fabricWidth: '-1', fullness: 'very' });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const body = r.json<{ code: string; problems: { path: string; message: string }[]; hint: string }>();
    expect(body.code).toBe('validation_failed');
    expect(body.problems.map((p) => p.path)).toEqual(['trackWidth', 'fullness', 'fabricWidth']);
    expect(body.hint).toContain('54 1/2in');
    const narrow = await post('/api/v1/cutting/curtains', { ...easyTrack, fabricWidth: 10, sideHems: 5 });
    expect(narrow.json<{ problems: { path: string }[] }>().problems).toEqual([expect.objectContaining({ path: 'sideHems' })]);
    const wrongShape = await post('/api/v1/cutting/tablecloth', { shape: 'oval', drop: 20, fabricWidth: 140 });
    expect(wrongShape.statusCode).toBe(400);
    const extra = await post('/api/v1/cutting/cushion', { width: 40, height: 40, overlap: 10, fabricWidth: 137, colour: 'red' });
    expect(extra.statusCode).toBe(400);
    expect((await post('/api/v1/cutting/cushion?format=pdf', { width: 40, height: 40, overlap: 10, fabricWidth: 137 })).statusCode).toBe(400);
  });

  it('needs sign-in, and as a POST a write-scope token', async () => {
    expect((await post('/api/v1/cutting/curtains', easyTrack, null)).statusCode).toBe(401);
    expect((await post('/api/v1/cutting/curtains', easyTrack, readToken)).statusCode).toBe(403);
  });

  it('documents the four routes, both response types, in a valid OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, { post?: { responses: Record<string, { content: Record<string, unknown> }> } }> }>();
    await SwaggerParser.validate(structuredClone(doc) as never);
    for (const kind of ['curtains', 'tablecloth', 'cushion', 'roman-blind']) {
      expect(Object.keys(doc.paths[`/api/v1/cutting/${kind}`]?.post?.responses['200']?.content ?? {})).toEqual(['application/json', 'image/svg+xml']);
    }
  });
});
