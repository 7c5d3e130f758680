import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useRules } from '../../api/rulebook';
import type { UnitDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { StepModal } from './StepModal';

/** The member's unit and the committees above it that the user may read: who may open a case. */
function useOpeningUnits(org: string, unitId: number | null) {
  return useQuery({
    queryKey: [org, 'unit-chain', unitId],
    enabled: unitId !== null,
    queryFn: async () => {
      const chain: UnitDetail[] = [];
      for (let id: number | null = unitId; id !== null && chain.length < 12; ) {
        const r = await api.GET('/api/v1/orgs/{org}/units/{unitId}', { params: { path: { org, unitId: id } } });
        if (!r.data) break; // above the user's sight
        chain.push(r.data);
        id = r.data.parentId;
      }
      // Only where the user may act: officers of the unit or staff over it (the server checks again).
      return chain.filter((u) => u.allowed.includes('write_members'));
    },
  });
}

/** Open a disciplinary case against a member: the opening unit, the charges, the day of the incident. */
type Charged = { id: number; memberNo: string; familyName: string; givenName: string; unitId: number | null; status: string };
const chargeable: readonly string[] = ['candidate', 'full_member', 'suspended'];

/** From a unit's page: choose the member first (members of its subtree who can be charged). */
export function OpenCaseFromUnit({ org, unitId, onClose }: { org: string; unitId: number; onClose(): void }) {
  const members = useQuery({ queryKey: [org, 'members', 'chargeable', unitId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { within: unitId, limit: 500 } } })) });
  return <OpenCaseModal org={org} candidates={(members.data?.items ?? []).filter((m) => chargeable.includes(m.status))} onClose={onClose} />;
}

export function OpenCaseModal({ org, member: given, candidates, onClose }: { org: string; member?: Charged; candidates?: Charged[]; onClose(): void }) {
  const { t } = useI18n();
  const rules = useRules(org);
  const navigate = useNavigate();
  const [picked, setPicked] = useState<string | null>(null);
  const member = given ?? candidates?.find((m) => String(m.id) === picked);
  const units = useOpeningUnits(org, member?.unitId ?? null);
  const [unit, setUnit] = useState<string | null>(null);
  const [charges, setCharges] = useState('');
  const [incidentOn, setIncidentOn] = useState('');
  const chosen = unit ?? (units.data?.[0] ? String(units.data[0].id) : null);
  return (
    <StepModal
      org={org}
      onClose={onClose}
      reason="none"
      ready={member !== undefined && chosen !== null && charges.trim() !== ''}
      title={member && given ? t('openCase.title', { name: `${member.familyName} ${member.givenName}` }) : t('openCase.titleAny')}
      confirmLabel={t('openCase.submit')}
      action={() => unwrap(api.POST('/api/v1/orgs/{org}/cases', { params: { path: { org } }, body: { memberId: member?.id ?? 0, unitId: Number(chosen), charges: charges.trim(), incidentOn: incidentOn || null } }))}
      onDone={(created) => navigate(`/orgs/${org}/cases/${created.id}`)}
    >
      {(error) => (
        <>
          <Text size="sm">{t('openCase.help', { days: rules?.discipline.defenceDays ?? '—' })}</Text>
          {!given && (
            <Select
              label={t('openCase.member')}
              searchable
              data={(candidates ?? []).map((m) => ({ value: String(m.id), label: `${m.familyName} ${m.givenName} (${m.memberNo})` }))}
              value={picked}
              onChange={(v) => {
                setPicked(v);
                setUnit(null);
              }}
              nothingFoundMessage={t('tree.noResults')}
              required
              error={fieldError(error, 'memberId')}
            />
          )}
          <Select
            label={t('openCase.unit')}
            description={t('openCase.unitHelp')}
            data={(units.data ?? []).map((u) => ({ value: String(u.id), label: `${u.name} (${u.code}, ${rules?.kindName(u.kind) ?? u.kind})` }))}
            value={chosen}
            onChange={setUnit}
            allowDeselect={false}
            required
            nothingFoundMessage={t('openCase.noUnit')}
            error={fieldError(error, 'unitId')}
          />
          <Textarea label={t('openCase.charges')} description={t('openCase.chargesHelp')} value={charges} onChange={(e) => setCharges(e.currentTarget.value)} autosize minRows={4} maxLength={10_000} required error={fieldError(error, 'charges')} />
          <TextInput label={t('openCase.incidentOn')} type="date" value={incidentOn} onChange={(e) => setIncidentOn(e.currentTarget.value)} error={fieldError(error, 'incidentOn')} />
        </>
      )}
    </StepModal>
  );
}
