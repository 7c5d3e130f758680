import { hash } from 'node:crypto';
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
  /** Non-personal before/after and details, as canonical JSON text (stored exactly so). */
  dataJson: string;
  /** Salted SHA-256 of the personal snapshot, or null when the event has none. */
  personalDigest: string | null;
}

export interface ChainedEvent extends ChainedFields {
  prevHash: string;
  hash: string;
}

// One-shot hashing: a million events verify without a Hash object each.
const sha256 = (text: string): string => hash('sha256', text, 'hex');

/**
 * The hash of one event. Fields are encoded as a JSON array (unambiguous, and native-fast), with
 * the data already canonical text, so verifying a million events needs no parsing.
 */
export function eventHash(prevHash: string, e: ChainedFields): string {
  return chainedHash(prevHash, e.seq, eventHashTail(e));
}

/**
 * The hashed text of an event without its link and number: the JSON array's text after `prevHash`
 * and `seq`. A database can then finish the text and hash it itself, in the statement that takes
 * the chain's next number (see `appendAuditEventLinked`); `chainedText` is that finishing step.
 */
export function eventHashTail(e: Omit<ChainedFields, 'seq'>): string {
  return JSON.stringify([e.at, e.actor, e.action, e.entityType, e.entityId, e.reason, e.dataJson, e.personalDigest]).slice(1);
}

/**
 * `JSON.stringify([prevHash, seq, ...rest])` from the tail of `rest`: the same text, since a hash
 * is lowercase hex (nothing to escape) and a number is an integer.
 */
export function chainedText(prevHash: string, seq: number, tail: string): string {
  return `["${prevHash}",${seq},${tail}`;
}

/** The hash of an event from its link, number and tail (`eventHashTail`). */
export function chainedHash(prevHash: string, seq: number, tail: string): string {
  return sha256(chainedText(prevHash, seq, tail));
}

/** Canonical text of an event's data, as it must be stored. */
export function eventDataJson(data: Json): string {
  return canonicalJson(data);
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
