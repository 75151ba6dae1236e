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
}

/** A plain, accessible table over TanStack Table: a caption, column headers with scope, no styling logic. */
export function DataTable<T>({ data, columns, caption, hideCaption, numeric = [], getRowId, className }: DataTableProps<T>) {
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
              <th key={header.id} scope="col" className={numClass(header.column.id)}>
                {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
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
