import { AppError } from '../errors.js';
import type { Rulebook, UnitKind } from './schema.js';

/** Fast lookups over a validated rulebook, used by every rule check. */
export class RulebookIndex {
  readonly rulebook: Rulebook;
  private readonly kinds: Map<string, UnitKind>;

  constructor(rulebook: Rulebook) {
    this.rulebook = rulebook;
    this.kinds = new Map(rulebook.unitKinds.map((k) => [k.key, k]));
  }

  kind(key: string): UnitKind {
    const kind = this.kinds.get(key);
    if (!kind) {
      throw new AppError('validation_failed', `Unknown unit kind '${key}'`, {
        problems: [{ path: 'kind', message: `known kinds: ${[...this.kinds.keys()].join(', ')}` }],
      });
    }
    return kind;
  }

  hasKind(key: string): boolean {
    return this.kinds.has(key);
  }

  /** Throws `rule_violation` unless a unit of `childKind` may sit under a unit of `parentKind` (null: top). */
  assertPlacement(childKind: string, parentKind: string | null): void {
    const child = this.kind(childKind);
    if (parentKind === null) {
      if (!child.root) {
        throw new AppError('rule_violation', `A ${child.name.en} must sit under a ${child.parents.map((p) => this.kind(p).name.en).join(' or ')}`);
      }
      return;
    }
    if (!child.parents.includes(parentKind)) {
      const allowed = child.root ? 'the top of the tree' : child.parents.map((p) => this.kind(p).name.en).join(' or ');
      throw new AppError('rule_violation', `A ${child.name.en} cannot sit under a ${this.kind(parentKind).name.en}`, {
        hint: `Allowed: ${allowed}`,
      });
    }
  }

  memberKinds(): UnitKind[] {
    return this.rulebook.unitKinds.filter((k) => k.holdsMembers);
  }
}
