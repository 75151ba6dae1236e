import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { routeHref } from '../../lib/navigation';

const TOPICS = ['roles', 'stages', 'waves', 'tiers'] as const;
/** The method's own words, each explained once; screens that use them link here. */
export const GLOSSARY_TERMS = ['anchored', 'live', 'late', 'atRisk', 'blocked', 'wave', 'tier', 'superUser'] as const;

/** The method in a few paragraphs, and a glossary of its terms. Reachable from the top bar on every screen. */
export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen help-screen">
      <div className="screen-head">
        <PageTitle title={t('help.title')} />
      </div>
      <p className="lead">{t('help.intro')}</p>
      {TOPICS.map((topic) => (
        <section key={topic} className="panel" aria-labelledby={`help-${topic}`}>
          <h2 id={`help-${topic}`}>{t(`help.${topic}.title`)}</h2>
          <p>{t(`help.${topic}.body`)}</p>
        </section>
      ))}
      <section className="panel" aria-labelledby="help-glossary">
        <h2 id="help-glossary">{t('help.glossary.title')}</h2>
        <dl className="glossary">
          {GLOSSARY_TERMS.map((term) => (
            <div key={term} id={`term-${term}`}>
              <dt>{t(`help.glossary.${term}.term`)}</dt>
              <dd>{t(`help.glossary.${term}.definition`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p>
        <a href={routeHref('support')}>{t('help.more')}</a>
      </p>
    </div>
  );
}
