import { pathIds } from '../core/unit-path.js';
import type { Executor } from '../store/database.js';
import { applyCounterDeltas, type CounterDelta } from '../store/unit.repository.js';

/**
 * Collects counter changes of one use case and writes them in the same transaction. Changes to
 * shared ancestors cancel out, so a transfer between sibling cells touches only the two cells.
 */
export class CounterDeltas {
  private readonly deltas = new Map<number, CounterDelta>();

  private bump(id: number, direct: number, members: number, units: number): void {
    const d = this.deltas.get(id) ?? { direct: 0, members: 0, units: 0 };
    d.direct += direct;
    d.members += members;
    d.units += units;
    this.deltas.set(id, d);
  }

  /** `count` members join (or, negative, leave) the unit at the end of `unitPath`. */
  members(unitPath: string, count: number): this {
    const ids = pathIds(unitPath);
    ids.forEach((id, i) => this.bump(id, i === ids.length - 1 ? count : 0, count, 0));
    return this;
  }

  /** A whole subtree of `members` members and `units` active units enters (or leaves) below `parentPath`. */
  subtree(parentPath: string, members: number, units: number): this {
    for (const id of pathIds(parentPath)) this.bump(id, 0, members, units);
    return this;
  }

  async apply(db: Executor, orgId: number): Promise<void> {
    await applyCounterDeltas(db, orgId, this.take());
  }

  /** The collected changes, leaving none behind: for a caller that writes them itself (in one statement with others). */
  take(): ReadonlyMap<number, CounterDelta> {
    const taken = new Map(this.deltas);
    this.deltas.clear();
    return taken;
  }
}
