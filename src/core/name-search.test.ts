import { describe, expect, it } from 'vitest';
import { escapeLike, nameSearchKey, normalizeForSearch } from './name-search.js';

/** How the store matches: the normalized query is a substring of the stored key. */
const finds = (familyName: string, givenName: string, query: string): boolean =>
  nameSearchKey(familyName, givenName).includes(normalizeForSearch(query));

describe('name search', () => {
  it('finds a Hangul name by the full name and by the given name', () => {
    expect(finds('김', '민준', '김민준')).toBe(true);
    expect(finds('김', '민준', '민준')).toBe(true);
    expect(finds('김', '민준', '김 민준')).toBe(true);
    expect(finds('김', '민준', '김')).toBe(true);
  });

  it('does not find a different Hangul name', () => {
    expect(finds('김', '민준', '이민준')).toBe(false);
    expect(finds('김', '민준', '김서연')).toBe(false);
  });

  it('finds a romanized name in either order, any case, with or without the hyphen', () => {
    for (const query of ['min-jun kim', 'minjun', 'KIM MIN', 'Kim Min-jun', 'minjun kim', 'kim, min-jun']) {
      expect(finds('Kim', 'Min-jun', query), query).toBe(true);
    }
    expect(finds('Kim', 'Min-jun', 'park min-jun')).toBe(false);
  });

  it('cannot match across the join between the two name orders', () => {
    // "kimminjun|minjunkim": "junmin" would only appear if the two orders were glued together.
    expect(finds('Kim', 'Min-jun', 'jun min')).toBe(false);
  });

  it('matches decomposed Hangul (NFD) typed on some keyboards to the precomposed key', () => {
    const nfd = '김민준'.normalize('NFD');
    expect(nfd).not.toBe('김민준');
    expect(normalizeForSearch(nfd)).toBe('김민준');
    expect(finds('김', '민준', nfd)).toBe(true);
    expect(nameSearchKey('김'.normalize('NFD'), '민준'.normalize('NFD'))).toBe(nameSearchKey('김', '민준'));
  });

  it('folds compatibility forms (full-width letters) and case', () => {
    expect(normalizeForSearch('ＫＩＭ')).toBe('kim');
    expect(normalizeForSearch("O'Brien-Smith")).toBe('obriensmith');
  });

  it('keeps both name orders in the key', () => {
    expect(nameSearchKey(' Kim ', 'Min-jun')).toBe('kimminjun|minjunkim');
    expect(nameSearchKey('김', '민준')).toBe('김민준|민준김');
  });
});

describe('escapeLike', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('a\\b')).toBe('a\\\\b');
    expect(escapeLike('%_\\')).toBe('\\%\\_\\\\');
  });

  it('leaves other text alone', () => {
    expect(escapeLike('김민준 kim')).toBe('김민준 kim');
    expect(escapeLike('')).toBe('');
  });
});
