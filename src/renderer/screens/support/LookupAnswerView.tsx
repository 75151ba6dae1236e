import { useTranslation } from 'react-i18next';
import type { LookupAnswer, ProblemDto } from '../../../shared/types-support';
import { useFormat } from '../../lib/format';
import { GuideView } from './GuideView';
import { ProblemMatches, useMatchReason } from './ProblemMatches';

interface LookupAnswerViewProps {
  answer: LookupAnswer;
  open: ProblemDto | null;
  onOpen: (problem: ProblemDto) => void;
  onOpenCase: () => void;
}

/**
 * A code or phrase hit: its guide first and open, other possible guides folded away below.
 * Otherwise an honest "no guide for this", the closest few guides as hints, and the way to a case.
 */
export function LookupAnswerView({ answer, open, onOpen, onOpenCase }: LookupAnswerViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useMatchReason();
  const confident = answer.match === 'code' || answer.match === 'phrase';
  const [first, ...others] = answer.guides;
  const unknown = answer.unknownCodes.map((code) => (
    <p key={code} className="lookup-unknown">{t('support.lookup.unknownCode', { code })}</p>
  ));

  if (confident && first) {
    const shown = open ?? first.problem;
    return (
      <section className="lookup-answer" aria-labelledby="support-matches-heading">
        <h2 id="support-matches-heading" className="visually-hidden">{t('support.lookup.answer')}</h2>
        {unknown}
        <p className="lookup-reason">{reason(first)}</p>
        <GuideView problem={shown} />
        {others.length > 0 ? (
          <details className="panel lookup-others">
            <summary>{t('support.lookup.others', { count: others.length, n: format.number(others.length) })}</summary>
            <ProblemMatches
              matches={answer.guides.filter((m) => m.problem.id !== shown.id)}
              selectedId={null}
              label={t('support.lookup.othersLabel')}
              onOpen={(m) => onOpen(m.problem)}
            />
          </details>
        ) : null}
      </section>
    );
  }

  return (
    <>
      <section className="panel" aria-labelledby="support-matches-heading">
        <h2 id="support-matches-heading" className="panel-title">{t('support.lookup.noAnswer')}</h2>
        {unknown}
        {answer.guides.length > 0 ? (
          <>
            <p>{t('support.lookup.hintsIntro')}</p>
            <ProblemMatches
              matches={answer.guides}
              selectedId={open?.id ?? null}
              label={t('support.lookup.hintsLabel')}
              onOpen={(m) => onOpen(m.problem)}
            />
          </>
        ) : (
          <p className="empty-state">{t('support.lookup.none')}</p>
        )}
        <p className="lookup-case">
          {t('support.lookup.caseIntro')}{' '}
          <button type="button" className="link-button" onClick={onOpenCase}>{t('support.help.openCase')}</button>
        </p>
      </section>
      {open ? <GuideView problem={open} /> : null}
    </>
  );
}
