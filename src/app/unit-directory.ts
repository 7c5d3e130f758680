import type { Executor } from '../store/database.js';
import { listAllUnits } from '../store/unit.repository.js';
import type { OrgScope } from './org-scope.js';

export interface UnitEntry {
  id: number;
  code: string;
  kind: string;
  path: string;
  status: string;
  parent_id: number | null;
  name: string;
}

/** Every unit of an organization by code and by id: bulk paths resolve codes without a query per row. */
export interface UnitDirectory {
  byCode: Map<string, UnitEntry>;
  byId: Map<number, UnitEntry>;
  holdsMembers(kind: string): boolean;
}

export async function loadUnitDirectory(db: Executor, scope: OrgScope): Promise<UnitDirectory> {
  const rows = await listAllUnits(db, scope.org.id);
  const byCode = new Map<string, UnitEntry>();
  const byId = new Map<number, UnitEntry>();
  for (const r of rows) {
    byCode.set(r.code, r);
    byId.set(r.id, r);
  }
  const memberKinds = new Set(scope.rules.memberKinds().map((k) => k.key));
  return { byCode, byId, holdsMembers: (kind) => memberKinds.has(kind) };
}
