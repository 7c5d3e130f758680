import { Worker, type Transferable } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `sibling` (a path like './x.worker', without extension)
 * next to the module at `from` (its import.meta.url). Compiled (dist/*.js) that is the .js file.
 * Run from sources (tsx, vitest) it is the .ts file; a worker does not inherit the parent's
 * TypeScript loader, and on Node 20 `--import tsx` in the worker's execArgv does not reach the
 * worker's module loading either, so the worker registers tsx itself before importing the module.
 */
export function startModuleWorker(from: string, sibling: string, workerData: unknown, transferList: Transferable[] = []): Worker {
  const fromSources = from.endsWith('.ts');
  const entry = new URL(`${sibling}${fromSources ? '.ts' : '.js'}`, from);
  if (!fromSources) return new Worker(entry, { workerData, transferList });
  // tsx is a dev dependency: only resolved when running from sources, where it is installed.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(entry.href)});\n`;
  // No inherited flags: under tsx they would load tsx once more, for nothing (~35 ms).
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData, transferList, execArgv: [] });
}
