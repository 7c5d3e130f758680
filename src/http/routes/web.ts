import type { FastifyInstance } from 'fastify';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cellbook</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px}</style>
</head><body>
<main>
<h1>Cellbook is running</h1>
<p>The HTTP API is served under <code>/api/v1</code>; its OpenAPI 3.1 document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
Every API request needs a session (<code>POST /api/v1/auth/login</code> sets a cookie) or an API token
(<code>Authorization: Bearer cbt_…</code>, created with <code>POST /api/v1/auth/tokens</code>).</p>
<p>On first start the server creates the administrator <code>admin</code> and prints a one-time token to choose its password;
<code>cellbook user reset admin</code> prints a new one.</p>
<p>The web app for the tree, rosters and rule violations is being built; until then use the API or the <code>cellbook</code> command.</p>
</main></body></html>`;

/** The page served at `/` until the web app lands. */
export function webRoutes() {
  return async (app: FastifyInstance): Promise<void> => {
    app.get(
      '/',
      {
        config: { public: true },
        schema: { hide: true },
        // The page's only style is inline; nothing else may load, and no other site may frame it.
        helmet: { contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } } },
      },
      async (_req, reply) => reply.type('text/html; charset=utf-8').send(page),
    );
  };
}
