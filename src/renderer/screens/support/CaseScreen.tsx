import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportTier } from '../../../shared/types-support';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../lib/format';
import { routeHref, useRouteId } from '../../lib/navigation';
import { CaseActionDialog, type CaseAction } from './CaseActionDialog';
import { CaseActions } from './CaseActions';
import { CaseClock } from './CaseClock';
import { CaseEvents } from './CaseEvents';
import { CorrectCaseDialog } from './CorrectCaseDialog';
import { EscalationPath } from './EscalationPath';
import { SupportNav } from './SupportNav';
import { useSupportText } from './useSupportText';
import './support.css';

/** One case at #/support-case/12: the facts, the holding tier's clock, what can be done, and what happened. */
export function CaseScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const announce = useAnnounce();
  const id = useRouteId();
  const detail = useQuery('cases.get', id === null ? null : { id });
  const policies = useQuery('sla.list', {});
  const [acting, setActing] = useState<{ action: CaseAction; toTier: SupportTier | null } | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const data = detail.data?.id === id ? detail.data : undefined;

  return (
    <div className="screen support-screen case-screen">
      <p>
        <a href={routeHref('support-cases')}>{t('support.case.back')}</a>
      </p>
      <div className="screen-head">
        <PageTitle title={data ? t('support.case.title', { name: text.caseName(data.id), unit: data.unitName }) : t('support.case.titlePlain')} />
      </div>
      <SupportNav current="support-cases" />
      {id === null ? <p>{t('support.case.noCase')}</p> : null}
      <ErrorMessage error={detail.error ?? policies.error} />
      {data ? (
        <>
          <section className="panel" aria-labelledby="case-facts-heading">
            <h2 id="case-facts-heading">{t('support.case.facts')}</h2>
            {data.overdue ? (
              <p className="notice notice-overdue">
                {data.proposedTier
                  ? t('support.case.overdueNext', { tier: text.tierTo(data.proposedTier) })
                  : t('support.case.overdueLast')}
              </p>
            ) : null}
            <dl className="facts">
              <div>
                <dt>{t('support.case.state')}</dt>
                <dd>{text.state(data.state)}</dd>
              </div>
              <div>
                <dt>{t('support.case.tier')}</dt>
                <dd>{text.tier(data.tier)}</dd>
              </div>
              <div>
                <dt>{t('support.case.unit')}</dt>
                <dd>
                  <a href={routeHref('organization', data.unitId)}>{data.unitName}</a> <span className="code">{data.unitCode}</span>
                </dd>
              </div>
              <div>
                <dt>{t('support.case.region')}</dt>
                <dd>{data.regionName ?? '–'}</dd>
              </div>
              <div>
                <dt>{t('support.case.reporter')}</dt>
                <dd>{data.reporterContact ? t('support.case.reporterWithContact', { name: data.reporterName, contact: data.reporterContact }) : data.reporterName}</dd>
              </div>
              <div>
                <dt>{t('support.case.problem')}</dt>
                <dd>{text.problemTitle({ titleNb: data.problemTitleNb, titleEn: data.problemTitleEn })}</dd>
              </div>
              <div>
                <dt>{t('support.case.opened')}</dt>
                <dd>{format.dateTime(data.openedAt)}</dd>
              </div>
              {data.resolvedAt ? (
                <div>
                  <dt>{t('support.case.resolved')}</dt>
                  <dd>
                    {data.resolvedTier
                      ? t('support.case.resolvedAtTier', { at: format.dateTime(data.resolvedAt), tier: text.tierTo(data.resolvedTier) })
                      : format.dateTime(data.resolvedAt)}
                  </dd>
                </div>
              ) : null}
              <div className="fact-wide">
                <dt>{t('support.case.description')}</dt>
                <dd className="notes">{data.description || <span className="muted">{t('support.case.noDescription')}</span>}</dd>
              </div>
              {data.resolution ? (
                <div className="fact-wide">
                  <dt>{t('support.case.resolution')}</dt>
                  <dd className="notes">{data.resolution}</dd>
                </div>
              ) : null}
            </dl>
            <CaseActions detail={data} onAction={(action, toTier) => setActing({ action, toTier: toTier ?? null })} />
            <div className="button-row">
              <button type="button" className="button" onClick={() => setCorrecting(true)}>
                {t('support.correct.button')}
              </button>
            </div>
          </section>
          <CaseClock detail={data} policies={policies.data ?? []} />
          <CaseEvents events={data.events} />
          <section className="panel" aria-labelledby="case-path-heading">
            <h2 id="case-path-heading">{t('support.help.pathTitle')}</h2>
            <EscalationPath path={data.path} label={t('support.path.label', { name: data.unitName })} />
          </section>
        </>
      ) : detail.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
      {acting && data ? (
        <CaseActionDialog
          action={acting.action}
          caseId={data.id}
          toTier={acting.toTier}
          onClose={() => setActing(null)}
          onDone={(_detail, message) => {
            setActing(null);
            announce(message);
            detail.reload();
          }}
        />
      ) : null}
      {correcting && data ? (
        <CorrectCaseDialog
          detail={data}
          onClose={() => setCorrecting(false)}
          onDone={(_detail, message) => {
            setCorrecting(false);
            announce(message);
            detail.reload();
          }}
        />
      ) : null}
    </div>
  );
}
