// A text filter and column sorting for the lists of units that the core pages
// (rollout.list): the all-units list and a wave's units. The core filters and
// sorts, so the pages stay right across the whole list.
import { useId, useState } from 'react';
import type { TableSorting } from '../../components/DataTable';
import { useDebounced } from '../../lib/useDebounced';

export type UnitListSort = 'region' | 'unit' | 'done';

export interface UnitListControls {
  /** The query as the core gets it, once typing pauses. */
  query: string;
  sort: UnitListSort;
  desc: boolean;
  /** Table sorting for columns named by `columns` (column id → the core's order). */
  sorting: (columns: Record<string, UnitListSort>) => TableSorting;
  field: (label: string, placeholder: string) => React.JSX.Element;
  /** Changes whenever the query or the order does, so the caller can start on the first page. */
  key: string;
}

export function useUnitListControls(): UnitListControls {
  const id = useId();
  const [text, setText] = useState('');
  const [order, setOrder] = useState<{ sort: UnitListSort; desc: boolean }>({ sort: 'region', desc: false });
  const query = useDebounced(text.trim());
  return {
    query,
    ...order,
    key: `${query}|${order.sort}|${String(order.desc)}`,
    sorting: (columns) => {
      const columnOf = Object.entries(columns).find(([, s]) => s === order.sort)?.[0] ?? '';
      return {
        sortable: Object.keys(columns),
        by: columnOf,
        desc: order.desc,
        onSort: (column) => {
          const sort = columns[column];
          if (sort) setOrder((o) => ({ sort, desc: o.sort === sort ? !o.desc : false }));
        },
      };
    },
    field: (label, placeholder) => (
      <div className="field unit-list-filter">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <input
          id={id}
          type="search"
          className="input"
          value={text}
          autoComplete="off"
          placeholder={placeholder}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    ),
  };
}
