import SwaggerParser from '@apidevtools/swagger-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConventionSession } from '../app/add-convention-session.js';
import { addConvention } from '../app/add-convention.js';
import { appointOfficer } from '../app/appoint-officer.js';
import { castVote } from '../app/cast-vote.js';
import { checkIn } from '../app/check-in.js';
import { closeVote } from '../app/close-vote.js';
import { createAppContext, type AppContext } from '../app/context.js';
import { createConventionSeries } from '../app/create-convention-series.js';
import { draftMotion } from '../app/draft-motion.js';
import { freezeRoster } from '../app/freeze-roster.js';
import { openVote } from '../app/open-vote.js';
import { buildCell, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { apiTokenOf } from '../test-support/org-world.js';
import { buildUser } from '../test-support/factories.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { fixedClock } from '../test-support/expect-error.js';
import { buildServer } from './server.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  sequence: number;
  status: string | null;
  tzid: string | null;
  start: string;
  stamp: string;
}

/** Every VEVENT of a feed as the independent parser reads it; fails on anything ical.js refuses. */
function parseCalendar(text: string): { events: ParsedEvent[]; zones: string[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe('vcalendar');
  expect(root.getFirstPropertyValue('version')).toBe('2.0');
  const zones = root.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid')));
  for (const z of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(z));
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const dtstart = c.getFirstProperty('dtstart');
    return {
      uid: e.uid,
      summary: e.summary,
      sequence: e.sequence,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
      tzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
      start: e.startDate.toJSDate().toISOString(),
      stamp: String(c.getFirstPropertyValue('dtstamp')),
    };
  });
  return { events, zones };
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`calendar and bulletin feeds on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let slug: string;
    let cellId: number;
    let secretaryToken: string;
    const call = (opts: InjectOptions, bearer?: string): Promise<LightMyRequestResponse> =>
      app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(opts.payload !== undefined ? { 'content-type': 'application/json' } : {}) } });

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx);
      await app.ready();
      const org = await buildPartyOrg(ctx, 'feeds');
      slug = org.slug;
      const cell = await buildCell(ctx, slug, org.section, 'FEED-CELL');
      cellId = cell.id;
      const [secretary] = await buildMembers(ctx, slug, cell, 3);
      if (!secretary) throw new Error('missing');
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: secretary.id }, startOn: '2026-01-01' });
      const user = await buildUser(ctx, { orgSlug: slug, memberId: secretary.id });
      secretaryToken = (await apiTokenOf(ctx, user.userId)).token;
      // A convention the secretary sits at, with one adopted and published statement and one adopted but unpublished.
      const series = await createConventionSeries(ctx, { org: slug, unit: { id: org.section.id }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } });
      const c = await addConvention(ctx, { org: slug, seriesId: series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', place: 'Culture Hall' });
      await freezeRoster(ctx, { org: slug, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: '2026-11-29', version: c.version });
      const session = await addConventionSession(ctx, { org: slug, conventionId: c.id, title: 'Opening session', start: '2026-12-10T09:00', end: '2026-12-10T12:00' });
      const roster = await ctx.database.db.selectFrom('convention_roster').select('id').where('convention_id', '=', c.id).executeTakeFirstOrThrow();
      await checkIn(ctx, { org: slug, conventionId: c.id, sessionId: session.id, rosterId: roster.id });
      for (const [title, text] of [['Statement of the 1st Meeting', 'We shall meet <monthly> & study.'], ['Internal resolution', 'Not for the public.']] as const) {
        const m = await draftMotion(ctx, { org: slug, conventionId: c.id, sessionId: session.id, kind: 'statement', title, text });
        const open = await openVote(ctx, { org: slug, motionId: m.id, ballot: 'open', version: m.version });
        await castVote(ctx, { org: slug, motionId: m.id, rosterId: roster.id, choice: 'for' });
        await closeVote(ctx, { org: slug, motionId: m.id, version: open.version });
      }
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('serves unit and personal iCalendar feeds that ical.js reads: stable UIDs, zones, SEQUENCE, CANCELLED', async () => {
      const schedule = async (title: string, start: string, timeZone: string) =>
        (await call({ method: 'POST', url: `/api/v1/orgs/${slug}/meetings`, payload: { unitId: cellId, kind: 'general', title, start, end: start.replace(/T\d\d/, 'T22'), timeZone, place: 'Hall' } }, secretaryToken)).json<{ id: number; version: number }>();
      const seoul = await schedule('Monthly general meeting', '2026-12-04T19:00', 'Asia/Seoul');
      const utc = await schedule('Online study', '2026-12-05T18:00', 'UTC');
      const cancelled = await schedule('Extra meeting', '2026-12-06T19:00', 'Europe/Berlin');
      expect((await call({ method: 'POST', url: `/api/v1/orgs/${slug}/meetings/${cancelled.id}/cancel`, payload: { reason: 'Hall closed', version: cancelled.version } }, secretaryToken)).statusCode).toBe(200);

      const issued = await call({ method: 'POST', url: '/api/v1/auth/feed-token' }, secretaryToken);
      expect(issued.statusCode).toBe(201);
      const feedToken = issued.json<{ token: string }>().token;
      expect(feedToken).toMatch(/^cbf_[A-Za-z0-9_-]{43}$/);
      const stored = await ctx.database.db.selectFrom('feed_tokens').select('token_hash').execute();
      expect(stored.some((r) => r.token_hash.includes(feedToken) || feedToken.includes(r.token_hash))).toBe(false);

      const unitFeed = async (token: string) => call({ method: 'GET', url: `/api/v1/calendar/orgs/${slug}/units/${cellId}?token=${token}` });
      const r1 = await unitFeed(feedToken);
      expect(r1.statusCode, r1.body).toBe(200);
      expect(r1.headers['content-type']).toContain('text/calendar');
      const first = parseCalendar(r1.body);
      expect(first.events.map((e) => [e.summary, e.start, e.tzid, e.status, e.sequence])).toEqual([
        ['Monthly general meeting', '2026-12-04T10:00:00.000Z', 'Asia/Seoul', 'CONFIRMED', 0],
        ['Online study', '2026-12-05T18:00:00.000Z', null, 'CONFIRMED', 0],
        ['Extra meeting', '2026-12-06T18:00:00.000Z', 'Europe/Berlin', 'CANCELLED', 1],
      ]);
      expect(first.zones.sort()).toEqual(['Asia/Seoul', 'Europe/Berlin']);
      expect(first.events.every((e) => e.uid.endsWith(`.${slug}@localhost`) && e.stamp !== '')).toBe(true);

      // A change raises SEQUENCE under the same UID.
      expect((await call({ method: 'POST', url: `/api/v1/orgs/${slug}/meetings/${seoul.id}/reschedule`, payload: { place: 'Library', version: seoul.version } }, secretaryToken)).statusCode).toBe(200);
      const second = parseCalendar((await unitFeed(feedToken)).body);
      expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
      expect(second.events[0]?.sequence).toBe(1);
      expect(utc.id).toBeGreaterThan(seoul.id);

      // Personal feed: the meetings the secretary is invited to, and the convention session they sit at.
      const mine = parseCalendar((await call({ method: 'GET', url: `/api/v1/calendar/orgs/${slug}/me?token=${feedToken}` })).body);
      expect(mine.events.map((e) => e.summary)).toEqual(['Monthly general meeting', 'Online study', 'Extra meeting', '1st Meeting of Cell Secretaries: Opening session']);

      // Reissuing revokes the old link; revoking stops every link. Refusals look alike.
      const reissued = (await call({ method: 'POST', url: '/api/v1/auth/feed-token' }, secretaryToken)).json<{ token: string }>().token;
      const old = await unitFeed(feedToken);
      expect([old.statusCode, old.json<{ code: string }>().code]).toEqual([401, 'unauthorized']);
      expect((await unitFeed(reissued)).statusCode).toBe(200);
      expect((await call({ method: 'DELETE', url: '/api/v1/auth/feed-token' }, secretaryToken)).json()).toEqual({ revoked: 1 });
      expect((await unitFeed(reissued)).body).toBe(old.body);
      expect((await call({ method: 'GET', url: `/api/v1/calendar/orgs/${slug}/me` })).statusCode).toBe(401);
    });

    it('publishes only texts marked published, as HTML and an Atom feed that feed-parser reads, with citable ids', async () => {
      const motions = await ctx.database.db.selectFrom('motions').select(['id', 'version', 'title']).orderBy('id').execute();
      const first = motions[0];
      if (!first) throw new Error('missing');
      const r = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/motions/${first.id}/publish`, payload: { version: first.version } }, (await apiTokenOf(ctx, (await buildUser(ctx, { isAdmin: true })).userId)).token);
      expect(r.statusCode, r.body).toBe(200);
      const publicId = r.json<{ publicId: string }>().publicId;

      const atom = await call({ method: 'GET', url: `/bulletin/${slug}/feed.atom` });
      expect(atom.statusCode).toBe(200);
      expect(atom.headers['content-type']).toContain('application/atom+xml');
      const feed = parseFeed(atom.body);
      expect(feed.meta.type).toBe('atom');
      expect(feed.items.map((i) => [i.title, i.id, i.url])).toEqual([[`${publicId} Statement of the 1st Meeting`, `http://localhost/bulletin/${slug}/${publicId}`, `http://localhost/bulletin/${slug}/${publicId}`]]);
      // The text, escaped as HTML in the feed, reads back exactly.
      expect(feed.items[0]?.content).toContain('We shall meet <monthly> & study.');

      const html = await call({ method: 'GET', url: `/bulletin/${slug}` });
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.body).toContain('We shall meet &lt;monthly&gt; &amp; study.');
      expect(html.body).not.toContain('Internal resolution');
      const cited = await call({ method: 'GET', url: `/bulletin/${slug}/${publicId}` });
      expect([cited.statusCode, cited.body.includes('1st Meeting of Cell Secretaries')]).toEqual([200, true]);
      const unpublished = await call({ method: 'GET', url: `/bulletin/${slug}/${(motions[1]?.id ?? 0)}` });
      const nowhere = await call({ method: 'GET', url: '/bulletin/no-such-org' });
      expect([unpublished.statusCode, nowhere.statusCode]).toEqual([404, 404]);
      expect(unpublished.json<{ detail: string }>().detail).toBe(nowhere.json<{ detail: string }>().detail);

      const doc = (await call({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, unknown> }>();
      await SwaggerParser.validate(structuredClone(doc) as never);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/orgs/{org}/meetings', '/api/v1/orgs/{org}/conventions/{conventionId}/check-ins', '/api/v1/calendar/orgs/{org}/units/{unitId}']));
    });
  });
}
