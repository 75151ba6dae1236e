import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/errors';
import { ConfirmDialog } from './ConfirmDialog';
import { DataTable } from './DataTable';
import { ErrorMessage } from './ErrorMessage';
import { TableScroll } from './TableScroll';
import type { CatalogDialogs } from './useCatalogDialogs';

interface CatalogSectionProps<T extends { id: number }> {
  /** The heading's id; it names the section. */
  headingId: string;
  title: string;
  intro: string;
  error: ApiError | null;
  /** Undefined while the list loads: then neither the table nor the "none" line shows. */
  rows: T[] | undefined;
  columns: Array<ColumnDef<T>>;
  /** For screen readers only; the heading says it on screen. */
  caption: string;
  numeric: readonly string[];
  tableClassName?: string;
  scrollClassName?: string;
  /** Shown instead of the table when the catalog is empty. */
  none: string;
  newLabel: string;
  dialogs: CatalogDialogs<T>;
  /** The form dialog: without a row to create one, with a row to edit it. */
  form: (item: T | undefined) => ReactNode;
  /** The delete confirmation's texts for a row. */
  deleteText: (item: T) => { title: string; body: string; confirm: string };
}

/**
 * A settings catalog (roles, stages, problems, training types): heading and intro, the
 * table, the "new" button, and the create, edit and delete dialogs. The caller gives the
 * columns and the form dialog; useCatalogDialogs gives the open state and the delete.
 */
export function CatalogSection<T extends { id: number }>(props: CatalogSectionProps<T>) {
  const { headingId, rows, dialogs } = props;
  const { open } = dialogs;
  const deleting = open.kind === 'delete' ? props.deleteText(open.item) : null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <p className="muted">{props.intro}</p>
      <ErrorMessage error={props.error} />
      {rows && rows.length > 0 ? (
        <TableScroll className={props.scrollClassName}>
          <DataTable data={rows} columns={props.columns} caption={props.caption} hideCaption numeric={props.numeric} getRowId={(r) => String(r.id)} className={props.tableClassName} />
        </TableScroll>
      ) : null}
      {rows && rows.length === 0 ? <p>{props.none}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={dialogs.create}>
          {props.newLabel}
        </button>
      </div>
      {open.kind === 'create' || open.kind === 'edit' ? props.form(open.kind === 'edit' ? open.item : undefined) : null}
      {open.kind === 'delete' && deleting ? (
        <ConfirmDialog
          title={deleting.title}
          body={deleting.body}
          confirmLabel={deleting.confirm}
          onConfirm={() => void dialogs.confirmDelete(open.item)}
          onCancel={dialogs.close}
          pending={dialogs.deletePending}
          error={dialogs.deleteError}
          danger
        />
      ) : null}
    </section>
  );
}
