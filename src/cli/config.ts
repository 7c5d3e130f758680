import { DEFAULT_PDF_FONT } from '../app/certificate-pdf.js';
import { AppError, type Problem } from '../core/errors.js';

export interface Config {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host: string;
  /** Proxies whose X-Forwarded-For/-Proto headers are believed (TRUST_PROXY): false, true (any), or addresses/CIDRs. */
  readonly trustProxy: boolean | string[];
  /** Where the server is reached publicly (PUBLIC_URL), e.g. https://center.example.org: certificates embed it. */
  readonly publicUrl: string | undefined;
  /** The TrueType/OpenType font (with Hangul) certificate PDFs are set in (CELLBOOK_PDF_FONT). */
  readonly pdfFont: string;
}

export const DEFAULT_DATABASE = './data/cellbook.db';

/**
 * Reads configuration once, from the environment with command-line overrides, and fails with the
 * full list of problems rather than the first.
 */
export function loadConfig(env: Record<string, string | undefined>, overrides: { port?: string | undefined; host?: string | undefined; database?: string | undefined } = {}): Config {
  const problems: Problem[] = [];
  const databaseUrl = overrides.database ?? env.DATABASE_URL ?? DEFAULT_DATABASE;
  if (databaseUrl.trim() === '') problems.push({ path: 'DATABASE_URL', message: 'is empty; unset it to use the SQLite file ./data/cellbook.db' });
  if (/^[a-z]+:\/\//.test(databaseUrl) && !/^(postgres|postgresql|sqlite):\/\//.test(databaseUrl)) {
    problems.push({ path: 'DATABASE_URL', message: 'must be postgres://…, sqlite://FILE or a file path' });
  }
  const portText = overrides.port ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push({ path: 'PORT', message: `'${portText}' is not a port number (0–65535)` });
  const host = overrides.host ?? env.HOST ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) problems.push({ path: 'HOST', message: `'${host}' is not a host name or address` });
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const publicUrl = env.PUBLIC_URL?.trim() ? env.PUBLIC_URL.trim().replace(/\/+$/, '') : undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/?#]+$/.test(publicUrl)) problems.push({ path: 'PUBLIC_URL', message: `'${publicUrl}' is not http(s)://host[:port] (no path)` });
  const pdfFont = env.CELLBOOK_PDF_FONT?.trim() || DEFAULT_PDF_FONT;
  if (problems.length > 0) throw new AppError('validation_failed', 'The configuration is not valid', { problems });
  return Object.freeze({ databaseUrl, port, host, trustProxy, publicUrl, pdfFont });
}

function parseTrustProxy(value: string | undefined, problems: Problem[]): boolean | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  const list = text.split(',').map((a) => a.trim());
  if (!list.every((a) => /^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(a))) {
    problems.push({ path: 'TRUST_PROXY', message: "'true', 'false', or the proxies' addresses or CIDR ranges, comma-separated (e.g. 127.0.0.1,10.0.0.0/8)" });
  }
  return list;
}
