import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { AddLevelForm } from './AddLevelForm';
import { RenameLevelForm } from './RenameLevelForm';

/** The levels of the organization, top first: add, rename, and delete the unused ones. */
export function LevelsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const levels = useQuery('levels.list', {});
  const remove = useAction('levels.delete');
  const [renaming, setRenaming] = useState<number | null>(null);

  const onDelete = async (level: Level) => {
    const result = await remove.run({ id: level.id });
    if (!result.ok) return;
    announce(t('settings.levels.deleted', { name: level.name }));
    levels.reload();
  };

  const columns: Array<ColumnDef<Level>> = [
    { id: 'rank', header: t('settings.levels.rank'), accessorFn: (l) => format.number(l.rank + 1) },
    {
      id: 'name',
      header: t('settings.levels.name'),
      cell: ({ row }) =>
        renaming === row.original.id ? (
          <RenameLevelForm
            level={row.original}
            onDone={(renamed) => {
              setRenaming(null);
              if (renamed) {
                announce(t('settings.levels.renamed', { name: renamed.name }));
                levels.reload();
              }
            }}
          />
        ) : (
          row.original.name
        ),
    },
    { id: 'units', header: t('settings.levels.units'), accessorFn: (l) => format.number(l.unitCount) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('settings.levels.actions')}</span>,
      cell: ({ row }) =>
        renaming === row.original.id ? null : (
          <div className="button-row compact">
            <button
              type="button"
              className="button button-small"
              aria-label={t('settings.levels.renameLabel', { name: row.original.name })}
              onClick={() => {
                remove.reset();
                setRenaming(row.original.id);
              }}
            >
              {t('settings.levels.rename')}
            </button>
            {row.original.unitCount + row.original.archivedCount === 0 ? (
              <button
                type="button"
                className="button button-small button-danger-quiet"
                aria-label={t('settings.levels.deleteLabel', { name: row.original.name })}
                onClick={() => void onDelete(row.original)}
                disabled={remove.pending}
              >
                {t('common:action.delete')}
              </button>
            ) : null}
          </div>
        ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-levels-heading">
      <h2 id="settings-levels-heading">{t('settings.levels.title')}</h2>
      <p className="muted">{t('settings.levels.intro')}</p>
      <ErrorMessage error={levels.error ?? remove.error} />
      {levels.data && levels.data.length > 0 ? (
        <DataTable
          data={levels.data}
          columns={columns}
          caption={t('settings.levels.caption')}
          hideCaption
          numeric={['rank', 'units']}
          getRowId={(l) => String(l.id)}
          className="levels-table"
        />
      ) : null}
      {levels.data && levels.data.length === 0 ? <p>{t('settings.levels.none')}</p> : null}
      <AddLevelForm
        onAdded={(level) => {
          announce(t('settings.levels.added', { name: level.name }));
          levels.reload();
        }}
      />
    </section>
  );
}
