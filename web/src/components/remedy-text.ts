import type { Violation } from '../api/types';
import type { I18n } from '../i18n/i18n';

/**
 * The suggested remedy in the reader's language. The server's English description is the
 * reference; other languages build the sentence from the remedy's structured fields.
 */
export function remedyText(remedy: Violation['remedy'], i18n: Pick<I18n, 't' | 'locale'>, officeName: (office: string) => string): string {
  if (i18n.locale === 'en') return remedy.description;
  const { t } = i18n;
  switch (remedy.action) {
    case 'merge':
      return remedy.with ? t('remedy.merge', { name: remedy.with.name, size: remedy.resultingSize ?? '' }) : remedy.description;
    case 'transfer_in':
      return t('remedy.transfer_in', { needed: remedy.needed ?? '', from: (remedy.from ?? []).map((f) => `${f.unit.name} (${f.count})`).join(', ') });
    case 'dissolve':
      return t('remedy.dissolve');
    case 'split':
      return t('remedy.split', { parts: remedy.sizes?.length ?? 2, sizes: (remedy.sizes ?? []).join(' + ') });
    case 'review_bounds':
      return t('remedy.review_bounds');
    case 'appoint':
      return t('remedy.appoint', { office: remedy.office ? officeName(remedy.office) : '' });
    case 'place':
      return t('remedy.place');
    default:
      return remedy.description;
  }
}
