import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { EditDeleteButtons } from './EditDeleteButtons';
import type { CatalogDialogs } from './useCatalogDialogs';

/**
 * A catalog table's last column: Edit and Delete for the row, opening the section's
 * dialogs. Its header is for screen readers only; `before` adds buttons ahead of them.
 */
export function catalogActionsColumn<T>({
  header,
  editLabel,
  deleteLabel,
  dialogs,
  before,
}: {
  header: string;
  editLabel: (item: T) => string;
  deleteLabel: (item: T) => string;
  dialogs: Pick<CatalogDialogs<T>, 'edit' | 'askDelete'>;
  before?: (item: T, index: number) => ReactNode;
}): ColumnDef<T> {
  return {
    id: 'actions',
    header: () => <span className="visually-hidden">{header}</span>,
    cell: ({ row }) => (
      <div className="button-row compact">
        {before?.(row.original, row.index)}
        <EditDeleteButtons
          editLabel={editLabel(row.original)}
          deleteLabel={deleteLabel(row.original)}
          onEdit={() => dialogs.edit(row.original)}
          onDelete={() => dialogs.askDelete(row.original)}
        />
      </div>
    ),
  };
}
