import type { FastifyInstance } from 'fastify';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cellbook</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px}</style>
</head><body>
<main>
<h1>Cellbook is running</h1>
<p>The HTTP API is served under <code>/api/v1</code>; its OpenAPI 3.1 document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
Every API request needs the admin token printed when the server first started:
<code>Authorization: Bearer &lt;token&gt;</code>.</p>
<p>Try: <code>curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/api/v1/orgs</code></p>
<p>The web app for the tree, rosters and rule violations is being built; until then use the API or the <code>cellbook</code> command.</p>
</main></body></html>`;

/** The page served at `/` until the web app lands. */
export function webRoutes() {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(page));
  };
}
