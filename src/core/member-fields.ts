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
  const opt = (v: string | null | undefined): string | null => {
    const t = v?.trim() ?? '';
    return t === '' ? null : t;
  };
  return {
    familyName: (f.familyName ?? '').trim().normalize('NFC'),
    givenName: (f.givenName ?? '').trim().normalize('NFC'),
    birthDate: opt(f.birthDate),
    phone: opt(f.phone),
    email: opt(f.email)?.toLowerCase() ?? null,
  };
}

/** Formats a generated member number: prefix + zero-padded sequence. */
export function formatMemberNo(prefix: string, digits: number, sequence: number): string {
  return `${prefix}${String(sequence).padStart(digits, '0')}`;
}
