// A WAI-ARIA treeview (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/):
// one tab stop (roving tabindex), arrows to move, Left/Right to collapse and
// expand, Home/End, Enter/Space to select, and type-ahead on the node text.
// Items are rendered flat with aria-level/setsize/posinset, so the accessible
// name of an item is its own row only.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { visibleNodes, type TreeIndex, type TreeNode, type VisibleNode } from '../lib/tree';

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

const TYPEAHEAD_RESET_MS = 600;
const MAX_INDENT = 8;

export function TreeView<T extends TreeNode>(props: TreeViewProps<T>) {
  const { index, expanded, onExpandedChange, selectedId, onSelect, label, renderNode, nodeText, nodeClassName } = props;
  const visible = useMemo(() => visibleNodes(index, expanded), [index, expanded]);
  const [focusId, setFocusId] = useState<number | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const typeahead = useRef({ text: '', at: 0 });

  const positionOf = useMemo(() => new Map(visible.map((v, i) => [v.node.id, i])), [visible]);
  // The tab stop: the last focused item if still shown, else the selection, else the first item.
  const activeId =
    (focusId !== null && positionOf.has(focusId) ? focusId : null) ??
    (selectedId !== null && positionOf.has(selectedId) ? selectedId : null) ??
    visible[0]?.node.id ??
    null;

  // Keep an item chosen from outside (search, breadcrumb) in view.
  useEffect(() => {
    if (selectedId === null) return;
    treeRef.current?.querySelector(`[data-node-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, visible]);

  const focusNode = (id: number) => {
    setFocusId(id);
    treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)?.focus();
  };

  const findByText = (key: string, from: number, now: number): VisibleNode<T> | undefined => {
    const state = typeahead.current;
    state.text = now - state.at > TYPEAHEAD_RESET_MS ? key : state.text + key;
    state.at = now;
    const wanted = state.text.toLocaleLowerCase();
    // A fresh single key starts after the current item, so pressing "h" again cycles through the H's.
    const start = state.text.length === 1 ? from + 1 : from;
    for (let i = 0; i < visible.length; i++) {
      const candidate = visible[(start + i) % visible.length];
      if (candidate && nodeText(candidate.node).toLocaleLowerCase().startsWith(wanted)) return candidate;
    }
    return undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (activeId === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = positionOf.get(activeId) ?? 0;
    const current = visible[at];
    if (!current) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown': {
        const next = visible[at + 1];
        if (next) focusNode(next.node.id);
        break;
      }
      case 'ArrowUp': {
        const prev = visible[at - 1];
        if (prev) focusNode(prev.node.id);
        break;
      }
      case 'Home': {
        const first = visible[0];
        if (first) focusNode(first.node.id);
        break;
      }
      case 'End': {
        const last = visible[visible.length - 1];
        if (last) focusNode(last.node.id);
        break;
      }
      case 'ArrowRight':
        if (current.hasChildren && !current.expanded) onExpandedChange(current.node.id, true);
        else if (current.expanded) {
          const child = visible[at + 1];
          if (child) focusNode(child.node.id);
        }
        break;
      case 'ArrowLeft':
        if (current.expanded) onExpandedChange(current.node.id, false);
        else if (current.depth > 0 && current.node.parentId !== null && positionOf.has(current.node.parentId)) {
          focusNode(current.node.parentId);
        }
        break;
      case 'Enter':
      case ' ':
        onSelect(current.node.id);
        break;
      default:
        if (event.key.length === 1 && /\S/u.test(event.key)) {
          const match = findByText(event.key, at, event.timeStamp);
          if (match) focusNode(match.node.id);
        } else handled = false;
    }
    if (handled) event.preventDefault();
  };

  return (
    <ul ref={treeRef} role="tree" aria-label={label} className="tree" onKeyDown={onKeyDown}>
      {visible.map((item) => {
        const { node, depth } = item;
        const selected = node.id === selectedId;
        const extra = nodeClassName?.(node);
        return (
          <li
            key={node.id}
            role="treeitem"
            data-node-id={node.id}
            aria-level={depth + 1}
            aria-setsize={item.siblings}
            aria-posinset={item.position}
            aria-expanded={item.hasChildren ? item.expanded : undefined}
            aria-selected={selected}
            tabIndex={node.id === activeId ? 0 : -1}
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
                focusNode(node.id);
              }}
            />
            {renderNode(node)}
          </li>
        );
      })}
    </ul>
  );
}
