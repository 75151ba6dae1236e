import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ProblemDto } from '../../../shared/types-support';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { catalogActionsColumn } from '../../components/catalogActionsColumn';
import { CatalogSection } from '../../components/CatalogSection';
import { useCatalogDialogs } from '../../components/useCatalogDialogs';
import { useFormat } from '../../lib/format';
import { useSupportText } from '../support/useSupportText';
import { SupportProblemDialog } from './SupportProblemDialog';

/** The login problem catalog behind the self-help guides and the error lookup. */
export function SupportProblemsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const problems = useQuery('problems.list', {});
  const remove = useAction('problems.delete');
  const dialogs = useCatalogDialogs<ProblemDto>({
    remove,
    reload: problems.reload,
    name: text.problemTitle,
    announce: { created: 'support.settings.problem.created', saved: 'support.settings.problem.saved', deleted: 'support.settings.problem.deleted' },
  });

  const columns: Array<ColumnDef<ProblemDto>> = [
    { id: 'title', header: t('support.settings.problem.title'), accessorFn: (p) => text.problemTitle(p) },
    { id: 'tier', header: t('support.settings.problem.tier'), accessorFn: (p) => text.tier(p.resolveTier) },
    { id: 'codes', header: t('support.settings.problem.codes'), cell: ({ row }) => <span className="code">{row.original.codes.join(', ')}</span> },
    { id: 'cases', header: t('support.settings.problem.cases'), accessorFn: (p) => format.number(p.caseCount) },
    catalogActionsColumn<ProblemDto>({
      header: t('support.settings.problem.actions'),
      editLabel: (p) => t('support.settings.problem.editLabel', { name: text.problemTitle(p) }),
      deleteLabel: (p) => t('support.settings.problem.deleteLabel', { name: text.problemTitle(p) }),
      dialogs,
    }),
  ];

  return (
    <CatalogSection
      headingId="settings-problems-heading"
      title={t('support.settings.problem.sectionTitle')}
      intro={t('support.settings.problem.intro')}
      error={problems.error}
      rows={problems.data}
      columns={columns}
      caption={t('support.settings.problem.sectionTitle')}
      numeric={['cases']}
      scrollClassName="problem-table"
      none={t('support.settings.problem.none')}
      newLabel={t('support.settings.problem.new')}
      dialogs={dialogs}
      form={(problem) => <SupportProblemDialog problem={problem} onClose={dialogs.close} onSaved={dialogs.saved} />}
      deleteText={(problem) => ({
        title: t('support.settings.problem.deleteTitle', { name: text.problemTitle(problem) }),
        body: t('support.settings.problem.deleteBody', { count: problem.caseCount }),
        confirm: t('support.settings.problem.deleteConfirm'),
      })}
    />
  );
}
