import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';

interface DataTableProps<T> {
  data: T[];
  columns: Array<ColumnDef<T>>;
  caption: string;
  /** Keep the caption for screen readers only, when a visible heading already says it. */
  hideCaption?: boolean;
  /** Column ids whose cells are numbers (right-aligned, tabular figures). */
  numeric?: readonly string[];
  getRowId?: (row: T, index: number) => string;
  className?: string;
  /** Sorting done by the caller (often by the server, across pages): which columns sort, the current one, and what a click asks for. */
  sorting?: TableSorting;
  /** A class per row, e.g. to mark where a group of rows begins. */
  rowClassName?: (row: T, index: number) => string | undefined;
}

export interface TableSorting {
  sortable: readonly string[];
  by: string;
  desc: boolean;
  onSort: (columnId: string) => void;
}

const ariaSort = (sorting: TableSorting, id: string) => (sorting.by !== id ? 'none' : sorting.desc ? 'descending' : 'ascending');

/** A plain, accessible table over TanStack Table: a caption, column headers with scope, no styling logic. */
export function DataTable<T>({ data, columns, caption, hideCaption, numeric = [], getRowId, className, sorting, rowClassName }: DataTableProps<T>) {
  // TanStack caches each row's accessor values for as long as `data` is the same array. Our
  // accessors read render state (the language, another query's result), so new columns must
  // give fresh rows, or a cell keeps what it showed before that state arrived.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `columns` is the reason to copy, not an input to the copy.
  const rows = useMemo(() => [...data], [data, columns]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not compiler-safe; this component is not memoized by the compiler.
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), ...(getRowId ? { getRowId } : {}) });
  const numClass = (id: string) => (numeric.includes(id) ? 'num' : undefined);
  return (
    <table className={className ? `data-table ${className}` : 'data-table'}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                className={numClass(header.column.id)}
                aria-sort={sorting?.sortable.includes(header.column.id) ? ariaSort(sorting, header.column.id) : undefined}
              >
                {header.isPlaceholder ? null : sorting?.sortable.includes(header.column.id) ? (
                  // A button in the header: the screen reader hears the column and its aria-sort, the keyboard reaches it.
                  <button
                    type="button"
                    className={`sort-button sort-${ariaSort(sorting, header.column.id)}`}
                    onClick={() => sorting.onSort(header.column.id)}
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </button>
                ) : (
                  flexRender(header.column.columnDef.header, header.getContext())
                )}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className={rowClassName?.(row.original, row.index)}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={numClass(cell.column.id)}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
