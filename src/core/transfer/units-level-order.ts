// Pass 4 of a unit import: every unit's level sits below its parent's in the
// tree the import leaves behind (the rule itself is in services/unit-rules).
// Checked for each file row against its parent, and for units the file does not
// list against a file row that becomes or stays their parent.
import type { ImportIssue } from '../../shared/errors';
import { isBelow } from '../services/unit-rules';
import type { DbLevel, LevelPlan, LevelRef } from './units-levels';
import type { ImportRow } from './units-rows';
import type { DbIndex } from './units-tree';

export interface LevelOrderInput {
  rows: readonly ImportRow[];
  parentOf: ReadonlyMap<string, string | null>;
  /** Rows whose place in the tree is sound; the others already have a parent issue. */
  depth: ReadonlyMap<string, number>;
  plan: LevelPlan;
  levels: readonly DbLevel[];
  db: DbIndex;
}

export function checkLevelOrder({ rows, parentOf, depth, plan, levels, db }: LevelOrderInput): ImportIssue[] {
  const byId = new Map(levels.map((l) => [l.id, l]));
  const created = new Map(plan.newLevels.map((l) => [l.name, l]));
  const level = (ref: LevelRef | undefined): DbLevel | undefined =>
    ref === undefined ? undefined : 'id' in ref ? byId.get(ref.id) : created.get(ref.create);
  const fileLevel = (code: string) => level(plan.levelOf.get(code));
  const levelOfCode = (code: string): DbLevel | undefined => {
    if (plan.levelOf.has(code)) return fileLevel(code);
    const stored = db.byCode.get(code);
    return stored ? byId.get(stored.levelId) : undefined;
  };

  const issues: ImportIssue[] = [];
  for (const row of rows) {
    if (!depth.has(row.code)) continue;
    const own = fileLevel(row.code);
    const parentCode = parentOf.get(row.code) ?? null;
    const parent = parentCode === null ? undefined : levelOfCode(parentCode);
    if (own && parent && !isBelow(own.rank, parent.rank)) {
      issues.push({
        line: row.line, field: 'level', code: 'LEVEL_NOT_BELOW_PARENT', value: own.name,
        params: { code: row.code, parent: parentCode as string, parentLevel: parent.name },
      });
    }
  }
  // Stored units outside the file keep their parent; a file row's new level must stay above them.
  const lineOf = new Map(rows.map((r) => [r.code, r]));
  for (const child of db.byCode.values()) {
    if (lineOf.has(child.code) || child.parentId === null) continue;
    const parentCode = db.byId.get(child.parentId)?.code;
    const parentRow = parentCode === undefined ? undefined : lineOf.get(parentCode);
    const parent = parentRow && fileLevel(parentRow.code);
    const own = byId.get(child.levelId);
    if (parentRow && parent && own && !isBelow(own.rank, parent.rank)) {
      issues.push({
        line: parentRow.line, field: 'level', code: 'LEVEL_NOT_ABOVE_CHILD', value: parent.name,
        params: { code: parentRow.code, child: child.code, childLevel: own.name },
      });
    }
  }
  return issues;
}
