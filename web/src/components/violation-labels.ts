import type { MessageKey } from '../i18n/en';

export const violationTypeLabel: Record<'unit_too_small' | 'unit_too_large' | 'office_vacant' | 'member_without_unit', MessageKey> = {
  unit_too_small: 'violation.unit_too_small',
  unit_too_large: 'violation.unit_too_large',
  office_vacant: 'violation.office_vacant',
  member_without_unit: 'violation.member_without_unit',
};
