import { AppError, errorCatalogue } from '../core/errors.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress bars only there). */
  interactive: boolean;
  /** All of standard input (for secrets that must not appear in arguments or shell history). */
  readStdin?: () => Promise<string>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += String(chunk);
  return text;
}

export const processIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  interactive: process.stderr.isTTY === true,
  readStdin: () => readAll(process.stdin),
});

/** Prints an error the way a person can act on: what, where, how to fix. Returns the exit code. */
export function printError(io: CliIo, error: unknown, json: boolean): number {
  if (error instanceof AppError) {
    if (json) {
      io.stdout(`${JSON.stringify({ error: { code: error.code, message: error.message, hint: error.hint, problems: error.problems } }, null, 2)}\n`);
    } else {
      io.stderr(`error: ${error.message}\n`);
      for (const p of error.problems) {
        // CSV problems are located by line and column; document problems by path, with the line when known.
        const where = p.path.startsWith('line ')
          ? [p.path, p.column ? `column ${p.column}` : ''].filter(Boolean).join(', ')
          : `${p.path}${p.line !== undefined ? ` (line ${p.line}${p.column ? `, column ${p.column}` : ''})` : ''}`;
        io.stderr(`  - ${where}: ${p.message}\n`);
      }
      if (error.hint) io.stderr(`hint: ${error.hint}\n`);
    }
    return errorCatalogue[error.code].exit;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`error: ${message}\n`);
  return errorCatalogue.internal_error.exit;
}

/** Columns a string takes in a terminal: Hangul, CJK and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function printTable(io: CliIo, rows: Record<string, string | number | null>[], columns: string[]): void {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => displayWidth(String(r[c] ?? '')))));
  const line = (values: string[]): string => values.map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(v)))).join('  ').trimEnd();
  io.stdout(`${line(columns)}\n`);
  for (const r of rows) io.stdout(`${line(columns.map((c) => String(r[c] ?? '')))}\n`);
}
