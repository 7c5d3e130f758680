import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

const dir = new URL('./', import.meta.url);
/** Message keys as written in the catalogue files of one language (en.ts, meetings.en.ts, …). */
function keysWritten(language: 'en' | 'ko'): string[] {
  return readdirSync(dir)
    .filter((f) => f === `${language}.ts` || f.endsWith(`.${language}.ts`))
    .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/^\s*'([a-zA-Z0-9_.]+)':/gm)].map((m) => m[1] ?? ''));
}

describe('message catalogues', () => {
  it.each(['en', 'ko'] as const)('define every %s key once: a spread-in catalogue never silently replaces another’s message', (language) => {
    const keys = keysWritten(language);
    const seen = new Set<string>();
    const twice = keys.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(twice).toEqual([]);
  });

  it('translate every English message into Korean, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
      expect(ko[key].trim(), key).not.toBe('');
    }
  });
});
