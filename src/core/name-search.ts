/**
 * Name search that works in any script. Keys are NFKC-normalized (so Hangul typed as decomposed
 * conjoining jamo, as some systems store it, matches precomposed syllables), lower-cased and stripped of spaces and
 * punctuation, and hold both name orders: "김민준" (family first, as written in Korean) and
 * "minjunkim" (given first) both find 김 민준 / Min-jun Kim.
 */
// Most names are plain ASCII or precomposed Hangul: those skip the costly Unicode normalization,
// which matters when a million rows are imported.
const HANGUL_OR_ALNUM = /^[A-Za-z0-9\uAC00-\uD7A3]*$/;
const ASCII = /^[\x20-\x7e]*$/;

export function normalizeForSearch(text: string): string {
  if (HANGUL_OR_ALNUM.test(text)) return text.toLowerCase();
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function nameSearchKey(familyName: string, givenName: string): string {
  const family = normalizeForSearch(familyName);
  const given = normalizeForSearch(givenName);
  return `${family}${given}|${given}${family}`;
}

/** Escapes LIKE wildcards so a query is matched literally (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
