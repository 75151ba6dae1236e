import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_TIERS, type CaseRow, type SupportTier } from '../../../shared/types-support';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { RegionSelect } from '../dashboard/RegionSelect';
import { useRegions } from '../../api/useRegions';
import { CaseActionDialog } from './CaseActionDialog';
import { CaseTable } from './CaseTable';
import { casesHref, FIRST_DESC, STATE_FILTERS, useCasesAddress, type CaseSort, type CasesAddress, type StateFilter } from './casesAddress';
import { SupportNav } from './SupportNav';
import { useSupportText } from './useSupportText';
import './support.css';import { useDebounced } from '../../lib/useDebounced';


const PAGE = 50;

/** The cases, filtered by state, tier, region and overdue; the filters live in the address. */
export function CasesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const announce = useAnnounce();
  const address = useCasesAddress();
  const { regions, error: regionsError } = useRegions();
  const [page, setPage] = useState({ key: '', offset: 0 });
  const [escalating, setEscalating] = useState<{ row: CaseRow; to: SupportTier } | null>(null);
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  const addressKey = `${JSON.stringify(address)}|${query}`;
  const offset = page.key === addressKey ? page.offset : 0;
  const list = useQuery('cases.list', {
    state: address.state === 'all' ? null : address.state,
    tier: address.tier,
    regionId: address.regionId,
    overdueOnly: address.overdueOnly,
    query,
    sort: address.sort,
    desc: address.desc,
    limit: PAGE,
    offset,
  });
  const total = list.data?.total ?? 0;
  const ready = !list.loading && !list.error && list.data !== undefined;

  useEffect(() => {
    if (ready) announce(t('support.cases.found', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, addressKey]);

  const go = (next: Partial<CasesAddress>) => {
    window.location.hash = casesHref({ ...address, ...next });
  };
  // The same column again turns the order round; another starts its own way.
  const sortBy = (sort: CaseSort) => go({ sort, desc: sort === address.sort ? !address.desc : FIRST_DESC[sort] });

  return (
    <div className="screen support-screen">
      <div className="screen-head">
        <PageTitle title={t('support.cases.title')} />
      </div>
      <SupportNav current="support-cases" />
      <search className="panel list-filters" aria-label={t('support.cases.filters')}>
        <Field id="cases-state" label={t('support.cases.filter.state')}>
          {(c) => (
            <select {...c} className="input" value={address.state} onChange={(e) => go({ state: e.target.value as StateFilter })}>
              {STATE_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {t(`support.cases.stateFilter.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="cases-tier" label={t('support.cases.filter.tier')}>
          {(c) => (
            <select {...c} className="input" value={address.tier ?? ''} onChange={(e) => go({ tier: e.target.value === '' ? null : (e.target.value as SupportTier) })}>
              <option value="">{t('support.cases.filter.allTiers')}</option>
              {SUPPORT_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {text.tier(tier)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="cases-query" label={t('support.cases.filter.query')}>
          {(c) => (
            <input
              {...c}
              type="search"
              className="input"
              value={typed}
              autoComplete="off"
              placeholder={t('support.cases.filter.queryPlaceholder')}
              onChange={(e) => setTyped(e.target.value)}
            />
          )}
        </Field>
        <RegionSelect id="cases-region" regions={regions} value={address.regionId} onChange={(regionId) => go({ regionId })} />
        <label className="checkbox filter-checkbox">
          <input type="checkbox" checked={address.overdueOnly} onChange={(e) => go({ overdueOnly: e.target.checked })} />
          {t('support.cases.filter.overdueOnly')}
        </label>
      </search>
      <ErrorMessage error={list.error ?? regionsError} />
      <section className="panel" aria-labelledby="cases-heading">
        <h2 id="cases-heading" className="panel-title">
          {t('support.cases.listTitle')}
          <span className="panel-count">{t('support.cases.found', { count: total, n: format.number(total) })}</span>
        </h2>
        {list.data && list.data.rows.length === 0 ? <p className="empty-state">{t('support.cases.none')}</p> : null}
        {list.data && list.data.rows.length > 0 ? (
          <CaseTable
            rows={list.data.rows}
            caption={t('support.cases.listTitle')}
            sort={{ by: address.sort, desc: address.desc, onSort: sortBy }}
            onEscalate={(row, to) => setEscalating({ row, to })}
          />
        ) : null}
        {list.data === undefined && list.loading ? <p className="muted">{t('common:loading')}</p> : null}
        <Pager total={total} offset={offset} limit={PAGE} onChange={(o) => setPage({ key: addressKey, offset: o })} label={t('support.cases.pages')} />
      </section>
      {escalating ? (
        <CaseActionDialog
          action="escalate"
          caseId={escalating.row.id}
          toTier={escalating.to}
          initialText={t('support.action.escalate.overdueReason', { tier: text.tierTo(escalating.row.tier) })}
          onClose={() => setEscalating(null)}
          onDone={(_detail, message) => {
            setEscalating(null);
            announce(message);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
