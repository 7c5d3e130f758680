import { AppError } from '../core/errors.js';
import { checkInOnce, findRosterByBadge, findRosterEntry, findSession, type RosterRow } from '../store/convention.repository.js';
import type { Database } from '../store/database.js';
import { findMemberById } from '../store/member.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { isBadgeCode, normalizeBadgeCode } from './badge-codes.js';
import { assertFrozen, conventionFor, rosterEntryNotFound } from './convention-access.js';
import { nowOf, readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface CheckInInput {
  org: string;
  conventionId: number;
  sessionId: number;
  /** Scanned or typed from the badge… */
  badgeCode?: string | undefined;
  /** …or the roster entry found by a search at the desk. */
  rosterId?: number | undefined;
}

export interface CheckInResult {
  rosterId: number;
  name: string;
  category: RosterRow['category'];
  checkedInAt: string;
  /** True when the person was already checked in to this session (the first time is kept). */
  alreadyCheckedIn: boolean;
}

const unknownBadge = (): AppError => new AppError('not_found', 'No seat on this roster has that badge code', { hint: 'Check the code, or search the roster by name or member number' });

interface Pending {
  ctx: AppContext;
  orgId: number;
  conventionId: number;
  sessionId: number;
  rosterId: number;
  resolve: (r: { at: string; already: boolean }) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for check-ins. At a big convention many desks check people in at once; each
 * durable commit costs a disk flush and appends to the one audit chain, so one transaction per
 * check-in caps a desk hall at the disk's flush rate (~100/s measured). Check-ins that arrive
 * while a commit is in flight wait for it and then commit together, each with its own audit event:
 * a lone check-in is written at once, a busy hall gets batches.
 */
class CheckInBatcher {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly database: Database) {}

  write(p: Omit<Pending, 'resolve' | 'reject'>): Promise<{ at: string; already: boolean }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...p, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, 500);
        try {
          const results = await this.database.db.transaction().execute(async (trx) => {
            const out: ({ at: string; already: boolean } | AppError)[] = [];
            for (const p of batch) {
              // Checked again inside the transaction: a substitution may have happened meanwhile.
              const entry = await findRosterEntry(trx, p.orgId, p.rosterId);
              if (!entry || entry.status !== 'entitled') {
                out.push(new AppError('invalid_transition', `Roster entry ${p.rosterId} was replaced by a substitute`, { hint: 'Check in the substitute with their own badge' }));
                continue;
              }
              const r = await checkInOnce(trx, p.orgId, p.sessionId, p.rosterId, nowOf(p.ctx));
              if (!r.already) await recordAudit(trx, p.ctx, { orgId: p.orgId, action: 'convention.check_in', entityType: 'convention', entityId: p.conventionId, data: { sessionId: p.sessionId, rosterId: p.rosterId } });
              out.push(r);
            }
            return out;
          });
          batch.forEach((p, i) => {
            const r = results[i];
            if (r instanceof AppError || r === undefined) p.reject(r ?? new Error('check-in lost'));
            else p.resolve(r);
          });
        } catch (e) {
          for (const p of batch) p.reject(e);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

const batchers = new WeakMap<Database, CheckInBatcher>();
const batcherOf = (database: Database): CheckInBatcher => {
  let b = batchers.get(database);
  if (!b) {
    b = new CheckInBatcher(database);
    batchers.set(database, b);
  }
  return b;
};

/** Checks a person in to one session of a convention; a second check-in keeps the first time. */
export async function checkIn(ctx: AppContext, input: CheckInInput): Promise<CheckInResult> {
  if ((input.badgeCode === undefined) === (input.rosterId === undefined)) {
    throw new AppError('validation_failed', 'Give a badge code or a roster entry', { problems: [{ path: 'badgeCode', message: 'exactly one of badgeCode and rosterId' }] });
  }
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const { convention } = await conventionFor(db, s, input.conventionId, 'run_meetings');
  assertFrozen(convention);
  const session = await findSession(db, s.org.id, input.sessionId);
  if (!session || session.convention_id !== convention.id) throw new AppError('not_found', `Session with id ${input.sessionId} was not found`);
  let entry: RosterRow | undefined;
  if (input.badgeCode !== undefined) {
    const code = normalizeBadgeCode(input.badgeCode);
    if (!isBadgeCode(code)) throw unknownBadge();
    entry = await findRosterByBadge(db, s.org.id, convention.id, code);
    if (!entry) throw unknownBadge();
  } else {
    entry = await findRosterEntry(db, s.org.id, input.rosterId as number);
    if (!entry || entry.convention_id !== convention.id) throw rosterEntryNotFound(input.rosterId as number);
  }
  if (entry.status !== 'entitled') throw new AppError('invalid_transition', `Roster entry ${entry.id} was replaced by a substitute`, { hint: 'Check in the substitute with their own badge' });
  if (entry.member_id === null && entry.guest_name === null) throw new AppError('invalid_transition', `Roster entry ${entry.id} is a vacant seat`, { hint: 'Name the delegate to the seat first' });
  const result = await batcherOf(ctx.database).write({ ctx, orgId: s.org.id, conventionId: convention.id, sessionId: session.id, rosterId: entry.id });
  const member = entry.member_id === null ? undefined : await findMemberById(db, s.org.id, entry.member_id);
  return {
    rosterId: entry.id,
    name: member ? `${member.family_name} ${member.given_name}`.trim() : (entry.guest_name ?? ''),
    category: entry.category,
    checkedInAt: result.at,
    alreadyCheckedIn: result.already,
  };
}
