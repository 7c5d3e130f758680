import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Locale = 'en' | 'ko';
export const locales: readonly Locale[] = ['en', 'ko'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { en, ko };
const STORAGE_KEY = 'cellbook.locale';

export interface LocalizedName {
  en: string;
  ko: string;
}

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The message for `key` with `{name}` placeholders filled in. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number): string;
  name(n: LocalizedName | undefined, fallback?: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ko') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((l: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
    setLocaleState(l);
  }, []);
  const value = useMemo<I18n>(() => {
    const tag = locale === 'ko' ? 'ko-KR' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(tag);
    return {
      locale,
      setLocale,
      t: (key, values) => {
        const text = catalogues[locale][key] ?? en[key];
        return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
      },
      // Dates without a time (YYYY-MM-DD) are calendar days: formatted in UTC so no zone shifts them.
      date: (iso) => (iso ? dateFormat.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '—'),
      dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '—'),
      number: (n) => numberFormat.format(n),
      name: (n, fallback = '') => (n ? n[locale] || n.en : fallback),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
