// The keys of the WAI-ARIA treeview pattern over the flat list of shown rows:
// arrows move, Left/Right fold and unfold, Home/End, Enter/Space select, and
// type-ahead on the row text. Moving focus goes through `focusAt`, because in a
// virtualized tree the target row may not be in the DOM yet.
import { useRef, type KeyboardEvent } from 'react';
import type { TreeNode, VisibleNode } from '../lib/tree';

const TYPEAHEAD_RESET_MS = 600;

interface TreeKeysOptions<T extends TreeNode> {
  visible: ReadonlyArray<VisibleNode<T>>;
  positionOf: ReadonlyMap<number, number>;
  activeId: number | null;
  nodeText: (node: T) => string;
  focusAt: (index: number) => void;
  onExpandedChange: (id: number, open: boolean) => void;
  onSelect: (id: number) => void;
}

export function useTreeKeys<T extends TreeNode>(options: TreeKeysOptions<T>): (event: KeyboardEvent<HTMLElement>) => void {
  const { visible, positionOf, activeId, nodeText, focusAt, onExpandedChange, onSelect } = options;
  const typeahead = useRef({ text: '', at: 0 });

  const findByText = (key: string, from: number, now: number): number | undefined => {
    const state = typeahead.current;
    state.text = now - state.at > TYPEAHEAD_RESET_MS ? key : state.text + key;
    state.at = now;
    const wanted = state.text.toLocaleLowerCase();
    // A fresh single key starts after the current item, so pressing "h" again cycles through the H's.
    const start = state.text.length === 1 ? from + 1 : from;
    for (let i = 0; i < visible.length; i++) {
      const at = (start + i) % visible.length;
      const candidate = visible[at];
      if (candidate && nodeText(candidate.node).toLocaleLowerCase().startsWith(wanted)) return at;
    }
    return undefined;
  };

  return (event) => {
    if (activeId === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = positionOf.get(activeId) ?? 0;
    const current = visible[at];
    if (!current) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (at + 1 < visible.length) focusAt(at + 1);
        break;
      case 'ArrowUp':
        if (at > 0) focusAt(at - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(visible.length - 1);
        break;
      case 'ArrowRight':
        if (current.hasChildren && !current.expanded) onExpandedChange(current.node.id, true);
        else if (current.expanded && at + 1 < visible.length) focusAt(at + 1);
        break;
      case 'ArrowLeft': {
        const parentAt = current.node.parentId === null ? undefined : positionOf.get(current.node.parentId);
        if (current.expanded) onExpandedChange(current.node.id, false);
        else if (current.depth > 0 && parentAt !== undefined) focusAt(parentAt);
        break;
      }
      case 'Enter':
      case ' ':
        onSelect(current.node.id);
        break;
      default:
        if (event.key.length === 1 && /\S/u.test(event.key)) {
          const match = findByText(event.key, at, event.timeStamp);
          if (match !== undefined) focusAt(match);
        } else handled = false;
    }
    if (handled) event.preventDefault();
  };
}
