import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideVote, InvalidVoteCount, quorumRequired, voteRuleSchema, type VoteCount, type VoteRule } from './vote-rules.js';

const rule = (majority: VoteRule['majority'], quorum: VoteRule['quorum'] = 'majority'): VoteRule => ({ majority, quorum });
const count = (c: Partial<VoteCount>): VoteCount => ({ entitled: 10, present: 10, for: 0, against: 0, abstain: 0, ...c });

describe('quorum', () => {
  it.each([
    ['majority', 10, 6],
    ['majority', 9, 5],
    ['majority', 1, 1],
    ['two_thirds', 9, 6],
    ['two_thirds', 10, 7],
    ['none', 10, 0],
  ] as const)('%s of %i entitled needs %i present', (q, entitled, needed) => {
    expect(quorumRequired(q, entitled)).toBe(needed);
  });

  it('exactly half present is not a majority quorum; one more is', () => {
    expect(decideVote(rule('simple'), count({ present: 5, for: 5 })).quorumMet).toBe(false);
    expect(decideVote(rule('simple'), count({ present: 6, for: 5 })).quorumMet).toBe(true);
  });

  it('a fixed quorum counts people present, not votes', () => {
    const r = decideVote(rule('simple', { atLeast: 3 }), count({ present: 3, for: 1, abstain: 2 }));
    expect(r).toMatchObject({ quorumMet: true, adopted: true });
  });

  it('nobody present is never a quorum, even with no quorum rule', () => {
    expect(decideVote(rule('simple', 'none'), count({ present: 0 })).adopted).toBe(false);
  });
});

describe('majority', () => {
  it('simple: a tie fails, one more for adopts, abstentions do not count', () => {
    expect(decideVote(rule('simple'), count({ for: 4, against: 4, abstain: 2 })).adopted).toBe(false);
    expect(decideVote(rule('simple'), count({ for: 4, against: 3, abstain: 3 })).adopted).toBe(true);
    expect(decideVote(rule('simple'), count({ for: 1, against: 0, abstain: 9 })).adopted).toBe(true);
  });

  it('absolute: more than half of everyone entitled, whoever is present', () => {
    expect(decideVote(rule('absolute'), count({ entitled: 10, present: 8, for: 5, against: 0 })).adopted).toBe(false);
    expect(decideVote(rule('absolute'), count({ entitled: 10, present: 8, for: 6, against: 2 })).adopted).toBe(true);
    expect(decideVote(rule('absolute'), count({ entitled: 9, present: 9, for: 5, against: 4 })).adopted).toBe(true);
  });

  it('two-thirds: exactly two thirds of votes cast adopts; abstentions do not count', () => {
    expect(decideVote(rule('two_thirds'), count({ for: 6, against: 3, abstain: 1 })).adopted).toBe(true);
    expect(decideVote(rule('two_thirds'), count({ for: 5, against: 3, abstain: 2 })).adopted).toBe(false);
    expect(decideVote(rule('two_thirds'), count({ for: 2, against: 1, abstain: 7 })).adopted).toBe(true);
    expect(decideVote(rule('two_thirds'), count({ for: 0, against: 0, abstain: 10 })).adopted).toBe(false);
  });

  it('records the basis and explains the outcome', () => {
    const r = decideVote(rule('two_thirds'), count({ entitled: 12, present: 9, for: 5, against: 3, abstain: 1 }));
    expect(r).toMatchObject({ adopted: false, quorumMet: true, quorumRequired: 7, votesNeeded: 6, count: { entitled: 12, present: 9 } });
    expect(r.explanation).toContain('needs 6 for, got 5');
  });
});

describe('impossible counts are refused', () => {
  it.each([
    [{ present: 11 }, 'present (11) cannot exceed entitled'],
    [{ present: 3, for: 2, against: 2 }, 'cannot exceed present'],
    [{ for: -1 }, 'for must be a whole number'],
    [{ abstain: 1.5 }, 'abstain must be a whole number'],
  ])('%o', (c, message) => {
    expect(() => decideVote(rule('simple'), count(c))).toThrow(InvalidVoteCount);
    expect(() => decideVote(rule('simple'), count(c))).toThrow(message);
  });
});

describe('properties', () => {
  const arbitraryCount = fc
    .record({ entitled: fc.integer({ min: 0, max: 200 }), p: fc.double({ min: 0, max: 1, noNaN: true }), f: fc.nat(), a: fc.nat(), b: fc.nat() })
    .map(({ entitled, p, f, a, b }) => {
      const present = Math.floor(entitled * p);
      const forVotes = present === 0 ? 0 : f % (present + 1);
      const against = present - forVotes === 0 ? 0 : a % (present - forVotes + 1);
      const abstain = present - forVotes - against === 0 ? 0 : b % (present - forVotes - against + 1);
      return { entitled, present, for: forVotes, against, abstain };
    });
  const arbitraryRule = fc.record({
    majority: fc.constantFrom('simple' as const, 'absolute' as const, 'two_thirds' as const),
    quorum: fc.oneof(fc.constantFrom('none' as const, 'majority' as const, 'two_thirds' as const), fc.integer({ min: 1, max: 50 }).map((n) => ({ atLeast: n }))),
  });

  it('votesNeeded is the exact threshold: one fewer vote for never adopts', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryCount, (r, c) => {
        const result = decideVote(r, c);
        expect(result.adopted).toBe(result.quorumMet && c.for >= result.votesNeeded);
        if (result.adopted && c.for > 0) {
          const fewer = decideVote(r, { ...c, for: c.for - 1, abstain: c.abstain + 1 });
          expect(fewer.adopted).toBe(c.for - 1 >= result.votesNeeded);
        }
      }),
    );
  });

  it('a motion adopted by two thirds or an absolute majority also passes by simple majority', () => {
    fc.assert(
      fc.property(arbitraryCount, (c) => {
        const simple = decideVote(rule('simple', 'none'), c).adopted;
        if (decideVote(rule('two_thirds', 'none'), c).adopted) expect(simple).toBe(true);
        if (decideVote(rule('absolute', 'none'), c).adopted && c.against < c.for) expect(simple).toBe(true);
      }),
    );
  });
});

describe('rule schema', () => {
  it('defaults to a majority quorum and a simple majority', () => {
    expect(voteRuleSchema.parse({})).toEqual({ quorum: 'majority', majority: 'simple' });
  });
  it('refuses unknown rules', () => {
    expect(voteRuleSchema.safeParse({ majority: 'three_quarters' }).success).toBe(false);
  });
});
