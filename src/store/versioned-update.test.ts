import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialectNames, createTestDatabase, postgresAvailable } from '../test-support/test-databases.js';
import type { Database } from './database.js';
import { updateIfVersion } from './versioned-update.js';

const at = '2026-01-01T00:00:00.000Z';

describe.each(dialectNames)('updateIfVersion on %s', (dialect) => {
  const run = dialect === 'sqlite' || postgresAvailable();
  let database: Database;
  let drop: () => Promise<void>;
  let orgs: number[];
  let unitId: number;

  beforeEach(async () => {
    if (!run) return;
    ({ database, drop } = await createTestDatabase(dialect));
    const db = database.db;
    orgs = [];
    for (const slug of ['one', 'two']) {
      const o = await db.insertInto('orgs').values({ slug, name: slug, rulebook: '{}', rulebook_version: 1, member_no_seq: 0, unit_code_seq: 0, version: 1, created_at: at }).returning('id').executeTakeFirstOrThrow();
      orgs.push(o.id);
    }
    const u = await db
      .insertInto('units')
      .values({ org_id: orgs[0] as number, code: 'C1', name: 'Cell', kind: 'cell', parent_id: null, path: '/', depth: 0, status: 'active', direct_members: 0, subtree_members: 0, subtree_units: 1, created_on: '2026-01-01', dissolved_on: null, version: 3, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    unitId = u.id;
  });
  afterEach(async () => {
    if (run) await drop();
  });

  const unit = () => database.db.selectFrom('units').select(['name', 'version']).where('id', '=', unitId).executeTakeFirstOrThrow();

  it.runIf(run)('writes the patch and the next version only while the row is at the version read', async () => {
    const orgId = orgs[0] as number;
    expect(await updateIfVersion(database.db, 'units', { orgId, id: unitId, version: 3 }, { name: 'First' })).toBe(true);
    expect(await unit()).toEqual({ name: 'First', version: 4 });
    // The same version again is stale now: nothing is written.
    expect(await updateIfVersion(database.db, 'units', { orgId, id: unitId, version: 3 }, { name: 'Second' })).toBe(false);
    expect(await unit()).toEqual({ name: 'First', version: 4 });
  });

  it.runIf(run)('never writes another organization’s row', async () => {
    expect(await updateIfVersion(database.db, 'units', { orgId: orgs[1] as number, id: unitId, version: 3 }, { name: 'Taken' })).toBe(false);
    expect(await unit()).toEqual({ name: 'Cell', version: 3 });
  });

  it.runIf(run)('with `still`, writes only a draft, or a row not revoked yet', async () => {
    const orgId = orgs[0] as number;
    // An active unit is not a draft.
    expect(await updateIfVersion(database.db, 'units', { orgId, id: unitId, version: 3 }, { name: 'Draft only' }, { status: 'draft' })).toBe(false);
    expect(await unit()).toEqual({ name: 'Cell', version: 3 });

    const m = await database.db
      .insertInto('members')
      .values({ org_id: orgId, member_no: 'M1', family_name: 'Hong', given_name: 'Gil', search_key: 'hong gil', birth_date: null, phone: null, email: null, status: 'full_member', unit_id: unitId, placed_on: '2026-01-01', placement_reason: 'test', joined_on: '2026-01-01', version: 1, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const q = await database.db
      .insertInto('qualifications')
      .values({ org_id: orgId, member_id: m.id, area: 'sewing', kind: 'licence', title: 'Pattern cutting', issuer: 'Centre', number: null, issued_on: '2026-01-01', expires_on: null, revoked_at: null, version: 1, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await updateIfVersion(database.db, 'qualifications', { orgId, id: q.id, version: 1 }, { revoked_at: at }, { revoked_at: null })).toBe(true);
    // Revoked once: a second revocation at the new version finds nothing to write.
    expect(await updateIfVersion(database.db, 'qualifications', { orgId, id: q.id, version: 2 }, { revoked_at: '2026-02-01T00:00:00.000Z' }, { revoked_at: null })).toBe(false);
    const row = await database.db.selectFrom('qualifications').select(['revoked_at', 'version']).where('id', '=', q.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    expect(new Date(String(row.revoked_at)).toISOString()).toBe(at);
  });
});
