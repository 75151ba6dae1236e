// Pass 2 of a unit import: the tree the file and the database make together.
// Parents are found by code only (names repeat: Herøy, Våler), in the file first
// and then in the database; cycles may run through units the file does not list.
import type { ImportIssue } from '../../shared/errors';
import type { ImportRow } from './units-rows';

export interface DbUnit {
  id: number;
  code: string;
  parentId: number | null;
  archived: boolean;
  levelId: number;
}

export interface DbIndex {
  byCode: Map<string, DbUnit>;
  byId: Map<number, DbUnit>;
}

export function indexUnits(units: readonly DbUnit[]): DbIndex {
  return { byCode: new Map(units.map((u) => [u.code, u])), byId: new Map(units.map((u) => [u.id, u])) };
}

export interface TreeCheck {
  issues: ImportIssue[];
  /** Depth in the resulting tree (roots are 0), for rows whose place in the tree is sound. */
  depth: Map<string, number>;
  /** Parent code in the resulting tree for each file row. */
  parentOf: Map<string, string | null>;
}

/** When the parent column is not mapped, existing units keep their parent and new ones become roots. */
export function checkTree(rows: readonly ImportRow[], db: DbIndex, parentMapped: boolean): TreeCheck {
  const issues: ImportIssue[] = [];
  const fileRows = new Map(rows.map((r) => [r.code, r]));
  const parentOf = new Map<string, string | null>();
  const broken = new Set<string>();

  const dbParentCode = (code: string): string | null => {
    const parentId = db.byCode.get(code)?.parentId ?? null;
    return parentId === null ? null : (db.byId.get(parentId)?.code ?? null);
  };
  for (const row of rows) {
    const parent = parentMapped ? row.parentCode : dbParentCode(row.code);
    parentOf.set(row.code, parent);
    if (parent === null || !parentMapped) continue;
    const inDb = db.byCode.get(parent);
    if (!fileRows.has(parent) && !inDb) {
      issues.push({ line: row.line, field: 'parent', code: 'UNKNOWN_PARENT', value: parent });
      broken.add(row.code);
    } else if (inDb?.archived && !db.byCode.get(row.code)?.archived) {
      // An archived unit may stay under an archived parent; nothing active may be put there.
      issues.push({ line: row.line, field: 'parent', code: 'PARENT_ARCHIVED', value: parent });
      broken.add(row.code);
    }
  }
  // The tree as it will be: file rows as the file says, everything else as stored.
  const up = (code: string): string | null =>
    broken.has(code) ? null : parentOf.has(code) ? (parentOf.get(code) ?? null) : dbParentCode(code);

  const inCycle = findCycles(rows.map((r) => r.code), up);
  for (const row of rows) {
    if (inCycle.has(row.code)) {
      issues.push({ line: row.line, field: 'parent', code: 'CYCLE', value: row.parentCode ?? '' });
    }
  }
  // Rows below a bad parent or a loop get no depth, so they do not also report a level problem.
  const lost = new Set([...inCycle, ...broken]);
  issues.push(...secondRoots(rows, parentOf, db));
  return { issues, depth: depths(rows.map((r) => r.code), up, lost), parentOf };
}

/**
 * One organization, one root. The stored root stays the root unless the file puts it
 * under a parent; otherwise the file's first row without a parent becomes it. Every
 * other row left without a parent is refused, naming the root.
 */
function secondRoots(rows: readonly ImportRow[], parentOf: Map<string, string | null>, db: DbIndex): ImportIssue[] {
  const inFile = new Set(rows.map((r) => r.code));
  const stored = [...db.byCode.values()].find((u) => u.parentId === null && (!inFile.has(u.code) || parentOf.get(u.code) === null));
  let root = stored?.code ?? null;
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    if (parentOf.get(row.code) !== null || row.code === root) continue;
    if (root === null) root = row.code;
    else issues.push({ line: row.line, field: 'parent', code: 'SECOND_ROOT', value: row.code, params: { root } });
  }
  return issues;
}

/** Codes that lie on a loop of parent links. Each code is walked once. */
function findCycles(starts: readonly string[], up: (code: string) => string | null): Set<string> {
  const DONE = -1;
  // The walk a code was met on; DONE once its way to the top (or into a loop) is known.
  const walkOf = new Map<string, number>();
  const inCycle = new Set<string>();
  const path: string[] = [];
  starts.forEach((start, walk) => {
    path.length = 0;
    for (let cur: string | null = start; cur !== null; cur = up(cur)) {
      const seen = walkOf.get(cur);
      if (seen === DONE) break;
      if (seen === walk) {
        for (const code of path.slice(path.indexOf(cur))) inCycle.add(code);
        break;
      }
      walkOf.set(cur, walk);
      path.push(cur);
    }
    for (const code of path) walkOf.set(code, DONE);
  });
  return inCycle;
}

/** Depth of each code; undefined for codes that are lost or below one. */
function depths(codes: readonly string[], up: (code: string) => string | null, lost: Set<string>): Map<string, number> {
  const known = new Map<string, number>();
  for (const code of codes) {
    const chain: string[] = [];
    let cur: string | null = code;
    let base = -1;
    while (cur !== null) {
      if (lost.has(cur)) break;
      const d = known.get(cur);
      if (d !== undefined) {
        base = d;
        break;
      }
      chain.push(cur);
      cur = up(cur);
    }
    if (cur !== null && lost.has(cur)) {
      for (const c of chain) lost.add(c);
      continue;
    }
    for (let i = chain.length - 1; i >= 0; i--) known.set(chain[i] as string, ++base);
  }
  return known;
}
