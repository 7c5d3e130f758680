import { neutralizeFormula } from '../core/csv-safety.js';
import { AppError, type Problem } from '../core/errors.js';
import { CsvRecordParser, CsvSyntaxError } from './csv-records.js';

export interface CsvRow {
  /** Line in the file where the record starts (1 = header), as a spreadsheet shows it. */
  line: number;
  values: Record<string, string>;
}

export interface CsvLayout {
  /** Canonical column names, in their documented order. */
  columns: readonly string[];
  /** Columns that must be present in the header (after mapping). */
  required: readonly string[];
}

/**
 * Parses "header=column" mappings. A column of "-" ignores that header.
 */
export function parseColumnMap(pairs: readonly string[], layout: CsvLayout): Record<string, string> {
  const map: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const pair of pairs) {
    const i = pair.lastIndexOf('=');
    const header = i > 0 ? pair.slice(0, i).trim() : '';
    const column = i > 0 ? pair.slice(i + 1).trim() : '';
    if (header === '' || column === '') problems.push({ path: '--map', message: `'${pair}' must look like "file header=column"` });
    else if (column !== '-' && !layout.columns.includes(column)) problems.push({ path: '--map', message: `'${column}' is not a column; use one of ${layout.columns.join(', ')} or - to ignore` });
    else map[header] = column;
  }
  if (problems.length > 0) throw new AppError('validation_failed', 'The column mapping is not valid', { problems });
  return map;
}

/** Picks ';' or ',' by which occurs more often, outside quotes, in the first line. */
export function sniffDelimiter(firstLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Undoes the export's formula neutralization ("'+82 10…" back to "+82 10…"), so an exported file
 * re-imports to the same values. Only an apostrophe the export would have added is removed.
 */
export function restoreNeutralized(value: string): string {
  return value.startsWith("'") && neutralizeFormula(value.slice(1)) === value ? value.slice(1) : value;
}

async function* withPeek(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, onBytes: (n: number) => void): AsyncGenerator<Buffer | string, void, undefined> {
  for await (const chunk of input) {
    onBytes(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }
}

/**
 * Streams the records of an RFC 4180 file (UTF-8 with or without BOM, comma or semicolon, quoted
 * newlines) in batches, as objects keyed by canonical column. Header problems are reported at once;
 * a record with the wrong number of fields is passed on with `fieldCountError` so the caller can
 * report it with every other bad row.
 */
export async function* readCsvBatches(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  layout: CsvLayout,
  map: Record<string, string>,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<(CsvRow & { fieldCountError?: string })[], void, undefined> {
  const iterator = withPeek(input, onBytes)[Symbol.asyncIterator]();
  const head: (Buffer | string)[] = [];
  let text = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    text += next.value.toString();
    if (text.includes('\n') || text.length > 65536) break;
  }
  const parser = new CsvRecordParser(sniffDelimiter(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''));
  let header: (string | null)[] | undefined;
  // Lines are counted here, as a text editor shows them: every record ends with one line break,
  // plus the breaks inside its quoted fields (blank lines are records too).
  let line = 1;
  const lineBreaks = (record: string[]): number => {
    let n = 0;
    for (const field of record) if (field.includes('\n')) n += field.split('\n').length - 1;
    return n;
  };
  const rows = (records: string[][]): (CsvRow & { fieldCountError?: string })[] => {
    const batch: (CsvRow & { fieldCountError?: string })[] = [];
    for (const record of records) {
      const start = line;
      line += 1 + lineBreaks(record);
      if (!header) {
        header = mapHeader(record, layout, map);
        continue;
      }
      if (record.length === 1 && record[0]?.trim() === '') continue; // blank line
      const values: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) {
        const col = header[i];
        if (col) values[col] = restoreNeutralized((record[i] ?? '').trim());
      }
      batch.push(record.length !== header.length ? { line: start, values, fieldCountError: `has ${record.length} fields; the header has ${header.length}` } : { line: start, values });
    }
    return batch;
  };
  async function* chunks(): AsyncGenerator<Buffer | string, void, undefined> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  try {
    for await (const chunk of chunks()) {
      for (const piece of pieces(chunk)) {
        const batch = rows(parser.write(piece));
        if (batch.length > 0) yield batch;
      }
    }
    const batch = rows(parser.end());
    if (batch.length > 0) yield batch;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw csvError(e, line);
    throw e;
  }
  if (!header) throw new AppError('import_rejected', 'The file is empty', { problems: [{ path: 'file', line: 1, message: `expected a header line with ${layout.required.join(', ')}` }] });
}

/** Bounds a batch: a file given as one large string or buffer is parsed a slice at a time. */
function* pieces(chunk: Buffer | string, size = 65536): Generator<Buffer | string, void, undefined> {
  if (chunk.length <= size) {
    yield chunk;
    return;
  }
  for (let at = 0; at < chunk.length; ) {
    let to = Math.min(at + size, chunk.length);
    // Never split a surrogate pair: half of one would become U+FFFD when the slice is encoded.
    if (typeof chunk === 'string' && to < chunk.length && isHighSurrogate(chunk.charCodeAt(to - 1))) to--;
    yield chunk.slice(at, to);
    at = to;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A malformed file (an unclosed quote, say) cannot be read past the error: report where it happened. */
function csvError(e: unknown, line: number): AppError {
  const message = e instanceof Error ? e.message : String(e);
  const at = /at line (\d+)/.exec(message);
  return new AppError('import_rejected', 'The file is not valid CSV; nothing was written', {
    problems: [{ path: 'file', line: at ? Number(at[1]) : line, message: message.replace(/^Invalid \w+: /, '') }],
    hint: 'Check quotes: a field that contains a quote, a delimiter or a line break must be in double quotes, with inner quotes doubled',
  });
}

/** One record at a time, for small files (units). */
export async function* readCsv(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  layout: CsvLayout,
  map: Record<string, string>,
  onBytes: (n: number) => void = () => undefined,
): AsyncGenerator<CsvRow & { fieldCountError?: string }, void, undefined> {
  for await (const batch of readCsvBatches(input, layout, map, onBytes)) yield* batch;
}

function mapHeader(record: string[], layout: CsvLayout, map: Record<string, string>): (string | null)[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const cols = record.map((raw, i) => {
    const name = raw.trim();
    const mapped = map[name] ?? name.toLowerCase();
    if (mapped === '-') return null;
    if (!layout.columns.includes(mapped)) {
      problems.push({ path: 'header', line: 1, column: name, message: `unknown column '${name}' (field ${i + 1}); map it with --map "${name}=<column>" or ignore it with --map "${name}=-"` });
      return null;
    }
    if (seen.has(mapped)) problems.push({ path: 'header', line: 1, column: name, message: `column '${mapped}' appears twice` });
    seen.add(mapped);
    return mapped;
  });
  for (const req of layout.required) {
    if (!seen.has(req)) problems.push({ path: 'header', line: 1, column: req, message: `required column '${req}' is missing` });
  }
  if (problems.length > 0) {
    throw new AppError('import_rejected', 'The header line is not valid; nothing was written', { problems, hint: `Columns: ${layout.columns.join(', ')}` });
  }
  return cols;
}
