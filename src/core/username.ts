import { AppError } from './errors.js';

/** 2–64 characters: lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/**
 * Usernames compare case-insensitively and after Unicode normalization, so "Admin" and "admin"
 * can never be two accounts (and a login with either finds the same one).
 */
export const normalizeUsername = (raw: string): string => raw.normalize('NFKC').trim().toLowerCase();

/** The normalized username, or a validation error saying what a username may contain. */
export function validUsername(raw: string): string {
  const name = normalizeUsername(raw);
  if (!USERNAME.test(name)) {
    throw new AppError('validation_failed', `'${raw}' cannot be a username`, {
      problems: [{ path: 'username', message: '2–64 characters: letters, digits, ".", "_" or "-", starting with a letter or digit' }],
    });
  }
  return name;
}
