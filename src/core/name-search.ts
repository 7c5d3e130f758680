/**
 * Name search that works in any script. Keys are NFKC-normalized (so decomposed Hangul jamo typed
 * on some keyboards match precomposed syllables), lower-cased and stripped of spaces and
 * punctuation, and hold both name orders: "김민준" (family first, as written in Korean) and
 * "minjunkim" (given first) both find 김 민준 / Min-jun Kim.
 */
export function normalizeForSearch(text: string): string {
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
