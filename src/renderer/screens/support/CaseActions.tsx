import { useTranslation } from 'react-i18next';
import { SUPPORT_TIERS, type CaseDetail, type SupportTier } from '../../../shared/types-support';
import { useSupportText } from './useSupportText';
import type { CaseAction } from './CaseActionDialog';

/** The tier after this one, or null at the vendor. */
export function nextTier(tier: SupportTier): SupportTier | null {
  return SUPPORT_TIERS[SUPPORT_TIERS.indexOf(tier) + 1] ?? null;
}

/** The actions the case's state allows. */
export function CaseActions({ detail, onAction }: { detail: CaseDetail; onAction: (action: CaseAction, toTier?: SupportTier | null) => void }) {
  const { t } = useTranslation();
  const text = useSupportText();
  const current = [...detail.clocks].reverse().find((c) => c.tier === detail.tier);
  const unanswered = current !== undefined && current.responseMinutes === null;
  const to = nextTier(detail.tier);
  const toName = to ? text.tierTo(to) : '';

  const button = (action: CaseAction, label: string, primary = false, toTier?: SupportTier | null) => (
    <button key={action} type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => onAction(action, toTier)}>
      {label}
    </button>
  );

  const buttons =
    detail.state === 'open'
      ? [
          unanswered ? button('respond', t('support.action.respond.button'), true) : null,
          to ? button('escalate', t('support.action.escalate.button', { tier: toName }), detail.overdue, to) : null,
          button('wait', t('support.action.wait.button')),
          button('resolve', t('support.action.resolve.button'), !unanswered && !detail.overdue),
        ]
      : detail.state === 'waiting'
        ? [button('resume', t('support.action.resume.button'), true), button('resolve', t('support.action.resolve.button'))]
        : [button('reopen', t('support.action.reopen.button'))];

  return (
    <div className="button-row case-actions" role="group" aria-label={t('support.action.label')}>
      {buttons}
    </div>
  );
}
