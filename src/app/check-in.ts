import { AppError } from '../core/errors.js';
import { checkInMany, findRosterByBadge, findRosterEntries, findRosterEntry, findSession, type RosterRow } from '../store/convention.repository.js';
import type { Database } from '../store/database.js';
import { findMemberById } from '../store/member.repository.js';
import { scopedOrg } from './access.js';
import { recordAudits, type AuditEntry } from './audit-log.js';
import { isBadgeCode, normalizeBadgeCode } from './badge-codes.js';
import { assertFrozen, checkConvention, fetchConvention, rosterEntryNotFound } from './convention-access.js';
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
            // A handful of statements per batch, however many check-ins it holds (the audit events
            // too: recordAudits reserves the batch's sequence numbers at once).
            const out: ({ at: string; already: boolean } | AppError)[] = [];
            const byOrg = new Map<number, number[]>();
            batch.forEach((p, i) => {
              const indexes = byOrg.get(p.orgId);
              if (indexes) indexes.push(i);
              else byOrg.set(p.orgId, [i]);
            });
            for (const [orgId, indexes] of byOrg) {
              // Checked again inside the transaction: a substitution may have happened meanwhile.
              const entries = await findRosterEntries(trx, orgId, indexes.map((i) => (batch[i] as Pending).rosterId));
              const valid = indexes.filter((i) => {
                const p = batch[i] as Pending;
                if (entries.get(p.rosterId)?.status === 'entitled') return true;
                out[i] = new AppError('invalid_transition', `Roster entry ${p.rosterId} was replaced by a substitute`, { hint: 'Check in the substitute with their own badge' });
                return false;
              });
              const written = await checkInMany(trx, orgId, valid.map((i) => ({ sessionId: (batch[i] as Pending).sessionId, rosterId: (batch[i] as Pending).rosterId, at: nowOf((batch[i] as Pending).ctx) })));
              const audits: { ctx: AppContext; entry: AuditEntry }[] = [];
              valid.forEach((i, k) => {
                const p = batch[i] as Pending;
                const r = written[k] as { at: string; already: boolean };
                out[i] = r;
                if (!r.already) audits.push({ ctx: p.ctx, entry: { orgId, action: 'convention.check_in', entityType: 'convention', entityId: p.conventionId, data: { sessionId: p.sessionId, rosterId: p.rosterId } } });
              });
              await recordAudits(trx, audits);
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
  const code = input.badgeCode === undefined ? undefined : normalizeBadgeCode(input.badgeCode);
  const db = readDb(ctx);
  const org = await loadOrg(db, input.org);
  // Everything a check-in reads goes out at once (one round trip on PostgreSQL instead of eight);
  // nothing is answered or written before the checks below have passed on what came back.
  const [s, fetched, session, found] = await Promise.all([
    scopedOrg(db, ctx, org),
    fetchConvention(db, org.org.id, input.conventionId),
    findSession(db, org.org.id, input.sessionId),
    code === undefined ? findRosterEntry(db, org.org.id, input.rosterId as number) : isBadgeCode(code) ? findRosterByBadge(db, org.org.id, input.conventionId, code) : undefined,
  ]);
  const { convention } = await checkConvention(db, s, fetched, input.conventionId, 'run_meetings');
  assertFrozen(convention);
  if (!session || session.convention_id !== convention.id) throw new AppError('not_found', `Session with id ${input.sessionId} was not found`);
  if (session.status === 'cancelled') throw new AppError('invalid_transition', `Session ${session.id} was cancelled`, { hint: 'Check people in to a session that takes place' });
  if (!found || found.convention_id !== convention.id) throw code !== undefined ? unknownBadge() : rosterEntryNotFound(input.rosterId as number);
  const entry: RosterRow = found;
  if (entry.status !== 'entitled') throw new AppError('invalid_transition', `Roster entry ${entry.id} was replaced by a substitute`, { hint: 'Check in the substitute with their own badge' });
  if (entry.member_id === null && entry.guest_name === null) throw new AppError('invalid_transition', `Roster entry ${entry.id} is a vacant seat`, { hint: 'Name the delegate to the seat first' });
  const [result, member] = await Promise.all([
    batcherOf(ctx.database).write({ ctx, orgId: s.org.id, conventionId: convention.id, sessionId: session.id, rosterId: entry.id }),
    entry.member_id === null ? undefined : findMemberById(db, s.org.id, entry.member_id),
  ]);
  return {
    rosterId: entry.id,
    name: member ? `${member.family_name} ${member.given_name}`.trim() : (entry.guest_name ?? ''),
    category: entry.category,
    checkedInAt: result.at,
    alreadyCheckedIn: result.already,
  };
}
