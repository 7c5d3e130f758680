import QRCode from 'qrcode';
import type { CertificateView, PublicVerification } from '../app/certificate-views.js';

/*
 * Server-rendered certificate pages: the public verification page and the printable certificate.
 * No scripts, no external resources: the only style is inline and the QR code is inline SVG, so the
 * pages' CSP allows nothing else.
 */

export const htmlPageCsp = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
};

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function html(title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head><body>${body}</body></html>`;
}

const baseStyle = 'body{font-family:system-ui,"Noto Sans KR","Nanum Gothic",sans-serif;color:#1b1b1b;line-height:1.5;margin:0}';

/** The public page behind a certificate's QR code: status, revocation, and only what the holder consented to show. */
export function verificationPage(v: PublicVerification, jsonUrl: string): string {
  const valid = v.status === 'valid';
  const rows: [string, string][] = [['Certificate number · 증명서 번호', v.number], ['Issued by · 발급 기관', v.issuer.name]];
  if (v.holderName !== null) rows.push(['Holder · 소지자', v.holderName]);
  if (v.course !== null) rows.push(['Course · 과정', `${v.course.title}${v.course.areaName ? ` (${v.course.areaName.en} · ${v.course.areaName.ko})` : ''}`]);
  if (v.issuedOn !== null) rows.push(['Issued on · 발급일', v.issuedOn]);
  const hidden = [v.holderName === null, v.course === null, v.issuedOn === null].some(Boolean);
  const status = valid
    ? `<p class="status valid" role="status"><strong>Valid</strong> · 유효한 증명서입니다</p>`
    : `<p class="status revoked" role="status"><strong>Revoked</strong> on ${escapeHtml(v.revokedOn ?? '')} · 취소된 증명서입니다</p><p><strong>Reason · 사유:</strong> ${escapeHtml(v.revocationReason ?? '')}</p>`;
  const body = `<main><h1>Certificate verification · 증명서 확인</h1>${status}
<dl>${rows.map(([k, x]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(x)}</dd>`).join('')}</dl>
${hidden ? '<p class="note">The holder chose not to show some details publicly. · 소지자가 일부 정보를 공개하지 않기로 했습니다.</p>' : ''}
<p class="note">Machine-readable: <a href="${escapeHtml(jsonUrl)}">status (JSON)</a> · <a href="${escapeHtml(v.issuer.keysUrl)}">the issuer’s public keys (JWKS)</a> · <a href="${escapeHtml(v.issuer.profileUrl)}">issuer profile</a></p></main>`;
  const style = `${baseStyle}main{max-width:40rem;margin:2rem auto;padding:0 1rem}.status{font-size:1.25rem;padding:.75rem 1rem;border-radius:.4rem}.valid{background:#e6f4ea;color:#0b5a24}.revoked{background:#fde7e7;color:#8a1010}dt{font-weight:600;margin-top:.6rem}dd{margin:0}.note{color:#555;font-size:.9rem}`;
  return html(`Certificate ${v.number}`, style, body);
}

/** A QR code of `url` as inline SVG (error correction M, quiet zone of 2 modules). */
export const qrSvg = (url: string): Promise<string> => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

/** The printable certificate: an A4 landscape page with the QR code to the verification page. */
export async function printableCertificate(c: CertificateView, issuer: string, areaName: { en: string; ko: string } | null): Promise<string> {
  const qr = await qrSvg(c.verificationUrl);
  const revoked = c.status === 'revoked' ? `<p class="revoked" role="alert">REVOKED ${escapeHtml((c.revokedAt ?? '').slice(0, 10))}: ${escapeHtml(c.revocationReason ?? '')} · 취소됨</p>` : '';
  const body = `<p class="hint">Print this page (landscape, A4). · 가로 방향 A4로 인쇄하세요.</p>
<main class="sheet">${revoked}
<p class="issuer">${escapeHtml(issuer)}</p>
<h1>Certificate of Completion<br><span lang="ko">수료증</span></h1>
<p class="lead">This certifies that · 위 사람은</p>
<p class="holder">${escapeHtml(c.holderName)}</p>
<p class="lead">has completed the course · 다음 과정을 수료하였음을 증명합니다</p>
<p class="course">${escapeHtml(c.courseTitle)} <span class="code">(${escapeHtml(c.courseCode)})</span></p>
${areaName ? `<p class="area">${escapeHtml(areaName.en)} · <span lang="ko">${escapeHtml(areaName.ko)}</span></p>` : ''}
<footer><div><p>Issued on · 발급일 <strong>${escapeHtml(c.issuedOn)}</strong></p><p>No. · 번호 <strong>${escapeHtml(c.number)}</strong></p>
<p class="verify">Verify · 확인: ${escapeHtml(c.verificationUrl)}</p></div>
<figure class="qr" aria-label="QR code of the verification address">${qr}</figure></footer></main>`;
  const style = `${baseStyle}
@page{size:A4 landscape;margin:12mm}
.hint{max-width:277mm;margin:1rem auto;color:#555}
.sheet{box-sizing:border-box;width:277mm;min-height:186mm;margin:0 auto 2rem;padding:14mm 18mm;border:3px double #7a5c2e;text-align:center;position:relative;background:#fffdf8}
.issuer{font-size:14pt;letter-spacing:.05em;margin:0}
h1{font-size:28pt;margin:6mm 0 8mm;font-weight:700}h1 span{font-size:20pt}
.lead{margin:2mm 0;color:#444}.holder{font-size:26pt;font-weight:700;margin:4mm 0;border-bottom:1px solid #7a5c2e;display:inline-block;padding:0 12mm}
.course{font-size:18pt;font-weight:600;margin:4mm 0 1mm}.code{font-weight:400;color:#555;font-size:12pt}.area{margin:0;color:#444}
footer{display:flex;justify-content:space-between;align-items:flex-end;text-align:left;margin-top:10mm}footer p{margin:1mm 0}.verify{font-size:9pt;color:#555;word-break:break-all}
.qr{margin:0;width:34mm;height:34mm}.qr svg{width:100%;height:100%}
.revoked{color:#8a1010;font-weight:700;border:2px solid #8a1010;padding:2mm}
@media print{.hint{display:none}.sheet{margin:0;border-color:#7a5c2e}body{background:#fff}}`;
  return html(`Certificate ${c.number}`, style, body);
}

/** A plain page for a certificate number that is not known (the same for an unknown organization). */
export function notFoundPage(): string {
  return html('Certificate not found', `${baseStyle}main{max-width:40rem;margin:2rem auto;padding:0 1rem}`, '<main><h1>Certificate not found · 증명서를 찾을 수 없습니다</h1><p>No certificate with this number was issued here. Check the number or the address. · 번호나 주소를 확인하세요.</p></main>');
}
