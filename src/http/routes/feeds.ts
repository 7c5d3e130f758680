import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Feed } from 'feed';
import { z } from 'zod';
import { getPublishedText, listPublishedTexts, type PublishedText } from '../../app/bulletin-queries.js';
import { personalCalendar, unitCalendar } from '../../app/calendar-feed.js';
import type { AppContext } from '../../app/context.js';
import { authenticateFeedToken, issueFeedToken, revokeFeedToken } from '../../app/feed-tokens.js';
import { errorResponses, id, orgParams } from '../schemas.js';

const tokenQuery = z.object({ token: z.string().max(100).optional().describe('Your calendar link token (cbf_…), from POST /api/v1/auth/feed-token') });
// The page's only style is inline; nothing else loads, and no other site frames it.
const htmlCsp = { contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } } };

/** Calendar feeds (a secret token in the URL, for calendar apps) and the feed-token routes of one's own account. */
export function calendarRoutes(baseCtx: AppContext) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/auth/feed-token',
      { schema: { tags: ['auth', 'calendars'], summary: 'Create your calendar link token (revokes the previous one); shown once', response: { 201: z.object({ token: z.string() }), ...errorResponses } } },
      async (req, reply) => {
        reply.code(201);
        return issueFeedToken(req.ctx);
      },
    );
    app.delete('/auth/feed-token', { schema: { tags: ['auth', 'calendars'], summary: 'Revoke your calendar link token: every subscription stops', response: { 200: z.object({ revoked: z.number().int() }), ...errorResponses } } }, async (req) =>
      revokeFeedToken(req.ctx),
    );
    app.get(
      '/calendar/orgs/:org/units/:unitId',
      {
        config: { public: true },
        schema: { tags: ['calendars'], summary: 'iCalendar feed of a unit’s meetings and the conventions it convenes', description: 'Authenticated by `token` (calendar apps send no other credential). text/calendar.', params: orgParams.extend({ unitId: id }), querystring: tokenQuery },
      },
      async (req, reply) => {
        const ctx = await authenticateFeedToken(baseCtx, req.query.token);
        const body = await unitCalendar(ctx, { org: req.params.org, unit: { id: req.params.unitId }, host: req.hostname });
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
      },
    );
    app.get(
      '/calendar/orgs/:org/me',
      { config: { public: true }, schema: { tags: ['calendars'], summary: 'iCalendar feed of your own meetings and conventions', params: orgParams, querystring: tokenQuery } },
      async (req, reply) => {
        const ctx = await authenticateFeedToken(baseCtx, req.query.token);
        const body = await personalCalendar(ctx, { org: req.params.org, host: req.hostname });
        return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(body);
      },
    );
  };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const baseUrl = (req: FastifyRequest): string => `${req.protocol}://${req.host}`;
const textUrl = (req: FastifyRequest, org: string, t: PublishedText): string => `${baseUrl(req)}/bulletin/${encodeURIComponent(org)}/${encodeURIComponent(t.publicId)}`;

function page(title: string, body: string, feedUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="alternate" type="application/atom+xml" href="${escapeHtml(feedUrl)}">
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b}article{border-top:1px solid #ddd;padding:1rem 0}.meta{color:#555;font-size:.9rem}p.text{white-space:pre-wrap}</style>
</head><body><main>${body}</main></body></html>`;
}

function article(req: FastifyRequest, org: string, t: PublishedText, heading: 'h1' | 'h2'): string {
  return `<article id="${escapeHtml(t.publicId)}"><${heading}><a href="${escapeHtml(textUrl(req, org, t))}">${escapeHtml(t.title)}</a></${heading}>
<p class="meta">No. ${escapeHtml(t.publicId)} · ${t.kind === 'proceedings' ? 'record approved for' : `${escapeHtml(t.kind)} adopted by`} the ${escapeHtml(t.adoptedBy.en)} (${escapeHtml(t.adoptedBy.ko)}) · published <time datetime="${escapeHtml(t.publishedAt)}">${escapeHtml(t.publishedAt.slice(0, 10))}</time></p>
<p class="text">${escapeHtml(t.text)}</p></article>`;
}

/** The public bulletin of adopted texts an organization published: HTML pages and an Atom feed. */
export function bulletinRoutes(baseCtx: AppContext) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const params = z.object({ org: z.string().min(1).max(40) });
    app.get('/bulletin/:org', { config: { public: true }, schema: { hide: true, params }, helmet: htmlCsp }, async (req, reply) => {
      const b = await listPublishedTexts(baseCtx, req.params.org);
      const feedUrl = `${baseUrl(req)}/bulletin/${encodeURIComponent(b.orgSlug)}/feed.atom`;
      const body = `<h1>${escapeHtml(b.orgName)}: bulletin</h1><p><a href="${escapeHtml(feedUrl)}">Atom feed</a></p>${b.texts.map((t) => article(req, b.orgSlug, t, 'h2')).join('\n') || '<p>Nothing published yet.</p>'}`;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(page(`${b.orgName} bulletin`, body, feedUrl));
    });
    app.get('/bulletin/:org/feed.atom', { config: { public: true }, schema: { hide: true, params } }, async (req, reply) => {
      const b = await listPublishedTexts(baseCtx, req.params.org);
      const self = `${baseUrl(req)}/bulletin/${encodeURIComponent(b.orgSlug)}`;
      const feed = new Feed({
        id: self,
        title: `${b.orgName}: bulletin`,
        link: self,
        updated: new Date(b.texts[0]?.publishedAt ?? 0),
        feedLinks: { atom: `${self}/feed.atom` },
        copyright: b.orgName,
        generator: 'Cellbook',
      });
      for (const t of b.texts) {
        const url = textUrl(req, b.orgSlug, t);
        feed.addItem({ id: url, title: `${t.publicId} ${t.title}`, link: url, date: new Date(t.publishedAt), published: new Date(t.adoptedAt), description: t.kind === 'proceedings' ? `Approved record of the ${t.adoptedBy.en}` : `Adopted by the ${t.adoptedBy.en}`, content: escapeHtml(t.text) });
      }
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(feed.atom1());
    });
    app.get('/bulletin/:org/:publicId', { config: { public: true }, schema: { hide: true, params: params.extend({ publicId: z.string().max(40) }) }, helmet: htmlCsp }, async (req, reply) => {
      const { orgName, text } = await getPublishedText(baseCtx, req.params.org, req.params.publicId);
      const feedUrl = `${baseUrl(req)}/bulletin/${encodeURIComponent(req.params.org)}/feed.atom`;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(page(`${text.title} — ${orgName}`, article(req, req.params.org, text, 'h1'), feedUrl));
    });
  };
}
