import type { Command } from 'commander';
import { ensureFirstAdmin } from '../../app/ensure-first-admin.js';
import { loadDemo } from '../../app/load-demo.js';
import { listOrgs } from '../../app/org-queries.js';
import { sweepDiscipline } from '../../app/sweep-discipline.js';
import { buildServer } from '../../http/server.js';
import { loadConfig } from '../config.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';
import { passwordSetupHelp } from './users.js';

const loopback = ['127.0.0.1', '::1', 'localhost'];

export function registerServe(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  program
    .command('serve')
    .description('serve the web app and the HTTP API (on first start: migrate, load the demo, create the administrator `admin`)')
    .option('--port <port>', 'port (default PORT or 3000)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--no-demo', 'do not load the demo organizations on first start')
    .action(async (o: GlobalOptions & { port?: string; host?: string; demo: boolean }) => {
      const config = loadConfig(io.env, { port: o.port, host: o.host });
      await rt.withSession(
        o,
        async ({ ctx, database, migrated }) => {
          const firstStart = migrated.includes('0001-initial');
          if (firstStart && o.demo && (await listOrgs(ctx)).length === 0) {
            io.stdout('First start: loading the demo organizations (fictional people)…\n');
            await loadDemo(ctx);
          }
          const admin = await ensureFirstAdmin(ctx);
          // What the clock decided (appeal windows closed, probations ended) is written down at start
          // and hourly; reads never wait for it (see sweep-discipline.ts).
          const sweep = (): void => void sweepDiscipline(ctx).catch((e: unknown) => io.stderr(`discipline sweep failed: ${e instanceof Error ? e.message : String(e)}\n`));
          sweep();
          const sweeper = setInterval(sweep, 60 * 60 * 1000);
          sweeper.unref();
          const app = await buildServer(ctx, { logger: true, trustProxy: config.trustProxy, publicUrl: config.publicUrl, pdfFont: config.pdfFont });
          const address = await app.listen({ port: config.port, host: config.host });
          if (admin) {
            io.stdout(`\nCreated the administrator '${admin.username}'. Choose its password now:\n`);
            io.stdout(passwordSetupHelp(config, admin.username, admin.token, admin.expiresAt));
            io.stdout(`Then sign in at the address below (or POST /api/v1/auth/login, or create an API token); expired? \`cellbook user reset ${admin.username}\` issues a new one.\n`);
          }
          if (!loopback.includes(config.host)) {
            // Session cookies and passwords cross the network: they must be encrypted on the way.
            io.stdout(`\nListening on ${config.host}: put a TLS reverse proxy in front and set TRUST_PROXY to its address (see docs/operations.md).\n`);
          }
          io.stdout(`\nCellbook is running at ${address}/  (API: ${address}/api/v1, database: ${database.dialect})\nPress Ctrl+C to stop.\n`);
          await new Promise<void>((resolve) => {
            const stop = (): void => resolve();
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
          io.stdout('Stopping…\n');
          clearInterval(sweeper);
          await app.close();
          await database.close();
        },
        true,
      );
    });
}
