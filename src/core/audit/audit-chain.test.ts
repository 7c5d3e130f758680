import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chainedText, ChainVerifier, eventHash, eventHashTail, GENESIS, personalDigest, type ChainedEvent, type ChainBreak } from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

function buildChain(n: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const fields = {
      seq: i,
      at: `2026-11-29T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
      actor: `user:${i % 3}`,
      action: i % 2 ? 'member.transfer' : 'unit.rename',
      entityType: i % 2 ? 'member' : 'unit',
      entityId: String(i * 7),
      reason: i % 5 ? `reason ${i}` : null,
      dataJson: canonicalJson({ before: { unitId: i }, after: { unitId: i + 1 } }),
      personalDigest: i % 4 ? null : personalDigest(`salt${i}`, { familyName: '김', givenName: `민준${i}` }),
    };
    const hash = eventHash(prev, fields);
    events.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

/** Verifies a stored chain against the head kept outside; returns the first problem found. */
function verify(events: readonly ChainedEvent[], keptHead: { seq: number; hash: string }): ChainBreak | 'truncated' | null {
  const v = new ChainVerifier();
  for (const e of events) {
    const broken = v.check(e);
    if (broken) return broken;
  }
  return v.checked !== keptHead.seq || v.head !== keptHead.hash ? 'truncated' : null;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
  });
});

describe('the audit hash chain', () => {
  it('hashes exactly the JSON array of link, number and fields, whether finished here or by a database from the tail', () => {
    // Stored chains were hashed over JSON.stringify([prevHash, seq, ...fields]); the tail form must
    // produce the very same text, or every chain written before it would stop verifying.
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(
        fc.record({
          prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
          seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          at: text,
          actor: text,
          action: text,
          entityType: text,
          entityId: text,
          reason: fc.option(text),
          dataJson: text,
          personalDigest: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/)),
        }),
        (e) => {
          const full = JSON.stringify([e.prevHash, e.seq, e.at, e.actor, e.action, e.entityType, e.entityId, e.reason, e.dataJson, e.personalDigest]);
          expect(chainedText(e.prevHash, e.seq, eventHashTail(e))).toBe(full);
          expect(eventHash(e.prevHash, e)).toBe(createHash('sha256').update(full).digest('hex'));
        },
      ),
      { numRuns: 500 },
    );
  });

  const chain = buildChain(60);
  const head = { seq: 60, hash: chain[59]?.hash as string };

  it('verifies an intact chain and reports its head', () => {
    const v = new ChainVerifier();
    for (const e of chain) expect(v.check(e)).toBeNull();
    expect(v.head).toBe(head.hash);
    expect(verify(chain, head)).toBeNull();
  });

  it('keeps verifying after a personal snapshot is erased, since only its digest is chained', () => {
    // Erasure deletes the snapshot and its salt; the digest stays in the event.
    expect(verify(chain.map((e) => ({ ...e })), head)).toBeNull();
    expect(personalDigest('s1', { familyName: '김' })).not.toBe(personalDigest('s2', { familyName: '김' }));
  });

  type Tamper =
    | { kind: 'edit'; index: number; field: 'actor' | 'action' | 'entityId' | 'reason' | 'at' | 'dataJson' | 'personalDigest' | 'hash' | 'prevHash' | 'seq' }
    | { kind: 'delete'; index: number }
    | { kind: 'swap'; index: number }
    | { kind: 'truncate'; keep: number }
    | { kind: 'insert'; index: number };

  const tamper = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), index: fc.nat(59), field: fc.constantFrom('actor', 'action', 'entityId', 'reason', 'at', 'dataJson', 'personalDigest', 'hash', 'prevHash', 'seq') }),
    fc.record({ kind: fc.constant('delete' as const), index: fc.nat(59) }),
    fc.record({ kind: fc.constant('swap' as const), index: fc.nat(58) }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat(59) }),
    fc.record({ kind: fc.constant('insert' as const), index: fc.nat(59) }),
  );

  function apply(t: Tamper): ChainedEvent[] {
    const c = chain.map((e) => ({ ...e }));
    switch (t.kind) {
      case 'edit': {
        const e = c[t.index] as ChainedEvent;
        if (t.field === 'dataJson') e.dataJson = canonicalJson({ before: { unitId: -1 } });
        else if (t.field === 'seq') e.seq += 1;
        else if (t.field === 'reason') e.reason = `${e.reason ?? ''}!`;
        else if (t.field === 'personalDigest') e.personalDigest = e.personalDigest ? null : 'f'.repeat(64);
        else e[t.field] = `${e[t.field]}x`;
        return c;
      }
      case 'delete':
        c.splice(t.index, 1);
        return c;
      case 'swap': {
        const a = c[t.index] as ChainedEvent;
        c[t.index] = c[t.index + 1] as ChainedEvent;
        c[t.index + 1] = a;
        return c;
      }
      case 'truncate':
        return c.slice(0, t.keep);
      case 'insert': {
        // A forger who recomputes the hashes of everything after the insertion still cannot match the head kept outside.
        const before = c.slice(0, t.index);
        let prev = before.length ? (before[before.length - 1] as ChainedEvent).hash : GENESIS;
        const forged = [...before, { ...(c[t.index] as ChainedEvent), actor: 'intruder' }, ...c.slice(t.index)].map((e, i) => {
          const fields = { ...e, seq: i + 1 };
          const hash = eventHash(prev, fields);
          const out = { ...fields, prevHash: prev, hash };
          prev = hash;
          return out;
        });
        return forged;
      }
    }
  }

  it('detects 100 random edits, deletions, reorders, truncations and forged insertions', () => {
    let detected = 0;
    fc.assert(
      fc.property(tamper, (t) => {
        const result = verify(apply(t), head);
        expect(result, JSON.stringify(t)).not.toBeNull();
        detected++;
      }),
      { numRuns: 100 },
    );
    expect(detected).toBe(100);
  });
});
