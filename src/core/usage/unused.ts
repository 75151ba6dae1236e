// The rule that closes the method's last step: a unit whose stage «I drift» is done, but
// whose use was below its target in the two newest months running, is "in operation but
// unused". Only months on or after the Oslo month the stage was done count, and only
// months that were imported at all (a month never brought in says nothing).
import type { UnusedUnit } from '../../shared/types-usage';
import { addMonths, monthOf } from './months';
import type { Rollup } from './rollup';

export interface UnusedFacts {
  rollup: Rollup;
  /** The newest month; its previous one is the other of the two. */
  month: string;
  imported: ReadonlySet<string>;
  liveDone: ReadonlyMap<number, string>;
}

function regionName(rollup: Rollup, i: number): string | null {
  for (let p = i; p >= 0; p = rollup.parentOf(p)) {
    const unit = rollup.units[p];
    if (unit?.rank === 1) return unit.name;
  }
  return null;
}

/** The flagged units among `indexes`, lowest attainment first. */
export function findUnused(facts: UnusedFacts, indexes: readonly number[]): UnusedUnit[] {
  const { rollup, month, imported, liveDone } = facts;
  const previous = addMonths(month, -1);
  if (!imported.has(month) || !imported.has(previous)) return [];
  const out: UnusedUnit[] = [];
  for (const i of indexes) {
    const unit = rollup.units[i];
    const done = unit ? liveDone.get(unit.id) : undefined;
    if (!unit || done === undefined || !rollup.isIncluded(i) || monthOf(done) > previous) continue;
    const now = rollup.figures(i, month);
    if (!now.below || !rollup.figures(i, previous).below) continue;
    out.push({ unitId: unit.id, code: unit.code, name: unit.name, regionName: regionName(rollup, i), months: [previous, month], attainment: now.attainment });
  }
  return out.sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0) || a.code.localeCompare(b.code, 'nb'));
}
