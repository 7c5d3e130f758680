import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane): about 30 ms and 19 MiB per hash, so
 * a server survives many parallel logins while each guess stays expensive offline. `algorithm: 2`
 * is Argon2id (the package's enum is a const enum, which isolated modules cannot import).
 */
export const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * The one place passwords are hashed and verified. An object rather than bare functions so tests
 * can count calls (a rate-limited login must not hash at all). Passwords are NFKC-normalized, so
 * the same password typed on another keyboard (composed or decomposed Hangul) still matches.
 */
export const passwordHasher = {
  hash: (password: string): Promise<string> => hash(password.normalize('NFKC'), argon2Options),
  verify: async (stored: string, password: string): Promise<boolean> => {
    try {
      return await verify(stored, password.normalize('NFKC'));
    } catch {
      return false; // a malformed stored hash never lets anyone in
    }
  },
};

let decoy: Promise<string> | undefined;

/**
 * A hash of a random password, verified against when the account does not exist or cannot log in,
 * so a failed login takes the same time whether or not the username is real.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hash(randomBytes(24).toString('base64'), argon2Options);
  return decoy;
}
