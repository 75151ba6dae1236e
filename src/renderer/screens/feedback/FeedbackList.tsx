import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, type FeedbackEntry, type FeedbackKind, type FeedbackStatus } from '../../../shared/types-feedback';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useRegions } from '../../api/useRegions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportButtons } from '../../components/ExportButtons';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { RegionSelect } from '../dashboard/RegionSelect';
import { AnswerDialog } from './AnswerDialog';
import { raiserText } from './EntryAnswer';

const PAGE = 50;

interface Filters {
  status: FeedbackStatus | 'open' | null;
  kind: FeedbackKind | null;
  regionId: number | null;
  stageId: number | null;
}

/** The faggruppe's view: every entry in reach, filtered, the oldest unanswered first, each answered from here. */
export function FeedbackList({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation('feedback');
  const format = useFormat();
  const { regions, error: regionsError } = useRegions();
  const stages = useQuery('stages.list', {});
  const [filters, setFilters] = useState<Filters>({ status: 'open', kind: null, regionId: null, stageId: null });
  const [offset, setOffset] = useState(0);
  const [answering, setAnswering] = useState<FeedbackEntry | null>(null);
  const exporter = useAction('feedback.export');
  const list = useQuery('feedback.list', {
    status: filters.status === 'open' ? null : filters.status,
    openOnly: filters.status === 'open',
    kind: filters.kind, regionId: filters.regionId, stageId: filters.stageId, limit: PAGE, offset,
  });
  const { reload } = list;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const set = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setOffset(0);
  };
  const total = list.data?.total ?? 0;
  const stageName = (e: FeedbackEntry) => (i18n.language === 'en' ? e.stageNameEn : e.stageNameNb) ?? '–';

  return (
    <section className="panel" aria-labelledby="feedback-list-heading">
      <h2 id="feedback-list-heading" className="panel-title">
        {t('list.title')}
        <span className="panel-count">{t('list.found', { count: total, n: format.number(total) })}</span>
      </h2>
      <search className="list-filters" aria-label={t('list.filters')}>
        <Field id="feedback-filter-status" label={t('list.status')}>
          {(c) => (
            <select {...c} className="input" value={filters.status ?? ''} onChange={(e) => set({ status: e.target.value === '' ? null : (e.target.value as Filters['status']) })}>
              <option value="open">{t('list.open')}</option>
              <option value="">{t('list.allStatuses')}</option>
              {FEEDBACK_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field id="feedback-filter-kind" label={t('list.kind')}>
          {(c) => (
            <select {...c} className="input" value={filters.kind ?? ''} onChange={(e) => set({ kind: e.target.value === '' ? null : (e.target.value as FeedbackKind) })}>
              <option value="">{t('list.allKinds')}</option>
              {FEEDBACK_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
            </select>
          )}
        </Field>
        <RegionSelect id="feedback-filter-region" regions={regions} value={filters.regionId} onChange={(regionId) => set({ regionId })} />
        <Field id="feedback-filter-stage" label={t('list.stage')}>
          {(c) => (
            <select {...c} className="input" value={filters.stageId ?? ''} onChange={(e) => set({ stageId: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">{t('list.allStages')}</option>
              {(stages.data ?? []).map((s) => <option key={s.id} value={String(s.id)}>{i18n.language === 'en' ? s.nameEn : s.nameNb}</option>)}
            </select>
          )}
        </Field>
      </search>
      <ExportButtons
        what={t('export.what')}
        run={(format) => exporter.run({ format, separator: ';', lang: i18n.language === 'en' ? 'en' : 'nb' })}
        pending={exporter.pending}
        error={exporter.error}
      />
      <ErrorMessage error={list.error ?? regionsError} />
      {list.data && list.data.rows.length === 0 ? <p className="empty-state">{t('list.none')}</p> : null}
      {list.data && list.data.rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.col.id')}</th>
                <th scope="col">{t('list.col.title')}</th>
                <th scope="col">{t('list.col.kind')}</th>
                <th scope="col">{t('list.col.unit')}</th>
                <th scope="col">{t('list.col.stage')}</th>
                <th scope="col">{t('list.col.raised')}</th>
                <th scope="col">{t('list.col.status')}</th>
                <th scope="col">{t('list.col.votes')}</th>
                <th scope="col"><span className="visually-hidden">{t('list.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((e) => (
                <tr key={e.id}>
                  <td>{e.id}</td>
                  <th scope="row">
                    {e.title}
                    {e.duplicateOf ? <span className="field-hint"> {t('entry.linkedTo', { id: e.duplicateOf.id, title: e.duplicateOf.title })}</span> : null}
                  </th>
                  <td>{t(`kind.${e.kind}`)}</td>
                  <td>{e.regionName ? `${e.unitName} (${e.regionName})` : e.unitName}</td>
                  <td>{stageName(e)}</td>
                  <td>{format.dateTime(e.createdAt)} · {raiserText(t, e)}</td>
                  <td>{t(`status.${e.status}`)}{e.answer ? '' : ` · ${t('list.unanswered')}`}</td>
                  <td>{format.number(e.totalVotes)}</td>
                  <td>
                    <button type="button" className="button" disabled={e.duplicateOf !== null} onClick={() => setAnswering(e)}>
                      {t('list.answer', { title: e.title })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager total={total} offset={offset} limit={PAGE} onChange={setOffset} label={t('list.pager')} />
      {answering ? (
        <AnswerDialog entry={answering} onClose={() => setAnswering(null)} onSaved={() => { setAnswering(null); onChanged(); }} />
      ) : null}
    </section>
  );
}
