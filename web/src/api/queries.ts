import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, unwrap } from './client';

/** Query hooks shared by several pages. Keys start with the org so switching orgs never mixes data. */

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: () => unwrap(api.GET('/api/v1/auth/me')), staleTime: 60_000 });
}

export function useOrgs() {
  return useQuery({ queryKey: ['orgs'], queryFn: () => unwrap(api.GET('/api/v1/orgs')), staleTime: 60_000 });
}

export function useOrgSlug(): string {
  const { org } = useParams();
  return org ?? '';
}

export function useOrg(org: string) {
  return useQuery({ queryKey: [org, 'org'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}', { params: { path: { org } } })), staleTime: 5 * 60_000, enabled: org !== '' });
}

export function useUnit(org: string, unitId: number) {
  return useQuery({ queryKey: [org, 'unit', unitId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units/{unitId}', { params: { path: { org, unitId } } })) });
}

export function useViolations(org: string, within?: number) {
  return useQuery({
    queryKey: [org, 'violations', within ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/violations', { params: { path: { org }, query: { ...(within ? { within } : {}), limit: 200 } } })),
  });
}
