import { SegmentedControl } from '@mantine/core';
import { useI18n, type Locale } from '../i18n/i18n';

/** EN / 한국어: the choice is kept in the browser (i18n.tsx). */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={locale}
      onChange={(v) => setLocale(v as Locale)}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'ko', label: '한국어' },
      ]}
    />
  );
}
