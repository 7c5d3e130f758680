import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { AppError } from '../core/errors.js';
import { scopedOrg } from './access.js';
import { getCertificate, type CertificateRef } from './certificate-queries.js';
import type { CertificateView } from './certificate-views.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

/*
 * The certificate as a PDF: one A4 landscape page, text in a TrueType font that has Hangul
 * (CELLBOOK_PDF_FONT, default Nanum Gothic from Debian's fonts-nanum), embedded as a subset, and the
 * QR code to the public verification page drawn as vector squares. A missing font is an error that
 * says how to fix it: without one, Hangul names would silently turn into nothing.
 */

export const DEFAULT_PDF_FONT = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const ink = rgb(0.11, 0.11, 0.11);
const grey = rgb(0.33, 0.33, 0.33);
const gold = rgb(0.48, 0.36, 0.18);
const red = rgb(0.54, 0.06, 0.06);

export interface CertificatePdf {
  number: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * A certificate's PDF, for those who may read the certificate (its class's staff, the holder).
 * The holder's own copy names them; anyone else's names them only if they consented to be named.
 */
export async function certificatePdf(ctx: AppContext, input: { org: string; certificate: CertificateRef; baseUrl: string; fontPath: string }): Promise<CertificatePdf> {
  const c = await getCertificate(ctx, input.org, input.certificate, input.baseUrl);
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const own = s.access.isOwnMember(c.memberId);
  const areaName = s.rules.rulebook.training.areas.find((a) => a.key === c.area)?.name ?? null;
  const font = await readFont(input.fontPath);
  const bytes = await renderCertificatePdf({
    certificate: c,
    issuer: s.org.name,
    areaName,
    holderName: own || c.consent.showName ? c.holderName : null,
    verificationUrl: embeddedVerificationUrl(c) ?? c.verificationUrl,
    font,
    createdAt: ctx.clock(),
  });
  return { number: c.number, fileName: `${c.number}.pdf`, bytes };
}

async function readFont(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new AppError('internal_error', `The font for certificate PDFs, '${path}', ${why}`, {
      problems: [{ path: 'CELLBOOK_PDF_FONT', message: `'${path}' ${why}` }],
      hint: 'Install a font with Hangul (Debian/Ubuntu: apt-get install fonts-nanum) or set CELLBOOK_PDF_FONT to a TrueType/OpenType font file that has Hangul, then restart',
    });
  }
}

/**
 * The verification address the credential was issued with (its `id`): the QR code on paper should
 * lead where the signed credential says, whatever address this copy was requested through.
 */
