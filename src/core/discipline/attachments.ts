import { AppError, type Problem } from '../errors.js';
import type { DisciplineRules } from '../rulebook/schema.js';

/** Leading bytes of the types whose content can be recognised: a file must be what it claims. */
const signatures: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

function looksLike(type: string, bytes: Uint8Array): boolean {
  const sig = signatures[type];
  if (sig) return sig.every((b, i) => bytes[i] === b);
  if (type === 'text/plain') {
    if (bytes.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Checks an evidence file against the rulebook: an allowed type, within the size limit, content that
 * matches the type, and a plain file name. Every problem is listed.
 */
export function checkAttachment(rules: DisciplineRules['attachments'], file: { filename: string; contentType: string; bytes: Uint8Array }): void {
  const problems: Problem[] = [];
  const name = file.filename.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (name === '' || name.length > 200 || /[/\\\u0000-\u001f\u007f]/.test(name)) problems.push({ path: 'filename', message: 'a plain file name of 1–200 characters, without / \\ or control characters' });
  const type = file.contentType.trim().toLowerCase();
  if (!rules.types.includes(type)) problems.push({ path: 'contentType', message: `'${type}' is not allowed; allowed: ${rules.types.join(', ')}` });
  if (file.bytes.length === 0) problems.push({ path: 'content', message: 'the file is empty' });
  if (file.bytes.length > rules.maxBytes) problems.push({ path: 'content', message: `${file.bytes.length} bytes is over the limit of ${rules.maxBytes} bytes` });
  else if (rules.types.includes(type) && file.bytes.length > 0 && !looksLike(type, file.bytes)) problems.push({ path: 'content', message: `the content is not ${type}` });
  if (problems.length > 0) throw new AppError('validation_failed', 'The attachment was refused', { problems, hint: `Allowed: ${rules.types.join(', ')}, up to ${rules.maxBytes} bytes` });
}
