// Nesting the flat rows from units.tree: one pass into a parent -> children
// map, then walks over only what is expanded, so 373 units (or thousands) stay cheap.

export interface TreeNode {
  id: number;
  parentId: number | null;
}

export interface TreeIndex<T extends TreeNode> {
  byId: Map<number, T>;
  /** Children in row order; key null holds the roots. */
  children: Map<number | null, T[]>;
  roots: T[];
}

export function indexTree<T extends TreeNode>(rows: readonly T[]): TreeIndex<T> {
  const byId = new Map<number, T>();
  for (const row of rows) byId.set(row.id, row);
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    // A row whose parent is not in the list (e.g. filtered out) shows as a root rather than vanishing.
    const parent = row.parentId !== null && byId.has(row.parentId) ? row.parentId : null;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  return { byId, children, roots: children.get(null) ?? [] };
}

export interface VisibleNode<T> {
  node: T;
  depth: number;
  /** 1-based position among its siblings, and how many siblings there are. */
  position: number;
  siblings: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The rows a reader sees, top to bottom: every root, and the children of expanded nodes. */
export function visibleNodes<T extends TreeNode>(index: TreeIndex<T>, expanded: ReadonlySet<number>): Array<VisibleNode<T>> {
  const out: Array<VisibleNode<T>> = [];
  const walk = (list: readonly T[], depth: number) => {
    list.forEach((node, i) => {
      const kids = index.children.get(node.id);
      const open = kids !== undefined && expanded.has(node.id);
      out.push({ node, depth, position: i + 1, siblings: list.length, hasChildren: kids !== undefined, expanded: open });
      if (open) walk(kids, depth + 1);
    });
  };
  walk(index.roots, 0);
  return out;
}

/** Every node that has children: what "expand all" opens. */
export function parentIds<T extends TreeNode>(index: TreeIndex<T>): number[] {
  return [...index.children.keys()].filter((id): id is number => id !== null && index.byId.has(id));
}

/** Ids from the top down to the node's parent. */
export function ancestorIds<T extends TreeNode>(index: TreeIndex<T>, id: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  let parent = index.byId.get(id)?.parentId ?? null;
  while (parent !== null && !seen.has(parent)) {
    seen.add(parent);
    out.unshift(parent);
    parent = index.byId.get(parent)?.parentId ?? null;
  }
  return out;
}

/**
 * Members of each node plus every active node below it, the same sum the core
 * reports as membersTotal. Null where nothing is known (no counts at all).
 */
export function memberTotals<T extends TreeNode & { members: number | null; archived: boolean }>(
  index: TreeIndex<T>,
): Map<number, number | null> {
  const totals = new Map<number, number | null>();
  const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
  // Children before parents, without recursion: 373 rows are fine either way, a deep import might not be.
  const order: T[] = [];
  const stack = [...index.roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    order.push(node);
    stack.push(...(index.children.get(node.id) ?? []));
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (!node) continue;
    let total = node.members;
    for (const child of index.children.get(node.id) ?? []) {
      if (!child.archived) total = add(total, totals.get(child.id) ?? null);
    }
    totals.set(node.id, total);
  }
  return totals;
}
