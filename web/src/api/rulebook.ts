import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import type { DisciplineRules, Org, Penalty } from './types';
import { useOrg } from './queries';

export type UnitKind = Org['rulebook']['unitKinds'][number];

export interface Rules {
  kinds: UnitKind[];
  kind(key: string): UnitKind | undefined;
  kindName(key: string): string;
  officeName(kind: string, office: string): string;
  /** An office's name when only its key is known (the first kind that defines it). */
  anyOfficeName(office: string): string;
  /** Whether a unit with `size` direct members is outside its kind's bounds. */
  sizeStatus(kind: string, size: number): 'too_small' | 'too_large' | null;
  /** Penalties, time limits, the vote rule and evidence limits of disciplinary cases. */
  discipline: DisciplineRules;
  membership: Org['rulebook']['membership'];
  penalty(key: string): Penalty | undefined;
  penaltyName(key: string | null | undefined): string;
  /** Whether the organization trains (its rulebook names craft or study areas): courses, lessons, certificates. */
  hasTraining: boolean;
}

/** The organization's rulebook with names in the current language. */
export function useRules(org: string): Rules | undefined {
  const { data } = useOrg(org);
  const { name } = useI18n();
  return useMemo(() => {
    if (!data) return undefined;
    const kinds = data.rulebook.unitKinds;
    const byKey = new Map(kinds.map((k) => [k.key, k]));
    const penalties = new Map(data.rulebook.discipline.penalties.map((p) => [p.key, p]));
    return {
      kinds,
      discipline: data.rulebook.discipline,
      membership: data.rulebook.membership,
      hasTraining: data.rulebook.training.areas.length > 0,
      penalty: (key) => penalties.get(key),
      penaltyName: (key) => (key ? name(penalties.get(key)?.name, key) : '—'),
      kind: (key) => byKey.get(key),
      kindName: (key) => name(byKey.get(key)?.name, key),
      officeName: (kind, office) => name(byKey.get(kind)?.offices.find((o) => o.key === office)?.name, office),
      anyOfficeName: (office) => name(kinds.flatMap((k) => k.offices).find((o) => o.key === office)?.name, office),
      sizeStatus: (kind, size) => {
        const k = byKey.get(kind);
        if (!k?.holdsMembers || !k.size) return null;
        if (size < k.size.min) return 'too_small';
        if (size > k.size.max) return 'too_large';
        return null;
      },
    };
  }, [data, name]);
}
