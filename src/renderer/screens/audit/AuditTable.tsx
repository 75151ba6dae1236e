import { useTranslation } from 'react-i18next';
import type { AuditEventRow } from '../../../shared/types-audit';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../lib/format';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Events, newest first: when, who, what, where, and each changed field before → after. */
export function AuditTable({ rows, caption }: { rows: readonly AuditEventRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.method')}</th>
            <th scope="col">{t('audit.col.unit')}</th>
            <th scope="col">{t('audit.col.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{format.dateTime(r.at)}</td>
              <td>{r.actor}</td>
              <td>
                <code>{r.method}</code>
                {r.kind !== 'change' ? <span className="muted"> ({t(`audit.kind.${r.kind}`, { defaultValue: r.kind })})</span> : null}
              </td>
              <td>{r.unitName ? `${r.unitCode ?? ''} ${r.unitName}` : '–'}</td>
              <td>
                <ul className="plain-list">
                  {Object.entries(r.changes).map(([field, [before, after]]) => (
                    <li key={field}>{t('audit.change', { field, before: shown(before), after: shown(after) })}</li>
                  ))}
                  {Object.entries(r.summary).map(([key, n]) => (
                    <li key={key}>{t('audit.count', { key, n: shown(n) })}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
