import { randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a code read aloud or from paper is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/**
 * A badge code: 60 random bits in 12 characters. Printed on the badge and scanned or typed at
 * check-in; unlike a member number it cannot be guessed or derived.
 */
export function newBadgeCode(): string {
  const bytes = randomBytes(LENGTH);
  let out = '';
  // 256 is a multiple of 32: every symbol is equally likely.
  for (const b of bytes) out += ALPHABET[b % 32];
  return out;
}

/** A code as typed: dashes and spaces dropped, upper case, easily confused letters read as digits. */
export function normalizeBadgeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export const isBadgeCode = (code: string): boolean => code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c));

/** For printing: K7Q2-M9XD-4HPA. */
export const formatBadgeCode = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1-');
