import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemDto } from '../../../shared/types-support';
import { LearningLinkItems } from '../../components/LearningLinksFields';
import { useSupportText } from './useSupportText';

/** One self-help guide: symptoms, the numbered steps, and who may fix it if the steps do not help. */
export function GuideView({ problem }: { problem: ProblemDto }) {
  const { t } = useTranslation();
  const text = useSupportText();
  const heading = useRef<HTMLHeadingElement>(null);
  const steps = text.steps(problem);
  const symptoms = text.symptoms(problem);
  const needs = text.needs(problem);

  // Opening a guide moves there, so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [problem.id]);

  return (
    <article className="panel guide" aria-labelledby="guide-title">
      <h2 id="guide-title" ref={heading} tabIndex={-1}>
        {text.problemTitle(problem)}
      </h2>
      {problem.codes.length > 0 ? (
        <p className="guide-codes">
          {t('support.guide.codes')} <span className="code">{problem.codes.join(', ')}</span>
        </p>
      ) : null}
      {symptoms ? (
        <>
          <h3>{t('support.guide.symptoms')}</h3>
          <p className="notes">{symptoms}</p>
        </>
      ) : null}
      <h3>{t('support.guide.steps')}</h3>
      {steps.length > 0 ? (
        <ol className="guide-steps">
          {steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('support.guide.noSteps')}</p>
      )}
      {problem.links.length > 0 ? (
        <>
          <h3>{t('links.title')}</h3>
          <LearningLinkItems links={problem.links} />
        </>
      ) : null}
      <h3>{t('support.guide.whoFixes')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('support.guide.tier')}</dt>
          <dd>{text.tier(problem.resolveTier)}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('support.guide.needs')}</dt>
          <dd>{needs || <span className="muted">{t('support.guide.noNeeds')}</span>}</dd>
        </div>
      </dl>
    </article>
  );
}
