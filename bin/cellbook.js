#!/usr/bin/env node
// Entry point of the `cellbook` command. The TypeScript is compiled to dist/ by `npm install`
// (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('cellbook is not built yet: run `npm install` or `npm run build` in the project folder.');
  process.exit(1);
}
// A closed pipe (`cellbook export … | head`) is a normal way for output to end.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
