import { useTranslation } from 'react-i18next';
import { NAV_ITEMS, routeHref, type Route } from '../lib/navigation';
import { LanguageSwitch } from './LanguageSwitch';

// Sub-pages light up the nav item of the section they belong to.
const SECTION_OF: Partial<Record<Route, Route>> = {
  'people-import': 'people',
  'rollout-unit': 'rollout',
  'support-cases': 'support',
  'support-case': 'support',
  'support-metrics': 'support',
};

/** The top bar: the app's name, the palette's button and the language switch. */
export function AppHeader({ onOpenPalette }: { onOpenPalette: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="brand" href={routeHref('organization')}>
        <span className="brand-mark" aria-hidden="true" />
        {t('common:appName')}
      </a>
      <button type="button" className="palette-button" onClick={onOpenPalette} aria-keyshortcuts="Control+K">
        {t('palette.open')} <kbd>{t('palette.shortcut')}</kbd>
      </button>
      <LanguageSwitch />
    </header>
  );
}

/** The main menu, a column on the left: it has room for every section of the rollout. */
export function AppNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const section: Route = SECTION_OF[route] ?? route;
  return (
    <nav aria-label={t('shell.mainNav')} className="main-nav">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.route}>
            <a href={routeHref(item.route)} aria-current={item.route === section ? 'page' : undefined}>
              {t(item.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
