import { createHash } from 'node:crypto';
import { canonicalJson, type Json } from './canonical-json.js';

/**
 * The tamper-evident audit chain. Each event's hash covers the previous event's hash and the
 * event's own fields, so changing, deleting, inserting or reordering any stored event breaks every
 * link after it. Personal data is not hashed directly: an event carries only a salted digest of its
 * personal snapshot, so erasing a person (deleting the snapshot and its salt) leaves the chain
 * verifiable while the erased values cannot be recovered by guessing.
 */
export const GENESIS = '0'.repeat(64);

export interface ChainedFields {
  /** Position in the organization's chain, from 1. */
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  /** Non-personal before/after and details. */
  data: Json;
  /** Salted SHA-256 of the personal snapshot, or null when the event has none. */
  personalDigest: string | null;
}

export interface ChainedEvent extends ChainedFields {
  prevHash: string;
  hash: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function eventHash(prevHash: string, e: ChainedFields): string {
  return sha256(
    `${prevHash}\n${canonicalJson({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      reason: e.reason,
      data: e.data,
      personalDigest: e.personalDigest,
    })}`,
  );
}

export function personalDigest(salt: string, personal: Json): string {
  return sha256(`${salt}\n${canonicalJson(personal)}`);
}

export type ChainBreak =
  | { kind: 'sequence'; seq: number; expected: number }
  | { kind: 'link'; seq: number }
  | { kind: 'hash'; seq: number };

/**
 * Checks events in sequence order and returns the first broken link (null when intact): a gap or
 * repeat in the sequence, a `prevHash` that is not the previous event's hash, or a `hash` that does
 * not match the event's fields.
 */
export class ChainVerifier {
  private prev = GENESIS;
  private next = 1;
  checked = 0;

  check(e: ChainedEvent): ChainBreak | null {
    if (e.seq !== this.next) return { kind: 'sequence', seq: e.seq, expected: this.next };
    if (e.prevHash !== this.prev) return { kind: 'link', seq: e.seq };
    if (eventHash(e.prevHash, e) !== e.hash) return { kind: 'hash', seq: e.seq };
    this.prev = e.hash;
    this.next++;
    this.checked++;
    return null;
  }

  /** Hash of the last verified event: the head to compare with one kept outside the system. */
  get head(): string {
    return this.prev;
  }
}
