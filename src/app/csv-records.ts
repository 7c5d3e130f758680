import { StringDecoder } from 'node:string_decoder';

/**
 * A streaming RFC 4180 record parser. It reads what csv-parse reads with the options the importer
 * used before ({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) and
 * fails where it fails, with the same messages (csv-records.test.ts compares the two on random
 * input). It exists for speed: csv-parse looks at every byte through several option checks and
 * took a third of the time of reading a large member file; this one decodes whole chunks and jumps
 * from one delimiter, quote or line break to the next.
 *
 * Its rules, as csv-parse's:
 * - A UTF-8 byte order mark is dropped; a UTF-16LE one (FF FE) switches decoding to UTF-16LE.
 * - Records end at the first line break style met outside quotes (CRLF, LF or CR), and only at that
 *   one; another kind of line break outside quotes is part of the field.
 * - A field may be quoted; inside, "" is a quote. After a closing quote comes a delimiter, the record
 *   end, the end of the file or a NUL byte, else the file is invalid ("Invalid Closing Quote"). A
 *   quote inside an unquoted field is invalid too ("Invalid Opening Quote").
 * - An empty line is a record of one empty field; records may have any number of fields.
 * - Error messages give csv-parse's line number: 1 plus the CR and LF bytes read before the error
 *   (a CRLF record end counts once).
 *
 * Where the two differ, only for broken or odd files: in UTF-16 csv-parse also matched delimiters
 * and line breaks across two characters (byte by byte, a character with a high byte of ','
 * followed by one with a low byte of 0), and decoded the field quoted in an opening-quote error as
 * UTF-8; after a closing quote it named an invalid UTF-8 byte where this parser names the first
 * byte of the replacement character.
 */
export class CsvRecordParser {
  private readonly delimiter: number;
  /** Bytes held until the first three are known, to look for a byte order mark. */
  private head: Buffer | null = Buffer.alloc(0);
  private decoder: StringDecoder | null = null;
  private utf16 = false;
  /** Text kept from the last chunk: a character that cannot be read without the next one. */
  private carry = '';
  /** Record end, once seen: '\r\n', '\n' or '\r'. */
  private recordEnd = '';
  private quoting = false;
  private wasQuoting = false;
  private field = '';
  private record: string[] = [];
  /** CR and LF bytes read, for error messages. */
  private breaks = 0;
  /** Whether the last byte read was CR or LF (csv-parse counts it only once the next byte is read). */
  private endsWithBreak = false;

  constructor(delimiter: ',' | ';') {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads a piece of the file; returns the records it completes. */
  write(chunk: Buffer | string): string[][] {
    const records: string[][] = [];
    const text = this.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, false);
    if (text !== '') this.parse(text, false, records);
    return records;
  }

  /** Reads the end of the file; returns the last records. */
  end(): string[][] {
    const records: string[][] = [];
    this.parse(this.decode(null, true), true, records);
    if (this.quoting) throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', `Quote Not Closed: the parsing is finished with an opening quote at line ${this.line(true)}`);
    if (this.wasQuoting || this.record.length > 0 || this.field.length > 0) {
      this.endField();
      this.endRecord(records);
    }
    return records;
  }

  private decode(bytes: Buffer | null, last: boolean): string {
    if (this.head !== null) {
      const head: Buffer = bytes === null ? this.head : Buffer.concat([this.head, bytes]);
      if (head.length < 3 && !last) {
        this.head = head;
        return '';
      }
      this.head = null;
      let start = 0;
      if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
      else if (head.length >= 3 && head[0] === 0xff && head[1] === 0xfe) {
        start = 2;
        this.utf16 = true;
      }
      this.decoder = new StringDecoder(this.utf16 ? 'utf16le' : 'utf8');
      bytes = head.subarray(start);
    }
    const decoder = this.decoder as StringDecoder;
    const text = bytes === null || bytes.length === 0 ? '' : decoder.write(bytes);
    return last ? text + decoder.end() : text;
  }

