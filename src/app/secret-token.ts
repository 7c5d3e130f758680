import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque secrets handed to people and scripts: a short prefix saying what it is (so a leaked one is
 * recognized by secret scanners and by the person who finds it) and 256 random bits. Only their
 * SHA-256 is stored: with 256 bits of entropy a slow hash adds nothing, and a lookup by hash can
 * reveal through timing at most a hash prefix, never the secret.
 */
export type SecretKind = 'session' | 'api' | 'reset' | 'feed';

const prefixes: Record<SecretKind, string> = { session: 'cbs_', api: 'cbt_', reset: 'cbr_', feed: 'cbf_' };

export function newSecret(kind: SecretKind): string {
  return `${prefixes[kind]}${randomBytes(32).toString('base64url')}`;
}

/** Whether `value` has the shape of a secret of `kind` (checked before any database lookup). */
export function isSecretOf(kind: SecretKind, value: string): boolean {
  return value.length === 47 && value.startsWith(prefixes[kind]) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(4));
}

export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
