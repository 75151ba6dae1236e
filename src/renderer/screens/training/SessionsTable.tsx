import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { TrainingSessionRow } from '../../../shared/types-rollout';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';
import { TableScroll } from '../../components/TableScroll';

interface SessionsTableProps {
  rows: TrainingSessionRow[];
  /** "Basic training 3 March 2026, Herøy": names the row's buttons. */
  describe: (s: TrainingSessionRow) => string;
  onOpen: (s: TrainingSessionRow) => void;
  onEdit: (s: TrainingSessionRow) => void;
  onDelete: (s: TrainingSessionRow) => void;
}

export function SessionsTable({ rows, describe, onOpen, onEdit, onDelete }: SessionsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const columns: Array<ColumnDef<TrainingSessionRow>> = [
    {
      id: 'date',
      header: t('training.field.date'),
      cell: ({ row }) => (
        <button type="button" className="link-button" aria-label={t('training.sessions.openLabel', { session: describe(row.original) })} onClick={() => onOpen(row.original)}>
          {format.date(row.original.date)}
        </button>
      ),
    },
    { id: 'type', header: t('training.field.type'), accessorFn: (s) => text.name({ nameNb: s.typeNameNb, nameEn: s.typeNameEn }) },
    {
      id: 'unit',
      header: t('training.field.unit'),
      cell: ({ row }) => (
        <>
          {row.original.unitName} <span className="code">{row.original.unitCode}</span>
        </>
      ),
    },
    { id: 'format', header: t('training.field.format'), accessorFn: (s) => t(`training.format.${s.format}`) },
    { id: 'trainer', header: t('training.field.trainer'), accessorFn: (s) => s.trainer || '–' },
    { id: 'attendees', header: t('training.field.attendeeCount'), accessorFn: (s) => format.number(s.attendeeCount) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('training.sessions.actions')}</span>,
      cell: ({ row }) => (
        <div className="button-row compact">
          <button type="button" className="button button-small" aria-label={t('training.sessions.editLabel', { session: describe(row.original) })} onClick={() => onEdit(row.original)}>
            {t('common:action.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            aria-label={t('training.sessions.deleteLabel', { session: describe(row.original) })}
            onClick={() => onDelete(row.original)}
          >
            {t('common:action.delete')}
          </button>
        </div>
      ),
    },
  ];
  return (
    <TableScroll>
      <DataTable data={rows} columns={columns} caption={t('training.sessions.title')} hideCaption numeric={['attendees']} getRowId={(s) => String(s.id)} />
    </TableScroll>
  );
}
