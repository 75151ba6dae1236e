import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDto } from '../../../shared/types-support';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useSupportText } from '../support/useSupportText';
import { SupportProblemDialog } from './SupportProblemDialog';
import { TableScroll } from '../../components/TableScroll';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';

type Open = { kind: 'none' } | { kind: 'create' } | { kind: 'edit'; problem: ProblemDto } | { kind: 'delete'; problem: ProblemDto };

/** The login problem catalog behind the self-help guides and the error lookup. */
export function SupportProblemsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const announce = useAnnounce();
  const problems = useQuery('problems.list', {});
  const remove = useAction('problems.delete');
  const [open, setOpen] = useState<Open>({ kind: 'none' });

  const close = () => {
    remove.reset();
    setOpen({ kind: 'none' });
  };
  const saved = (problem: ProblemDto, created: boolean) => {
    setOpen({ kind: 'none' });
    announce(t(created ? 'support.settings.problem.created' : 'support.settings.problem.saved', { name: text.problemTitle(problem) }));
    problems.reload();
  };
  const doDelete = async (problem: ProblemDto) => {
    const result = await remove.run({ id: problem.id });
    if (!result.ok) return;
    setOpen({ kind: 'none' });
    announce(t('support.settings.problem.deleted', { name: text.problemTitle(problem) }));
    problems.reload();
  };

  const columns: Array<ColumnDef<ProblemDto>> = [
    { id: 'title', header: t('support.settings.problem.title'), accessorFn: (p) => text.problemTitle(p) },
    { id: 'tier', header: t('support.settings.problem.tier'), accessorFn: (p) => text.tier(p.resolveTier) },
    { id: 'codes', header: t('support.settings.problem.codes'), cell: ({ row }) => <span className="code">{row.original.codes.join(', ')}</span> },
    { id: 'cases', header: t('support.settings.problem.cases'), accessorFn: (p) => format.number(p.caseCount) },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('support.settings.problem.actions')}</span>,
      cell: ({ row }) => (
        <div className="button-row compact">
          <EditDeleteButtons
            editLabel={t('support.settings.problem.editLabel', { name: text.problemTitle(row.original) })}
            deleteLabel={t('support.settings.problem.deleteLabel', { name: text.problemTitle(row.original) })}
            onEdit={() => setOpen({ kind: 'edit', problem: row.original })}
            onDelete={() => setOpen({ kind: 'delete', problem: row.original })}
          />
        </div>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="settings-problems-heading">
      <h2 id="settings-problems-heading">{t('support.settings.problem.sectionTitle')}</h2>
      <p className="muted">{t('support.settings.problem.intro')}</p>
      <ErrorMessage error={problems.error} />
      {problems.data && problems.data.length > 0 ? (
        <TableScroll className="problem-table">
          <DataTable data={problems.data} columns={columns} caption={t('support.settings.problem.sectionTitle')} hideCaption numeric={['cases']} getRowId={(p) => String(p.id)} />
        </TableScroll>
      ) : null}
      {problems.data && problems.data.length === 0 ? <p>{t('support.settings.problem.none')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('support.settings.problem.new')}
        </button>
      </div>
      {open.kind === 'create' || open.kind === 'edit' ? (
        <SupportProblemDialog problem={open.kind === 'edit' ? open.problem : undefined} onClose={close} onSaved={(p) => saved(p, open.kind === 'create')} />
      ) : null}
      {open.kind === 'delete' ? (
        <ConfirmDialog
          title={t('support.settings.problem.deleteTitle', { name: text.problemTitle(open.problem) })}
          body={t('support.settings.problem.deleteBody', { count: open.problem.caseCount })}
          confirmLabel={t('support.settings.problem.deleteConfirm')}
          onConfirm={() => void doDelete(open.problem)}
          onCancel={close}
          pending={remove.pending}
          error={remove.error}
          danger
        />
      ) : null}
    </section>
  );
}
