import { useTranslation } from 'react-i18next';
import { useAction } from '../api/useAction';
import { useAnnounce } from '../components/Announcer';
import { ErrorMessage } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { useFormat } from '../lib/format';
import { navigate, routeHref } from '../lib/navigation';

/** The first run: try the demo organization, bring your own file, or start from nothing. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const demo = useAction('demo.load');
  const decline = useAction('settings.update');

  const loadDemo = async () => {
    const result = await demo.run();
    if (!result.ok) return;
    announce(t('welcome.demo.loaded', { count: result.value.units, n: format.number(result.value.units) }));
    navigate('organization');
  };

  const startEmpty = async () => {
    const result = await decline.run({ demoDeclined: true });
    if (result.ok) navigate('organization');
  };

  return (
    <div className="screen welcome-screen">
      <PageTitle title={t('welcome.title')} />
      <p className="lead">{t('welcome.intro')}</p>
      <div className="choice-grid">
        <section className="choice choice-featured" aria-labelledby="welcome-demo">
          <h2 id="welcome-demo">{t('welcome.demo.title')}</h2>
          <p>{t('welcome.demo.body')}</p>
          <p className="attribution">{t('welcome.demo.attribution')}</p>
          <button type="button" className="button button-primary" onClick={() => void loadDemo()} disabled={demo.pending}>
            {demo.pending ? t('welcome.demo.loading') : t('welcome.demo.button')}
          </button>
          <ErrorMessage error={demo.error} />
        </section>
        <section className="choice" aria-labelledby="welcome-import">
          <h2 id="welcome-import">{t('welcome.import.title')}</h2>
          <p>{t('welcome.import.body')}</p>
          <a className="button" href={routeHref('import')}>
            {t('welcome.import.button')}
          </a>
        </section>
        <section className="choice" aria-labelledby="welcome-empty">
          <h2 id="welcome-empty">{t('welcome.empty.title')}</h2>
          <p>{t('welcome.empty.body')}</p>
          <button type="button" className="button" onClick={() => void startEmpty()} disabled={decline.pending}>
            {t('welcome.empty.button')}
          </button>
          <ErrorMessage error={decline.error} />
        </section>
      </div>
    </div>
  );
}
