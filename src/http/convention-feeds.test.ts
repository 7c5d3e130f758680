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
import { publishText } from '../app/publish-text.js';
import { recordAddress } from '../app/record-address.js';
import { buildCell, buildMembers, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { fixedClock } from '../test-support/expect-error.js';
import { apiTokenOf } from '../test-support/org-world.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

/** The VEVENTs of a feed as ical.js reads them (it throws on anything it cannot parse). */
function events(text: string): { uid: string; summary: string; sequence: number; status: string | null; start: string }[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const z of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(z));
  return root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, sequence: e.sequence, status: (c.getFirstPropertyValue('status') as string | null) ?? null, start: e.startDate.toJSDate().toISOString() };
  });
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`convention sessions in calendars, proceedings in the bulletin on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let slug: string;
    let sectionId: number;
    let conventionId: number;
    let sessionIds: number[];
    let admin: string;
    const call = (opts: InjectOptions, bearer?: string): Promise<LightMyRequestResponse> =>
      app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(opts.payload !== undefined ? { 'content-type': 'application/json' } : {}) } });

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx);
      await app.ready();
      const org = await buildPartyOrg(ctx, 'conv-feeds');
      slug = org.slug;
      sectionId = org.section.id;
      const cell = await buildCell(ctx, slug, org.section, 'CF-CELL');
      const [secretary] = await buildMembers(ctx, slug, cell, 1);
      if (!secretary) throw new Error('missing');
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: secretary.id }, startOn: '2026-01-01' });
      admin = (await apiTokenOf(ctx, (await buildUser(ctx, { isAdmin: true })).userId)).token;
      const series = await createConventionSeries(ctx, { org: slug, unit: { id: org.section.id }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } });
      const c = await addConvention(ctx, { org: slug, seriesId: series.id, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', place: 'Culture Hall' });
      conventionId = c.id;
      await freezeRoster(ctx, { org: slug, conventionId: c.id, rule: { officeHolders: [{ unitKind: 'cell', office: 'secretary' }] }, cutoffOn: '2026-11-29', version: c.version });
      const first = await addConventionSession(ctx, { org: slug, conventionId: c.id, title: 'Opening session', start: '2026-12-10T09:00', end: '2026-12-10T12:00' });
      const second = await addConventionSession(ctx, { org: slug, conventionId: c.id, title: 'Excursion', start: '2026-12-11T09:00', end: '2026-12-11T12:00' });
      sessionIds = [first.id, second.id];
      const roster = await ctx.database.db.selectFrom('convention_roster').select('id').where('convention_id', '=', c.id).executeTakeFirstOrThrow();
      await checkIn(ctx, { org: slug, conventionId: c.id, sessionId: first.id, rosterId: roster.id });
      await recordAddress(ctx, { org: slug, conventionId: c.id, sessionId: first.id, kind: 'opening', speaker: { name: 'The chair' }, title: 'On the tasks ahead', text: 'Comrades…' });
      const m = await draftMotion(ctx, { org: slug, conventionId: c.id, sessionId: first.id, kind: 'statement', title: 'Statement of the 1st Meeting', text: 'We shall meet monthly.' });
      const open = await openVote(ctx, { org: slug, motionId: m.id, ballot: 'open', version: m.version });
      await castVote(ctx, { org: slug, motionId: m.id, rosterId: roster.id, choice: 'for' });
      const closed = await closeVote(ctx, { org: slug, motionId: m.id, version: open.version });
      await publishText(ctx, { org: slug, motionId: m.id, version: closed.version });
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('shows a changed session with a raised SEQUENCE and a cancelled one as STATUS:CANCELLED, under the same UIDs', async () => {
      const token = (await call({ method: 'POST', url: '/api/v1/auth/feed-token' }, admin)).json<{ token: string }>().token;
      const feed = async () => events((await call({ method: 'GET', url: `/api/v1/calendar/orgs/${slug}/units/${sectionId}?token=${token}` })).body);
      const before = await feed();
      expect(before.map((e) => [e.summary, e.sequence, e.status])).toEqual([
        ['1st Meeting of Cell Secretaries: Opening session', 0, 'CONFIRMED'],
        ['1st Meeting of Cell Secretaries: Excursion', 0, 'CONFIRMED'],
      ]);
      const [first, second] = sessionIds as [number, number];
      const moved = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/sessions/${first}/change`, payload: { title: 'Opening plenary', start: '2026-12-10T10:00', end: '2026-12-10T13:00', version: 1 } }, admin);
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ title: 'Opening plenary', localStart: '2026-12-10T10:00', status: 'scheduled', version: 2 });
      const stale = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/sessions/${first}/change`, payload: { title: 'Stale', version: 1 } }, admin);
      expect(stale.statusCode).toBe(409);
      const cancelled = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/sessions/${second}/cancel`, payload: { reason: 'Bus strike', version: 1 } }, admin);
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Bus strike' });
      const after = await feed();
      expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
      expect(after.map((e) => [e.summary, e.sequence, e.status, e.start])).toEqual([
        ['1st Meeting of Cell Secretaries: Opening plenary', 1, 'CONFIRMED', '2026-12-10T01:00:00.000Z'],
        ['1st Meeting of Cell Secretaries: Excursion', 1, 'CANCELLED', '2026-12-11T00:00:00.000Z'],
      ]);
    });

    it('publishes the approved record of proceedings in the bulletin HTML and Atom feed under a stable citable id', async () => {
      const assembled = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/proceedings`, payload: {} }, admin);
      expect(assembled.statusCode, assembled.body).toBe(200);
      expect(assembled.json<{ publicId: string | null }>().publicId).toBeNull();
      // A draft is not published.
      expect(parseFeed((await call({ method: 'GET', url: `/bulletin/${slug}/feed.atom` })).body).items).toHaveLength(1);
      const approved = await call({ method: 'POST', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/proceedings/approve`, payload: { version: assembled.json<{ version: number }>().version } }, admin);
      expect(approved.statusCode, approved.body).toBe(200);
      const publicId = approved.json<{ publicId: string }>().publicId;
      expect(publicId).toMatch(/^\d+-1-P$/);

      const feed = parseFeed((await call({ method: 'GET', url: `/bulletin/${slug}/feed.atom` })).body);
      expect(feed.meta.type).toBe('atom');
      const url = `http://localhost/bulletin/${slug}/${publicId}`;
      const entry = feed.items.find((i) => i.id === url);
      expect(entry?.title).toBe(`${publicId} Record of proceedings of the 1st Meeting of Cell Secretaries`);
      expect(entry?.url).toBe(url);
      expect(entry?.content).toContain('On the tasks ahead');
      expect(entry?.content).toContain('Excursion (cancelled)');
      expect(entry?.content).toContain('Statement of the 1st Meeting');
      expect(feed.items).toHaveLength(2);

      const page = await call({ method: 'GET', url: `/bulletin/${slug}` });
      expect(page.body).toContain(`id="${publicId}"`);
      const cited = await call({ method: 'GET', url: `/bulletin/${slug}/${publicId}` });
      expect([cited.statusCode, cited.body.includes('Record of proceedings of the 1st Meeting of Cell Secretaries'), cited.body.includes('record approved for')]).toEqual([200, true, true]);
      // Stable: the same id answers the same record on every read, and the proceedings say so.
      expect((await call({ method: 'GET', url: `/api/v1/orgs/${slug}/conventions/${conventionId}/proceedings` }, admin)).json<{ publicId: string }>().publicId).toBe(publicId);
      expect((await call({ method: 'GET', url: `/bulletin/${slug}/${publicId}` })).body).toBe(cited.body);
    });
  });
}
