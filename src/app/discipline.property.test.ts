import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStates, closedCaseStates } from '../core/discipline/case-states.js';
import { AppError } from '../core/errors.js';
import { getCase } from './case-queries.js';
import type { AppContext } from './context.js';
import { decideAppeal } from './decide-appeal.js';
import { decideCase } from './decide-case.js';
import { finalizeCase } from './finalize-case.js';
import { lodgeAppeal } from './lodge-appeal.js';
import { getMember } from './member-queries.js';
import { openCase } from './open-case.js';
import { ratifyCase } from './ratify-case.js';
import { scheduleHearing } from './schedule-hearing.js';
import { submitDefence } from './submit-defence.js';
import { withdrawCase } from './withdraw-case.js';
import { buildDisciplineWorld, daysLater } from '../test-support/discipline-world.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

type World = Awaited<ReturnType<typeof buildDisciplineWorld>>;
const actors = ['secretary', 'primaryStaff', 'countyStaff', 'accused', 'auditor', 'neighbour'] as const;
const penalties = ['warning', 'removal_from_office', 'probation', 'expulsion'] as const;
/** Refusals a random walk may meet; anything else (a 500, a broken invariant) fails the property. */
const expectedRefusals = ['invalid_transition', 'rule_violation', 'forbidden', 'validation_failed', 'not_found'];

/** Who usually takes each action; a random other actor one time in four (mostly refused). */
const usual: Record<string, (typeof actors)[number]> = { defend: 'accused', hearing: 'secretary', decide: 'secretary', ratify: 'primaryStaff', overturn: 'primaryStaff', appeal: 'accused', finalize: 'accused', uphold: 'countyStaff', reduce: 'countyStaff', annul: 'countyStaff', withdraw: 'secretary' };
const stepArb = fc.record({
  action: fc.oneof(
    ...(
      [
        ['defend', 3],
        ['hearing', 4],
        ['decide', 6],
        ['ratify', 3],
        ['overturn', 1],
        ['appeal', 3],
        ['finalize', 2],
        ['uphold', 2],
        ['reduce', 1],
        ['annul', 1],
        ['withdraw', 1],
      ] as const
    ).map(([a, weight]) => ({ arbitrary: fc.constant(a), weight })),
  ),
  stranger: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constantFrom(...actors), weight: 1 }),
  penalty: fc.constantFrom(...penalties),
  adopted: fc.boolean(),
  /** Days after the fixed test day: deadlines pass as the walk goes on (within the secretary's term). */
  day: fc.nat({ max: 3 }).map((n) => n * 8),
});

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`random walks through disciplinary cases on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c), 'suite');
    let runs = 0;
    const reached = new Map<string, number>();

    async function act(w: World, caseId: number, s: { action: string; penalty: (typeof penalties)[number]; adopted: boolean }, at: AppContext): Promise<void> {
      const org = w.slug;
      const vote = s.adopted ? { entitled: 5, present: 5, for: 4, against: 1, abstain: 0 } : { entitled: 5, present: 5, for: 1, against: 4, abstain: 0 };
      const months = s.penalty === 'probation' ? 2 : undefined;
      switch (s.action) {
        case 'defend':
          return void (await submitDefence(at, { org, caseId, defence: 'My answer.' }));
        case 'hearing':
          return void (await scheduleHearing(at, { org, caseId, on: at.clock().toISOString().slice(0, 10), reason: 'moved' }));
        case 'decide':
          return void (await decideCase(at, { org, caseId, penalty: s.penalty, months, vote, reason: 'vote' }));
        case 'ratify':
        case 'overturn':
          return void (await ratifyCase(at, { org, caseId, outcome: s.action, reason: 'r' }));
        case 'appeal':
          return void (await lodgeAppeal(at, { org, caseId, grounds: 'unfair' }));
        case 'finalize':
          return void (await finalizeCase(at, { org, caseId }));
        case 'uphold':
        case 'annul':
          return void (await decideAppeal(at, { org, caseId, outcome: s.action, reason: 'r' }));
        case 'reduce':
          return void (await decideAppeal(at, { org, caseId, outcome: 'reduce', penalty: 'warning', reason: 'r' }));
        default:
          return void (await withdrawCase(at, { org, caseId, reason: 'r' }));
      }
    }

    it('whatever anyone tries, in any order and on any day, a case stays in a valid state and its effects match its outcome', { timeout: 240_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 20 }), async (steps) => {
          const w = await buildDisciplineWorld(ctx, `walk${++runs}`);
          const opened = await openCase(w.as.secretary, { org: w.slug, member: { id: w.accused.id }, unit: { id: w.cell.id }, charges: 'Random walk charges, long enough.' });
          let day = 0;
          let done = 1;
          for (const s of steps) {
            day = Math.max(day, s.day);
            try {
              await act(w, opened.id, s, daysLater(w.as[s.stranger ?? usual[s.action] ?? 'secretary'], day));
              done++;
            } catch (e) {
              if (!(e instanceof AppError) || !expectedRefusals.includes(e.code)) throw e;
            }
          }
          const c = await getCase(daysLater(ctx, day), w.slug, opened.id);
          const member = await getMember(ctx, w.slug, { id: w.accused.id });
          expect(caseStates).toContain(c.state);
          reached.set(c.state, (reached.get(c.state) ?? 0) + 1);
          expect(c.closedOn !== null, `closedOn of a ${c.state} case`).toBe(closedCaseStates.includes(c.state as never));
          expect(member.status === 'expelled', `member ${member.status}, case ${c.state} ${c.finalPenalty}`).toBe(c.state === 'final' && c.finalPenalty === 'expulsion');
          expect(c.sanction !== null).toBe(c.state === 'final' && c.finalPenalty === 'probation');
          if (c.state !== 'final') expect(c.finalPenalty).toBeNull();
          // Every successful step is in the timeline (the sweep on read may add the closing of a passed window).
          const steps2 = c.timeline.filter((x) => x.actor !== 'system:clock');
          expect(steps2.length).toBe(done);
          expect(c.timeline.every((x, i) => i === 0 || x.from === c.timeline[i - 1]?.to)).toBe(true);
        }),
        { numRuns: dialect === 'sqlite' ? 40 : 15 },
      );
      // The walks must get somewhere: decisions, ratifications and outcomes, not only refusals.
      console.log(`case random walks (${dialect}): ${JSON.stringify(Object.fromEntries(reached))}`);
      expect(reached.size).toBeGreaterThanOrEqual(5);
    });
  });
}
