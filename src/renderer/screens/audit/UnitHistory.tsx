import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { AuditTable } from './AuditTable';

const LIMIT = 10;

/** A unit's own history from the audit trail, on its page; loaded (again) each time it is opened. */
export function UnitHistory({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel unit-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 className="panel-title">{t('audit.unitHistory')}</h3>
      </summary>
      {open ? <HistoryList unitId={unitId} unitName={unitName} /> : null}
    </details>
  );
}

function HistoryList({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useQuery('audit.list', { unitId, subtree: false, limit: LIMIT, offset });
  const caption = `${t('audit.unitHistory')}: ${unitName}`;
  return (
    <>
      <ErrorMessage error={list.error} />
      {list.data ? (
        <>
          {list.data.total === 0 ? <p className="muted">{t('audit.none')}</p> : <AuditTable rows={list.data.rows} caption={caption} />}
          <Pager total={list.data.total} offset={offset} limit={LIMIT} onChange={setOffset} label={t('audit.pages')} />
        </>
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
    </>
  );
}
