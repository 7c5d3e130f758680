import { describe, expect, it } from 'vitest';
import { checkMemberFields, checkMemberNo, cleanMemberFields, formatMemberNo, withApiFieldNames, type MemberFields } from './member-fields.js';

const TODAY = '2024-06-15';

const valid: MemberFields = {
  familyName: '김',
  givenName: '민준',
  birthDate: '1990-04-01',
  phone: '010-1234-5678',
  email: 'minjun@example.com',
};

const problemsOf = (f: Partial<MemberFields>): { path: string; message: string }[] =>
  checkMemberFields(f, TODAY).map(({ path, message }) => ({ path, message }));

describe('checkMemberFields', () => {
  it('accepts a complete, valid record', () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it('accepts a record with only one name and nothing optional', () => {
    expect(problemsOf({ givenName: 'Madonna' })).toEqual([]);
    expect(problemsOf({ familyName: '김', givenName: '', birthDate: null, phone: null, email: null })).toEqual([]);
  });

  it('requires a family or a given name', () => {
    const expected = [{ path: 'family_name', message: 'a family name or a given name is required' }];
    expect(problemsOf({})).toEqual(expected);
    expect(problemsOf({ familyName: '  ', givenName: '\t' })).toEqual(expected);
  });

  it('limits names to 100 characters', () => {
    expect(problemsOf({ familyName: 'a'.repeat(100), givenName: 'b'.repeat(100) })).toEqual([]);
    expect(problemsOf({ familyName: 'a'.repeat(101), givenName: 'b'.repeat(101) })).toEqual([
      { path: 'family_name', message: 'must be at most 100 characters' },
      { path: 'given_name', message: 'must be at most 100 characters' },
    ]);
  });

  it.each(['1990-02-30', '1990-4-1', '01/04/1990', 'unknown'])('refuses the birth date %j', (birthDate) => {
    expect(problemsOf({ ...valid, birthDate })).toEqual([{ path: 'birth_date', message: `'${birthDate}' is not a date; write YYYY-MM-DD` }]);
  });

  it('refuses a birth date in the future, but not today', () => {
    expect(problemsOf({ ...valid, birthDate: '2024-06-16' })).toEqual([{ path: 'birth_date', message: 'is in the future' }]);
    expect(problemsOf({ ...valid, birthDate: TODAY })).toEqual([]);
  });

  it('measures the future against the injected today', () => {
    expect(checkMemberFields({ ...valid, birthDate: '2030-01-01' }, '2031-01-01')).toEqual([]);
  });

  it('refuses a birth date before 1900', () => {
    expect(problemsOf({ ...valid, birthDate: '1899-12-31' })).toEqual([{ path: 'birth_date', message: 'is before 1900' }]);
    expect(problemsOf({ ...valid, birthDate: '1900-01-01' })).toEqual([]);
  });

  it.each(['minjun', 'minjun@', '@example.com', 'min jun@example.com', 'minjun@example', `${'a'.repeat(250)}@example.com`])(
    'refuses the e-mail %j',
    (email) => {
      expect(problemsOf({ ...valid, email })).toEqual([{ path: 'email', message: 'is not an e-mail address' }]);
    },
  );

  it.each(['010-1234-5678', '+82 10 1234 5678', '02.123.4567', '(02) 1234-5678', '+1 (555) 123-4567'])('accepts the phone %j', (phone) => {
    expect(problemsOf({ ...valid, phone })).toEqual([]);
  });

  it.each(['12', 'call me', '010-1234-567x', '010-1234-', '++82 10 1234 5678', '1'.repeat(31)])('refuses the phone %j', (phone) => {
    expect(problemsOf({ ...valid, phone })).toEqual([{ path: 'phone', message: expect.stringContaining('is not a phone number') }]);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ familyName: '', givenName: '', birthDate: '2099-01-01', phone: 'x', email: 'y' }).map((p) => p.path)).toEqual([
      'family_name',
      'birth_date',
      'email',
      'phone',
    ]);
  });

  it('checks the values as they will be stored: trimmed, blank meaning none', () => {
    expect(problemsOf({ ...valid, email: ' Minjun@Example.com ', phone: ' 010-1234-5678 ', birthDate: ' 1990-04-01 ' })).toEqual([]);
    expect(problemsOf({ ...valid, email: '   ', phone: ' ', birthDate: '  ' })).toEqual([]);
  });
});

describe('cleanMemberFields', () => {
  it('trims every field and lower-cases the e-mail', () => {
    expect(
      cleanMemberFields({ familyName: '  Kim ', givenName: ' Min-jun\t', birthDate: ' 1990-04-01 ', phone: ' 010-1234-5678 ', email: ' MinJun@Example.COM ' }),
    ).toEqual({ familyName: 'Kim', givenName: 'Min-jun', birthDate: '1990-04-01', phone: '010-1234-5678', email: 'minjun@example.com' });
  });

  it('turns missing or blank optional fields into null and missing names into empty text', () => {
    expect(cleanMemberFields({ birthDate: '', phone: '   ', email: undefined })).toEqual({
      familyName: '',
      givenName: '',
      birthDate: null,
      phone: null,
      email: null,
    });
  });

  it('stores names in NFC, so decomposed Hangul is stored precomposed', () => {
    const cleaned = cleanMemberFields({ familyName: '김'.normalize('NFD'), givenName: ' 민준'.normalize('NFD') });
    expect(cleaned.familyName).toBe('김');
    expect(cleaned.givenName).toBe('민준');
    expect(cleaned.givenName.length).toBe(2);
  });

  it('produces values that pass the check whenever the input did', () => {
    const input = { familyName: ' 김 ', givenName: '민준', birthDate: ' 1990-04-01', phone: '010-1234-5678 ', email: ' A@B.CO ' };
    expect(checkMemberFields(input, TODAY)).toEqual([]);
    expect(checkMemberFields(cleanMemberFields(input), TODAY)).toEqual([]);
  });
});

describe('withApiFieldNames', () => {
  it('renames file columns to API fields and keeps everything else', () => {
    const problems = checkMemberFields({ familyName: '', birthDate: '2099-01-01' }, TODAY);
    expect(withApiFieldNames(problems)).toEqual([
      { path: 'familyName', message: 'a family name or a given name is required' },
      { path: 'birthDate', message: 'is in the future' },
    ]);
    expect(withApiFieldNames([{ path: 'email', message: 'x', line: 3 }])).toEqual([{ path: 'email', message: 'x', line: 3 }]);
    // The input is left as it was.
    expect(problems[0]?.path).toBe('family_name');
  });
});

describe('member numbers', () => {
  it.each(['P0000001', 'a', 'S-00012', 'x'.repeat(32)])('accepts %j', (no) => {
    expect(checkMemberNo(no)).toBeNull();
  });

  it.each(['', '-P1', 'P 1', 'P_1', '김1', 'x'.repeat(33)])('refuses %j', (no) => {
    expect(checkMemberNo(no)).toMatch(/1–32 letters/);
  });

  it('formats a prefix and a zero-padded sequence', () => {
    expect(formatMemberNo('P', 7, 42)).toBe('P0000042');
    expect(formatMemberNo('', 4, 12345)).toBe('12345');
  });
});