  private parse(chunk: string, last: boolean, records: string[][]): void {
    const text = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    const n = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    while (i < n) {
      if (this.quoting) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.takeQuoted(text, i, n);
          break;
        }
        this.takeQuoted(text, i, q);
        // A quote is read with the two characters after it: "" or "\r\n may follow.
        if (q + 2 >= n && !last) {
          this.carry = text.slice(q);
          break;
        }
        this.read(QUOTE);
        const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
        if (next === QUOTE) {
          this.read(QUOTE);
          this.field += '"';
          i = q + 2;
          continue;
        }
        if (next === -1 || this.firstByte(next) === 0 || next === delimiter || this.isRecordEnd(text, q + 1)) {
          this.quoting = false;
          this.wasQuoting = true;
          i = q + 1;
          continue;
        }
        throw new CsvSyntaxError(
          'CSV_INVALID_CLOSING_QUOTE',
          `Invalid Closing Quote: got "${String.fromCharCode(this.firstByte(next))}" at line ${this.line(false)} instead of delimiter, record delimiter, trimable character (if activated) or comment`,
        );
      }
      // Outside quotes: take characters up to the next delimiter, quote or line break.
      let j = i;
      let c = 0;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === delimiter || c === QUOTE || c === CR || c === LF) break;
        j++;
      }
      if (j > i) this.takeUnquoted(text, i, j);
      if (j === n) break;
      if (c === delimiter) {
        this.read(c);
        this.endField();
        i = j + 1;
      } else if (c === QUOTE) {
        if (this.field.length > 0) {
          const bom = this.field === '\uFEFF' ? ` (${this.utf16 ? 'utf16le' : 'utf8'} bom)` : '';
          throw new CsvSyntaxError(
            'INVALID_OPENING_QUOTE',
            `Invalid Opening Quote: a quote is found on field ${this.record.length} at line ${this.line(false)}, value is ${JSON.stringify(this.field)}${bom}`,
          );
        }
        this.read(c);
        this.quoting = true;
        i = j + 1;
      } else {
        // CR or LF: which one ends records is decided by the first met; CR needs the next character to tell CRLF.
        if (c === CR && j + 1 >= n && !last && (this.recordEnd === '' || this.recordEnd === '\r\n')) {
          this.carry = text.slice(j);
          break;
        }
        if (this.isRecordEnd(text, j)) {
          this.read(c); // CR or LF; the LF of a CRLF is skipped unread
          this.endField();
          this.endRecord(records);
          i = j + this.recordEnd.length;
        } else {
          this.read(c);
          this.field += text[j];
          i = j + 1;
        }
      }
    }
  }

  /** Whether a record ends at `at`; the first line break met outside quotes decides how records end. */
  private isRecordEnd(text: string, at: number): boolean {
    const c = text.charCodeAt(at);
    if (c !== CR && c !== LF) return false;
    if (this.recordEnd === '') this.recordEnd = c === LF ? '\n' : text.charCodeAt(at + 1) === LF ? '\r\n' : '\r';
    return text.startsWith(this.recordEnd, at);
  }

  private takeQuoted(text: string, from: number, to: number): void {
    if (to <= from) return;
    const part = text.slice(from, to);
    this.readText(part);
    this.field += part;
  }

  private takeUnquoted(text: string, from: number, to: number): void {
    const part = text.slice(from, to);
    // Outside quotes no CR or LF is in `part`; only UTF-16 characters can hold such a byte.
    if (this.utf16) this.readText(part);
    else this.endsWithBreak = false;
    this.field += part;
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.wasQuoting = false;
  }

  private endRecord(records: string[][]): void {
    records.push(this.record);
    this.record = [];
  }

  /** Counts the CR and LF bytes of one character read. */
  private read(c: number): void {
    if (this.utf16) {
      const low = c & 0xff;
      const high = c >> 8;
      this.breaks += Number(low === CR || low === LF) + Number(high === CR || high === LF);
      this.endsWithBreak = high === CR || high === LF;
    } else {
      const isBreak = c === CR || c === LF;
      if (isBreak) this.breaks++;
      this.endsWithBreak = isBreak;
    }
  }

  private readText(part: string): void {
    if (this.utf16) {
      for (let k = 0; k < part.length; k++) this.read(part.charCodeAt(k));
      return;
    }
    for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) this.breaks++;
    for (let k = part.indexOf('\r'); k >= 0; k = part.indexOf('\r', k + 1)) this.breaks++;
    const lastChar = part.charCodeAt(part.length - 1);
    this.endsWithBreak = lastChar === CR || lastChar === LF;
  }

  /** csv-parse's line number: a CR or LF read last is counted once the next byte is read, or at the end of a chunk. */
  private line(atEnd: boolean): number {
    return 1 + this.breaks - (atEnd && this.endsWithBreak ? 1 : 0);
  }

  /** The first byte of the character in the file's encoding, as csv-parse reports it. */
  private firstByte(c: number): number {
    if (this.utf16) return c & 0xff;
    if (c < 0x80) return c;
    if (c < 0x800) return 0xc0 | (c >> 6);
    if (c >= 0xd800 && c <= 0xdbff) return 0xf0 | ((c - 0xd800 + 0x40) >> 8); // a character beyond U+FFFF: 4 bytes
    return 0xe0 | (c >> 12);
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The file is not valid CSV; the message is csv-parse's, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}
