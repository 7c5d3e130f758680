import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` puts the web app (web/dist), from src/http/routes or dist/http/routes alike. */
export const defaultWebRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cellbook</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px}</style>
</head><body>
<main>
<h1>Cellbook is running</h1>
<p>The web app has not been built on this machine: run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The HTTP API is served under <code>/api/v1</code>; its OpenAPI 3.1 document is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</main></body></html>`;

// The app loads only its own scripts and styles and talks only to this server. Mantine sets inline
// style attributes and a style element for its theme variables, hence 'unsafe-inline' for styles
// (never for scripts).
const appPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
  },
};
const notBuiltPolicy = { useDefaults: false, directives: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } };

/**
 * Serves the web app at `/`: hashed assets with long-lived caching, and index.html for every other
 * path so the app's own routes (/orgs/…/units/…) work on reload. Nothing here carries personal
 * data; the app fetches that from the API with the user's session.
 */
export function webRoutes(webRoot: string = defaultWebRoot) {
  return async (app: FastifyInstance): Promise<void> => {
    const built = existsSync(join(webRoot, 'index.html'));
    if (!built) {
      app.get('/*', { config: { public: true }, schema: { hide: true }, helmet: { contentSecurityPolicy: notBuiltPolicy } }, async (req, reply) =>
        req.url.startsWith('/api/') ? reply.callNotFound() : reply.type('text/html; charset=utf-8').send(notBuiltPage),
      );
      return;
    }
    await app.register(fastifyStatic, { root: webRoot, serve: false });
    app.get('/*', { config: { public: true }, schema: { hide: true }, helmet: { contentSecurityPolicy: appPolicy } }, async (req, reply) => {
      const path = normalize(decodeURIComponent(req.url.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
      if (path.startsWith('/api/')) return reply.callNotFound();
      const file = path.slice(1);
      if (file.startsWith('assets/') && isFile(join(webRoot, file))) {
        // Names carry a content hash: a changed file is a new name.
        reply.header('cache-control', 'public, max-age=31536000, immutable');
        return reply.sendFile(file, { cacheControl: false });
      }
      if (file !== '' && file !== 'index.html' && !file.includes('/') && isFile(join(webRoot, file))) {
        reply.header('cache-control', 'no-cache');
        return reply.sendFile(file, { cacheControl: false });
      }
      reply.header('cache-control', 'no-cache');
      return reply.type('text/html; charset=utf-8').sendFile('index.html', { cacheControl: false });
    });
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
