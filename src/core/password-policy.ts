import { AppError } from './errors.js';

/**
 * What a password must be (NIST SP 800-63B): long enough, not guessable from the account, and not
 * one of the passwords attackers try first. No composition rules: they make passwords harder to
 * remember, not to guess. Lengths are counted in characters after NFKC normalization.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Words at the top of every breached-password list; "Password2024!" is as weak as "password". */
const weakWords = [
  'password', 'passwort', 'qwerty', 'qwertz', 'azerty', 'letmein', 'welcome', 'admin', 'administrator', 'iloveyou',
  'monkey', 'dragon', 'football', 'baseball', 'soccer', 'sunshine', 'princess', 'master', 'shadow', 'superman',
  'trustno', 'secret', 'login', 'changeme', 'default', 'cellbook', 'hello', 'freedom', 'whatever', 'abc',
];

/** Whole passwords of 12+ characters that breach lists are full of and the other rules miss. */
const commonPasswords = new Set([
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'qazwsxedcrfv', 'q1w2e3r4t5y6', '1q2w3e4r5t6y7u', 'correcthorsebatterystaple',
  'qwer1234qwer', 'asdf1234asdf', 'zxcvbnm12345', '1234qwerasdf', 'qwertyuiop123', 'q1w2e3r4t5y6u7',
]);

/** Keyboard rows, the alphabet and digits: any stretch of them (either direction) is a pattern, not a password. */
const sequences = ['1234567890', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiopasdfghjklyxcvbnm', 'azertyuiopqsdfghjklmwxcvbn', 'abcdefghijklmnopqrstuvwxyz'];

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const weakCore = new RegExp(`^(?:${weakWords.join('|')}|[^\\p{L}])*(?:${weakWords.join('|')})(?:${weakWords.join('|')}|[^\\p{L}])*$`, 'u');

const isRun = (text: string): boolean =>
  sequences.some((s) => {
    const cyclic = s.repeat(Math.ceil(text.length / s.length) + 1);
    return cyclic.includes(text) || [...cyclic].reverse().join('').includes(text);
  });

/** Every reason `password` is not acceptable for `username` (empty when it is). Never echoes the password. */
export function passwordProblems(password: string, username: string): string[] {
  const normalized = password.normalize('NFKC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) return [`must be at least ${PASSWORD_MIN_LENGTH} characters long (a few unrelated words make a good one)`];
  if (length > PASSWORD_MAX_LENGTH) return [`must be at most ${PASSWORD_MAX_LENGTH} characters long`];
  const problems: string[] = [];
  const lower = normalized.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  const name = username.normalize('NFKC').trim().toLowerCase();
  if (name.length > 0 && (compact === name || (name.length >= 3 && compact.includes(name)))) problems.push('must not contain the username');
  // Trim the digits and symbols people add around a weak word, undo "leet" spelling, then look again.
  const core = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = [...core].map((c) => leet[c] ?? c).join('');
  if (commonPasswords.has(compact) || weakCore.test(core) || weakCore.test(unleet)) problems.push('is one of the most common passwords; choose something less predictable');
  else if (/^(.{1,4})\1+$/su.test(compact)) problems.push('is a short pattern repeated; choose something less predictable');
  else if (isRun(compact)) problems.push('is a keyboard or alphabet sequence; choose something less predictable');
  return problems;
}

/** Throws `validation_failed` listing every problem of the password. */
export function assertAcceptablePassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new AppError('validation_failed', 'The password is not acceptable', { problems: problems.map((message) => ({ path: 'password', message })) });
  }
}
