import { describe, expect, it } from 'vitest';
import { childPath } from '../unit-path.js';
import { computeRoster, delegateSeats, rosterRuleSchema } from './roster-rules.js';

describe('delegate seats', () => {
  it('rounds as the rule states, integer-exact', () => {
    // One per 50: 51 members give 2 (up), 1 (down), 1 (nearest); 75 give 2 (nearest rounds halves up).
    expect([51, 75, 100, 124, 125].map((m) => delegateSeats(m, 50, 'up', 0))).toEqual([2, 2, 2, 3, 3]);
    expect([51, 75, 100, 124, 125].map((m) => delegateSeats(m, 50, 'down', 0))).toEqual([1, 1, 2, 2, 2]);
    expect([51, 75, 100, 124, 125].map((m) => delegateSeats(m, 50, 'nearest', 0))).toEqual([1, 2, 2, 2, 3]);
    // A small unit still sends its minimum; an empty one sends nobody.
    expect([delegateSeats(7, 50, 'down', 1), delegateSeats(0, 50, 'up', 1)]).toEqual([1, 0]);
  });

  it('needs at least one part and a stated rounding', () => {
    expect(rosterRuleSchema.safeParse({}).success).toBe(false);
    expect(rosterRuleSchema.safeParse({ delegates: { perUnitKind: 'primary_committee', perMembers: 50 } }).success).toBe(false);
  });
});

describe('computeRoster on a hand-built tree', () => {
  // root(1) ─ primary A(2) ─ cells 3, 4      primary B(5) ─ cell 6
  const root = childPath(null, 1);
  const a = childPath(root, 2);
  const b = childPath(root, 5);
  const units = [
    { id: 1, path: root, kind: 'county_committee' },
    { id: 2, path: a, kind: 'primary_committee' },
    { id: 3, path: childPath(a, 3), kind: 'cell' },
    { id: 4, path: childPath(a, 4), kind: 'cell' },
    { id: 5, path: b, kind: 'primary_committee' },
    { id: 6, path: childPath(b, 6), kind: 'cell' },
  ];
  const holders = [
    { unitId: 6, office: 'secretary', memberId: 60 },
    { unitId: 3, office: 'secretary', memberId: 30 },
    { unitId: 4, office: 'secretary', memberId: 40 },
    { unitId: 4, office: 'deputy_secretary', memberId: 41 },
    { unitId: 2, office: 'secretary', memberId: 30 },
  ];
  const membersAt = new Map([
    [3, 30],
    [4, 21],
    [6, 75],
  ]);

  it('seats every cell secretary once, in tree order', () => {
    const rule = rosterRuleSchema.parse({ officeHolders: [{ unitKind: 'cell', office: 'secretary' }] });
    const { seats, basis } = computeRoster(rule, { units, holders, membersAt, guestMembers: new Map() });
    expect(seats.map((s) => [s.unitId, s.memberId])).toEqual([
      [3, 30],
      [4, 40],
      [6, 60],
    ]);
    expect(basis.officeHolders).toBe(3);
  });

  it('allots delegate seats per primary committee from its subtree\u2019s members, and seats a person once', () => {
    const rule = rosterRuleSchema.parse({
      officeHolders: [
        { unitKind: 'cell', office: 'secretary' },
        { unitKind: 'primary_committee', office: 'secretary' },
      ],
      delegates: { perUnitKind: 'primary_committee', perMembers: 50, rounding: 'up' },
      guests: [{ name: 'Visiting delegation' }, { name: 'A member', memberNo: 'P0000030' }, { name: 'Unknown', memberNo: 'P9' }],
    });
    const { seats, basis } = computeRoster(rule, { units, holders, membersAt, guestMembers: new Map<string, number | null>([['P0000030', 30], ['P9', null]]) });
    // A: 51 members → 2 seats; B: 75 → 2 seats. Member 30 holds two offices and is invited as a guest: one seat.
    expect(basis.delegateUnits).toEqual([
      { unitId: 2, members: 51, seats: 2 },
      { unitId: 5, members: 75, seats: 2 },
    ]);
    expect(seats.filter((s) => s.category === 'delegate').map((s) => [s.unitId, s.seat, s.memberId])).toEqual([
      [2, 1, null],
      [2, 2, null],
      [5, 1, null],
      [5, 2, null],
    ]);
    expect(basis).toMatchObject({ officeHolders: 3, delegateSeats: 4, guests: 1, duplicatesSkipped: 2, unknownGuestMembers: ['P9'] });
    expect(seats.filter((s) => s.category === 'guest')).toEqual([{ category: 'guest', unitId: null, memberId: null, office: null, seat: null, guestName: 'Visiting delegation' }]);
  });
});
