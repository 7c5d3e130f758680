import type { MemberRow } from '../store/member.repository.js';
import type { OfficeTermRow } from '../store/office.repository.js';
import type { OrgRow } from '../store/org.repository.js';
import type { UnitEventRow, UnitRow } from '../store/unit.repository.js';

export interface OrgView {
  slug: string;
  name: string;
  rulebookVersion: number;
  createdAt: string;
}

export interface UnitView {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  depth: number;
  status: 'active' | 'dissolved';
  createdOn: string;
  dissolvedOn: string | null;
  counts: { directMembers: number; subtreeMembers: number; subtreeUnits: number };
  version: number;
}

export interface MemberView {
  id: number;
  memberNo: string;
  familyName: string;
  givenName: string;
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  unitId: number | null;
  placedOn: string | null;
  joinedOn: string;
  version: number;
}

export interface OfficeTermView {
  id: number;
  unitId: number;
  office: string;
  memberId: number;
  startOn: string;
  endOn: string | null;
  endReason: string | null;
  version: number;
}

export interface UnitEventView {
  type: string;
  occurredOn: string;
  reason: string | null;
  detail: Record<string, unknown>;
  recordedAt: string;
}

export const orgView = (o: OrgRow): OrgView => ({ slug: o.slug, name: o.name, rulebookVersion: o.rulebook_version, createdAt: o.created_at });

export const unitView = (u: UnitRow): UnitView => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parent_id,
  depth: u.depth,
  status: u.status,
  createdOn: u.created_on,
  dissolvedOn: u.dissolved_on,
  counts: { directMembers: u.direct_members, subtreeMembers: u.subtree_members, subtreeUnits: u.subtree_units },
  version: u.version,
});

export const memberView = (m: MemberRow): MemberView => ({
  id: m.id,
  memberNo: m.member_no,
  familyName: m.family_name,
  givenName: m.given_name,
  birthDate: m.birth_date,
  phone: m.phone,
  email: m.email,
  status: m.status,
  unitId: m.unit_id,
  placedOn: m.placed_on,
  joinedOn: m.joined_on,
  version: m.version,
});

export const officeTermView = (t: OfficeTermRow): OfficeTermView => ({
  id: t.id,
  unitId: t.unit_id,
  office: t.office,
  memberId: t.member_id,
  startOn: t.start_on,
  endOn: t.end_on,
  endReason: t.end_reason,
  version: t.version,
});

export const unitEventView = (e: UnitEventRow): UnitEventView => ({
  type: e.type,
  occurredOn: e.occurred_on,
  reason: e.reason,
  detail: JSON.parse(e.detail) as Record<string, unknown>,
  recordedAt: e.created_at,
});
