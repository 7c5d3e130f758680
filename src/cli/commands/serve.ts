import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { ensureAdminToken } from '../../app/admin-token.js';
import { loadDemo } from '../../app/load-demo.js';
import { listOrgs } from '../../app/org-queries.js';
import { buildServer } from '../../http/server.js';
import { loadConfig } from '../config.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

export function registerServe(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  program
    .command('serve')
    .description('serve the web app and the HTTP API (on first start: migrate, load the demo, print the admin token)')
    .option('--port <port>', 'port (default PORT or 3000)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--no-demo', 'do not load the demo organizations on first start')
    .action(async (o: GlobalOptions & { port?: string; host?: string; demo: boolean }) => {
      const config = loadConfig(io.env, { port: o.port, host: o.host });
      if (!['127.0.0.1', '::1', 'localhost'].includes(config.host)) {
        // The API is guarded by a single admin token until per-person accounts exist.
        throw new AppError('validation_failed', `Refusing to listen on '${config.host}': until accounts exist, Cellbook serves loopback only`, {
          hint: 'Use --host 127.0.0.1 and put a TLS reverse proxy with its own access control in front if others must reach it',
        });
      }
      await rt.withSession(
        o,
        async ({ ctx, database, migrated }) => {
          const firstStart = migrated.includes('0001-initial');
          if (firstStart && o.demo && (await listOrgs(ctx)).length === 0) {
            io.stdout('First start: loading the demo organizations (fictional people)…\n');
            await loadDemo(ctx);
          }
          const token = await ensureAdminToken(ctx);
          const app = await buildServer(ctx, { logger: true });
          const address = await app.listen({ port: config.port, host: config.host });
          if (token) {
            io.stdout(`\nAdmin token for the API (shown once; only its hash is stored — \`cellbook token reset\` issues a new one):\n  ${token}\n`);
          }
          io.stdout(`\nCellbook is running at ${address}/  (API: ${address}/api/v1, database: ${database.dialect})\nPress Ctrl+C to stop.\n`);
          await new Promise<void>((resolve) => {
            const stop = (): void => resolve();
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
          io.stdout('Stopping…\n');
          await app.close();
          await database.close();
        },
        true,
      );
    });
}
