import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** Pick a member of a subtree by typing part of a name or the member number. */
export function MemberPicker({ org, within, label, value, onChange, error }: { org: string; within?: number | undefined; label: string; value: string | null; onChange(v: string | null): void; error?: string | undefined }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const members = useQuery({
    queryKey: [org, 'members', 'pick', within ?? null, q],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { ...(q ? { q } : {}), ...(within ? { within } : {}), limit: 30 } } })),
  });
  return (
    <Select
      label={label}
      placeholder={t('picker.typeToSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={(members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.familyName} ${m.givenName} (${m.memberNo})` }))}
      value={value}
      onChange={onChange}
      nothingFoundMessage={members.isPending ? t('common.loading') : t('tree.noResults')}
      required
      error={error}
    />
  );
}
