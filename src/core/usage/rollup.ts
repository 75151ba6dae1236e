// Usage summed up the tree: each unit's figures in a month are its own and those of every
// unit below it, so a region is its chapters and its own office together. Units outside
// the call's scope and archived units add nothing, but the units below them still count
// toward the ancestors in reach.
import type { UsageFigures } from '../../shared/types-usage';
import { figuresOf, NO_TARGET, type Target } from './figures';
import type { UsageFacts, UsageRowFact, UsageUnit } from './load';

export class Rollup {
  readonly units: UsageUnit[];
  private readonly index = new Map<number, number>();
  /** Indexes with every parent before its children. */
  private readonly order: number[] = [];
  private readonly parent: Int32Array;
  private readonly included: Uint8Array;
  private readonly holders: Float64Array;
  private readonly members: Float64Array;
  private readonly months = new Map<string, { active: Float64Array; signIns: Float64Array; own: Map<number, UsageRowFact> }>();

  constructor(private readonly facts: UsageFacts, only: ReadonlySet<number> | null) {
    this.units = facts.units;
    const n = this.units.length;
    this.units.forEach((u, i) => this.index.set(u.id, i));
    this.parent = new Int32Array(n).fill(-1);
    this.included = new Uint8Array(n);
    const children: number[][] = this.units.map(() => []);
    this.units.forEach((u, i) => {
      const p = u.parentId === null ? undefined : this.index.get(u.parentId);
      if (p !== undefined) {
        this.parent[i] = p;
        children[p]?.push(i);
      } else this.order.push(i);
      this.included[i] = !u.archived && (only === null || only.has(u.id)) ? 1 : 0;
    });
    for (let k = 0; k < this.order.length; k += 1) this.order.push(...(children[this.order[k] ?? 0] ?? []));
    this.holders = this.sumUp((i) => facts.holders.get(this.units[i]?.id ?? 0) ?? 0);
    this.members = this.sumUp((i) => this.units[i]?.members ?? 0);
  }

  indexOf(unitId: number): number | undefined {
    return this.index.get(unitId);
  }

  isIncluded(i: number): boolean {
    return this.included[i] === 1;
  }

  parentOf(i: number): number {
    return this.parent[i] ?? -1;
  }

  /** The month's rows, summed up the tree; a month without rows is all zeros. */
  addMonth(month: string, rows: readonly UsageRowFact[]): void {
    const own = new Map<number, UsageRowFact>();
    for (const r of rows) {
      const i = this.index.get(r.unitId);
      if (i !== undefined) own.set(i, r);
    }
    this.months.set(month, {
      active: this.sumUp((i) => own.get(i)?.activeUsers ?? 0),
      signIns: this.sumUp((i) => own.get(i)?.signIns ?? 0),
      own,
    });
  }

  targetOf(i: number): Target {
    const unit = this.units[i];
    return (unit && this.facts.targets.get(unit.levelId)) ?? NO_TARGET;
  }

  /** Unit i with everything below it in `month`; `target` in place of its level's (the nation's). */
  figures(i: number, month: string, target: Target = this.targetOf(i)): UsageFigures {
    return figuresOf(this.sums([i], month), target);
  }

  /** Unit i alone, without the units below it (a report's row for a region's own office). */
  ownFigures(i: number, month: string): UsageFigures {
    const row = this.months.get(month)?.own.get(i);
    const unit = this.units[i];
    const included = this.included[i] === 1;
    return figuresOf({
      activeUsers: included ? (row?.activeUsers ?? 0) : 0,
      signIns: included ? (row?.signIns ?? 0) : 0,
      holders: included ? (this.facts.holders.get(unit?.id ?? 0) ?? 0) : 0,
      members: included ? (unit?.members ?? 0) : 0,
    }, this.targetOf(i));
  }

  /** Several subtrees together (the nation: every top unit in reach). */
  figuresOfAll(indexes: readonly number[], month: string, target: Target): UsageFigures {
    return figuresOf(this.sums(indexes, month), target);
  }

  /** The top units of what is included: those without an included ancestor. */
  tops(): number[] {
    return this.order.filter((i) => this.included[i] === 1 && !this.hasIncludedAncestor(i));
  }

  /** Unit i and every unit below it, parents first. */
  subtree(i: number): number[] {
    const inside = new Uint8Array(this.units.length);
    inside[i] = 1;
    const out: number[] = [];
    for (const k of this.order) {
      const p = this.parent[k] ?? -1;
      if (k === i || (p >= 0 && inside[p] === 1)) {
        inside[k] = 1;
        out.push(k);
      }
    }
    return out;
  }

  everything(): number[] {
    return [...this.order];
  }

  private hasIncludedAncestor(i: number): boolean {
    for (let p = this.parent[i] ?? -1; p >= 0; p = this.parent[p] ?? -1) if (this.included[p] === 1) return true;
    return false;
  }

  private sums(indexes: readonly number[], month: string) {
    const m = this.months.get(month);
    let activeUsers = 0;
    let signIns = 0;
    let holders = 0;
    let members = 0;
    for (const i of indexes) {
      activeUsers += m?.active[i] ?? 0;
      signIns += m?.signIns[i] ?? 0;
      holders += this.holders[i] ?? 0;
      members += this.members[i] ?? 0;
    }
    return { activeUsers, signIns, holders, members };
  }

  private sumUp(own: (i: number) => number): Float64Array {
    const total = new Float64Array(this.units.length);
    for (let k = this.order.length - 1; k >= 0; k -= 1) {
      const i = this.order[k] ?? 0;
      if (this.included[i] === 1) total[i] = (total[i] ?? 0) + own(i);
      const p = this.parent[i] ?? -1;
      if (p >= 0) total[p] = (total[p] ?? 0) + (total[i] ?? 0);
    }
    return total;
  }
}
