import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { assertAcceptablePassword, passwordProblems } from './password-policy.js';

describe('password policy', () => {
  it.each(['correct horse battery', 'Kimchi jjigae on Tuesday', '세포 비서는 매주 회의를 연다', 'tr0mbone-sofa-lantern', 'x'.repeat(10) + 'yz', 'é'.repeat(5) + 'passwordzz'])('accepts %s', (pw) => {
    expect(passwordProblems(pw, 'minjun')).toEqual([]);
  });

  it('counts characters, not bytes, and bounds the length', () => {
    expect(passwordProblems('short pass', 'minjun')[0]).toMatch(/at least 12/);
    expect(passwordProblems('가나다라마바사아자차카', 'minjun')[0]).toMatch(/at least 12/); // 11 characters, 33 bytes
    expect(passwordProblems('가나다라마바사아자차카타', 'minjun')).toEqual([]);
    expect(passwordProblems('a b'.repeat(86), 'minjun')[0]).toMatch(/at most 256/);
  });

  it.each(['minjun-is-great', 'MINJUN2024!!!!', 'my name is MinJun'])('refuses %s: it contains the username', (pw) => {
    expect(passwordProblems(pw, 'minjun')).toContain('must not contain the username');
  });

  it.each(['password1234', 'Password2024!', 'P@ssw0rd2024!', '2024Password!!', 'passwordpassword', 'qwerty123456', 'iloveyou1234', 'Cellbook2026!', 'admin-admin-admin', '1q2w3e4r5t6y', 'correct horse battery staple'])(
    'refuses %s: a common password',
    (pw) => {
      expect(passwordProblems(pw, 'minjun')).toEqual([expect.stringMatching(/most common/)]);
    },
  );

  it.each(['aaaaaaaaaaaa', '121212121212', 'xyzxyzxyzxyz', '------------'])('refuses %s: a short pattern repeated', (pw) => {
    expect(passwordProblems(pw, 'minjun')).toEqual([expect.stringMatching(/repeated/)]);
  });

  it.each(['123456789012', '098765432109', 'qwertyuiopasdf', 'abcdefghijklm', 'mlkjihgfedcba'])('refuses %s: a sequence', (pw) => {
    expect(passwordProblems(pw, 'minjun')).toEqual([expect.stringMatching(/sequence/)]);
  });

  it('throws validation_failed located at the password, never echoing it', () => {
    const err = (() => {
      try {
        assertAcceptablePassword('Password2024!', 'minjun');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('validation_failed');
    expect((err as AppError).problems[0]?.path).toBe('password');
    expect(JSON.stringify(err) + (err as AppError).message).not.toContain('Password2024!');
  });
});
