// A WAI-ARIA treeview (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/):
// one tab stop (roving tabindex), arrows to move, Left/Right to collapse and
// expand, Home/End, Enter/Space to select, and type-ahead on the node text.
// Items are rendered flat with aria-level/setsize/posinset, so the accessible
// name of an item is its own row only, and the list can be virtualized: only the
// rows in view (plus the tab stop, wherever it is) are in the DOM, so 5,000
// unfolded units cost what 30 do.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { visibleNodes, type TreeIndex, type TreeNode } from '../lib/tree';
import { useTreeKeys } from './useTreeKeys';

interface TreeViewProps<T extends TreeNode> {
  index: TreeIndex<T>;
  expanded: ReadonlySet<number>;
  onExpandedChange: (id: number, open: boolean) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
  label: string;
  renderNode: (node: T) => ReactNode;
  /** The text type-ahead matches against. */
  nodeText: (node: T) => string;
  nodeClassName?: (node: T) => string | undefined;
}

const MAX_INDENT = 8;
// The CSS min-height of a row; rows are measured once shown, this only places the unseen ones.
const ROW_HEIGHT = 32;
const EDGE = 4;

export function TreeView<T extends TreeNode>(props: TreeViewProps<T>) {
  const { index, expanded, onExpandedChange, selectedId, onSelect, label, renderNode, nodeText, nodeClassName } = props;
  const visible = useMemo(() => visibleNodes(index, expanded), [index, expanded]);
  const [focusId, setFocusId] = useState<number | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  // A row asked to take focus; it is focused once it has been rendered.
  const pendingFocus = useRef<number | null>(null);

  const positionOf = useMemo(() => new Map(visible.map((v, i) => [v.node.id, i])), [visible]);
  // The tab stop: the last focused item if still shown, else the selection, else the first item.
  const activeId =
    (focusId !== null && positionOf.has(focusId) ? focusId : null) ??
    (selectedId !== null && positionOf.has(selectedId) ? selectedId : null) ??
    visible[0]?.node.id ??
    null;
  const activeIndex = activeId === null ? -1 : (positionOf.get(activeId) ?? -1);

  // The tab stop is always rendered, even scrolled out of view, so Tab still reaches the tree.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (activeIndex < 0 || rows.includes(activeIndex)) return rows;
      return [...rows, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is not compiler-safe; this component is not memoized by the compiler.
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => visible[i]?.node.id ?? i,
    overscan: 12,
    paddingStart: EDGE,
    paddingEnd: EDGE,
    rangeExtractor,
  });

  // Keep an item chosen from outside (search, breadcrumb) in view.
  const selectedIndex = selectedId === null ? undefined : positionOf.get(selectedId);
  useEffect(() => {
    if (selectedIndex !== undefined) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const row = treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  });

  const focusAt = (at: number) => {
    const id = visible[at]?.node.id;
    if (id === undefined) return;
    pendingFocus.current = id;
    setFocusId(id);
    virtualizer.scrollToIndex(at, { align: 'auto' });
    // Already rendered (the usual case: the next row): focus now rather than after a render.
    const row = treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  };

  const onKeyDown = useTreeKeys({ visible, positionOf, activeId, nodeText, focusAt, onExpandedChange, onSelect });

  return (
    <div ref={scrollRef} className="tree">
      <ul ref={treeRef} role="tree" aria-label={label} className="tree-rows" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = visible[row.index];
          if (!item) return null;
          const { node, depth } = item;
          const selected = node.id === selectedId;
          const extra = nodeClassName?.(node);
          return (
            <li
              key={node.id}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="treeitem"
              data-node-id={node.id}
              aria-level={depth + 1}
              aria-setsize={item.siblings}
              aria-posinset={item.position}
              aria-expanded={item.hasChildren ? item.expanded : undefined}
              aria-selected={selected}
              tabIndex={node.id === activeId ? 0 : -1}
              style={{ transform: `translateY(${row.start}px)` }}
              className={`tree-item tree-depth-${Math.min(depth, MAX_INDENT)}${selected ? ' is-selected' : ''}${extra ? ` ${extra}` : ''}`}
              onClick={() => {
                setFocusId(node.id);
                onSelect(node.id);
              }}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setFocusId(node.id);
              }}
            >
              <span
                className={item.hasChildren ? `tree-toggle${item.expanded ? ' is-open' : ''}` : 'tree-toggle tree-leaf'}
                aria-hidden="true"
                onClick={(event) => {
                  if (!item.hasChildren) return;
                  // The chevron only folds; it does not change the selection.
                  event.stopPropagation();
                  onExpandedChange(node.id, !item.expanded);
                  focusAt(row.index);
                }}
              />
              {renderNode(node)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
