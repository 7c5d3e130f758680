import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../app/context.js';
import { createTestDatabase } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

describe('the web app at /', () => {
  let dir: string;
  let app: FastifyInstance;
  let notBuilt: FastifyInstance;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cellbook-webroot-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Cellbook app</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    const t = await createTestDatabase('sqlite');
    drop = t.drop;
    const ctx = createAppContext(t.database);
    app = await buildServer(ctx, { webRoot: dir });
    notBuilt = await buildServer(ctx, { webRoot: join(dir, 'missing') });
  });
  afterAll(async () => {
    await app.close();
    await notBuilt.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html for the app’s own paths, so a reload of /orgs/x/units/1 works', async () => {
    for (const url of ['/', '/orgs/demo-party/units/12', '/login?next=%2Forgs']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body).toContain('Cellbook app');
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year and serves top-level files', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const robots = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.body).toContain('Disallow');
  });

  it('lets the app load only its own scripts, and never be framed', async () => {
    const csp = String((await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('keeps API 404s as problem details and never serves files outside the app', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'not_found' });
    for (const url of ['/../package.json', '/assets/../../package.json', '/%2e%2e/%2e%2e/package.json']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.body, url).not.toContain('"dependencies"');
    }
  });

  it('explains how to build the app when it has not been built', async () => {
    for (const url of ['/', '/orgs/demo-party/tree']) {
      const r = await notBuilt.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('npm run build');
    }
    expect((await notBuilt.inject({ method: 'GET', url: '/api/v1/nothing' })).json()).toMatchObject({ code: 'not_found' });
  });
});
