import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useRules } from '../api/rulebook';
import { useI18n } from '../i18n/i18n';

/** Pick a unit by typing part of its name or code; optionally only units of one kind. */
export function UnitPicker({ org, label, kind, exclude, value, onChange, error, required = true, holdsMembers }: { org: string; label: string; kind?: string; exclude?: number; value: string | null; onChange(v: string | null): void; error?: string | undefined; required?: boolean; holdsMembers?: boolean }) {
  const { t } = useI18n();
  const rules = useRules(org);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const units = useQuery({
    queryKey: [org, 'units', 'pick', kind ?? null, q],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units', { params: { path: { org }, query: { ...(q ? { q } : {}), ...(kind ? { kind } : {}), limit: 50 } } })),
  });
  const data = (units.data?.items ?? []).filter((u) => u.id !== exclude && (!holdsMembers || rules?.kind(u.kind)?.holdsMembers !== false)).map((u) => ({ value: String(u.id), label: `${u.name} (${u.code}, ${rules?.kindName(u.kind) ?? u.kind})` }));
  return (
    <Select
      label={label}
      placeholder={t('picker.typeToSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={units.isPending ? t('common.loading') : t('tree.noResults')}
      required={required}
      clearable={!required}
      error={error}
    />
  );
}