function embeddedVerificationUrl(c: CertificateView): string | null {
  try {
    const payload = JSON.parse(Buffer.from(c.credentialJwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { id?: unknown };
    const id = typeof payload.id === 'string' ? payload.id : '';
    return /^https?:\/\//.test(id) && id.endsWith(`/${encodeURIComponent(c.number)}`) ? id : null;
  } catch {
    return null;
  }
}

export interface RenderInput {
  certificate: CertificateView;
  issuer: string;
  areaName: { en: string; ko: string } | null;
  /** Null: the holder did not consent to be named (and this is not their own copy). */
  holderName: string | null;
  verificationUrl: string;
  font: Uint8Array;
  createdAt: Date;
}

export async function renderCertificatePdf(input: RenderInput): Promise<Uint8Array> {
  const c = input.certificate;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  let font: PDFFont;
  try {
    font = await doc.embedFont(input.font, { subset: true });
  } catch {
    throw new AppError('internal_error', 'The font for certificate PDFs is not a usable TrueType or OpenType font', { hint: 'Set CELLBOOK_PDF_FONT to a .ttf or .otf font file that has Hangul (e.g. NanumGothic.ttf from fonts-nanum)' });
  }
  doc.setTitle(`Certificate ${c.number}`, { showInWindowTitleBar: true });
  doc.setSubject(`${c.courseTitle} (${c.courseCode})`);
  doc.setAuthor(input.issuer);
  doc.setKeywords([c.number, c.courseCode]);
  doc.setCreator('Cellbook');
  doc.setProducer('Cellbook (pdf-lib)');
  doc.setLanguage('ko');
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);

  const page = doc.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;
  const margin = 34;
  page.drawRectangle({ x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin, borderColor: gold, borderWidth: 2.5 });
  page.drawRectangle({ x: margin + 5, y: margin + 5, width: width - 2 * margin - 10, height: height - 2 * margin - 10, borderColor: gold, borderWidth: 0.75 });

  const inner = width - 2 * margin - 80;
  let y = height - margin - 52;
  const centred = (text: string, size: number, color = ink, gap = 10): void => {
    const s = fitSize(font, text, size, inner);
    page.drawText(text, { x: (width - font.widthOfTextAtSize(text, s)) / 2, y, size: s, font, color });
    y -= s + gap;
  };
  if (c.status === 'revoked') {
    centred(`REVOKED ${(c.revokedAt ?? '').slice(0, 10)} · 취소됨: ${c.revocationReason ?? ''}`, 13, red, 8);
  }
  centred(input.issuer, 15, grey, 18);
  centred('Certificate of Completion', 30, ink, 8);
  centred('수료증', 22, ink, 22);
  centred('This certifies that · 위 사람은', 12, grey, 12);
  centred(input.holderName ?? '(name not shown at the holder’s request · 소지자의 요청으로 이름을 표시하지 않음)', input.holderName ? 26 : 12, ink, 14);
  page.drawLine({ start: { x: width / 2 - 170, y: y + 8 }, end: { x: width / 2 + 170, y: y + 8 }, thickness: 0.75, color: gold });
  y -= 4;
  centred('has completed the course · 다음 과정을 수료하였음을 증명합니다', 12, grey, 12);
  centred(`${c.courseTitle} (${c.courseCode})`, 19, ink, 8);
  if (input.areaName) centred(`${input.areaName.en} · ${input.areaName.ko}`, 12, grey, 8);

  // Footer: date, number and how to verify on the left; the QR code on the right.
  const qrSize = 104;
  const qrX = width - margin - 28 - qrSize;
  const qrY = margin + 26;
  drawQr(page, input.verificationUrl, qrX, qrY, qrSize);
  const left = margin + 28;
  const textWidth = qrX - left - 20;
  const lines: [string, number, typeof ink][] = [
    [`Issued on · 발급일  ${c.issuedOn}`, 11, ink],
    [`No. · 번호  ${c.number}`, 11, ink],
    [`Verify · 확인: ${input.verificationUrl}`, 8.5, grey],
    ['To verify, scan the QR code or open the address above: the page says whether this certificate is valid or revoked.', 8.5, grey],
    ['QR 코드를 스캔하거나 위 주소를 열면 이 증명서가 유효한지 취소되었는지 확인할 수 있습니다.', 8.5, grey],
  ];
  let fy = qrY + qrSize - 11;
  for (const [text, size, color] of lines) {
    for (const line of wrap(font, text, size, textWidth)) {
      page.drawText(line, { x: left, y: fy, size, font, color });
      fy -= size + 5;
    }
  }
  return doc.save();
}

/** The largest size up to `size` at which `text` fits `width`. */
function fitSize(font: PDFFont, text: string, size: number, width: number): number {
  const w = font.widthOfTextAtSize(text, size);
  return w <= width ? size : Math.max(6, Math.floor((size * width) / w));
}

/** Breaks text into lines that fit `width`: at spaces, or anywhere in a long unbroken run (a URL). */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let n = rest.length;
      while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The QR code (error correction M, quiet zone of 2 modules) as filled squares, one rectangle per dark run. */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const m = size / (n + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      page.drawRectangle({ x: x + (quiet + start) * m, y: y + size - (quiet + row + 1) * m, width: (col - start) * m, height: m, color: rgb(0, 0, 0) });
    }
  }
}
