import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../shared/errors';
import { useFormat } from '../lib/format';
import { DataTable } from './DataTable';

interface IssueRow {
  line: string;
  field: string;
  message: string;
}

/** Every problem found in an imported file, with where it is, so all can be fixed in one go. */
export function ImportIssues({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: IssueRow[] = issues.map((issue) => {
    const field = issue.field ? t(`import.field.${issue.field}`, { defaultValue: issue.field }) : '';
    return {
      line: format.number(issue.line),
      field,
      message: t(`errors:import.${issue.code}`, { line: issue.line, field, value: issue.value ?? '', ...issue.params }),
    };
  });
  const columns: Array<ColumnDef<IssueRow>> = [
    { id: 'line', header: t('import.issues.line'), accessorFn: (r) => r.line },
    { id: 'field', header: t('import.issues.field'), accessorFn: (r) => r.field },
    { id: 'message', header: t('import.issues.message'), accessorFn: (r) => r.message },
  ];
  return (
    <div className="import-issues">
      <p>{t('import.issues.count', { count: issues.length, n: format.number(issues.length) })}</p>
      <DataTable data={rows} columns={columns} caption={t('import.issues.caption')} hideCaption numeric={['line']} />
    </div>
  );
}
