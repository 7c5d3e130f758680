import { isIsoDate, isoToday } from './dates.js';
import type { Problem } from './errors.js';

/** The personal fields of a member record, as users type them. */
export interface MemberFields {
  familyName: string;
  givenName: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9(][0-9 ()./-]{3,28}[0-9]$/;
const MEMBER_NO = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

export function checkMemberNo(value: string): string | null {
  return MEMBER_NO.test(value) ? null : 'must be 1–32 letters, digits or -, starting with a letter or digit';
}

/**
 * Checks one member's fields and returns every problem (empty when valid). Shared by the admit
 * use case and the CSV import, so both refuse exactly the same input with the same words.
 */
export function checkMemberFields(f: Partial<MemberFields>, today: string = isoToday()): Problem[] {
  const problems: Problem[] = [];
  const family = f.familyName?.trim() ?? '';
  const given = f.givenName?.trim() ?? '';
  if (family === '' && given === '') problems.push({ path: 'family_name', message: 'a family name or a given name is required' });
  if (family.length > 100) problems.push({ path: 'family_name', message: 'must be at most 100 characters' });
  if (given.length > 100) problems.push({ path: 'given_name', message: 'must be at most 100 characters' });
  // Check the values as cleanMemberFields will store them: trimmed, blank meaning absent.
  const birthDate = f.birthDate?.trim();
  const email = f.email?.trim();
  const phone = f.phone?.trim();
  if (birthDate) {
    if (!isIsoDate(birthDate)) problems.push({ path: 'birth_date', message: `'${birthDate}' is not a date; write YYYY-MM-DD` });
    else if (birthDate > today) problems.push({ path: 'birth_date', message: 'is in the future' });
    else if (birthDate < '1900-01-01') problems.push({ path: 'birth_date', message: 'is before 1900' });
  }
  if (email && (!EMAIL.test(email) || email.length > 254)) problems.push({ path: 'email', message: 'is not an e-mail address' });
  if (phone && !PHONE.test(phone)) problems.push({ path: 'phone', message: 'is not a phone number (digits, spaces, + ( ) - . allowed)' });
  return problems;
}

/** The same problems with API field names (birthDate) instead of file column names (birth_date). */
export function withApiFieldNames(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) }));
}

/** Trims text fields and turns empty optional ones into null. */
export function cleanMemberFields(f: Partial<MemberFields>): MemberFields {
  return {
    familyName: toNfc((f.familyName ?? '').trim()),
    givenName: toNfc((f.givenName ?? '').trim()),
    birthDate: optional(f.birthDate),
    phone: optional(f.phone),
    email: optional(f.email)?.toLowerCase() ?? null,
  };
}

function optional(v: string | null | undefined): string | null {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
}

// Text made only of characters from U+0020 to U+02FF (combining marks begin at U+0300) and of
// precomposed Hangul syllables is already NFC: nothing in it decomposes or composes (combining
// marks and conjoining jamo lie outside these ranges). Most names are such text, and skipping
// normalize() for them matters when a million rows are imported.
const NOT_SURELY_NFC = /[^\u0020-\u02FF\uAC00-\uD7A3]/;

function toNfc(text: string): string {
  return NOT_SURELY_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Formats a generated member number: prefix + zero-padded sequence. */
export function formatMemberNo(prefix: string, digits: number, sequence: number): string {
  return `${prefix}${String(sequence).padStart(digits, '0')}`;
}
