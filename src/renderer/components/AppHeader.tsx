import { useTranslation } from 'react-i18next';
import { NAV_ITEMS, routeHref, TEAM_NAV_ITEMS, type Route } from '../lib/navigation';
import { useMe } from '../api/useMe';
import { useSignOut } from '../screens/users/AccountScreen';
import { LanguageSwitch } from './LanguageSwitch';

// Sub-pages light up the nav item of the section they belong to.
const SECTION_OF: Partial<Record<Route, Route>> = {
  'people-import': 'people',
  'rollout-unit': 'rollout',
  'support-cases': 'support',
  'support-case': 'support',
  'support-metrics': 'support',
};

/** The top bar: the app's name, the palette's button, the language switch, and on a team server who is signed in. */
export function AppHeader({ onOpenPalette, navOpen, onToggleNav }: { onOpenPalette: () => void; navOpen: boolean; onToggleNav: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  return (
    <header className="app-header">
      <button type="button" className="menu-button" aria-expanded={navOpen} aria-controls="main-nav" onClick={onToggleNav}>
        {t('shell.menu')}
      </button>
      <a className="brand" href={routeHref('organization')}>
        <span className="brand-mark" aria-hidden="true" />
        {t('common:appName')}
      </a>
      <button type="button" className="palette-button" onClick={onOpenPalette} aria-keyshortcuts="Control+K">
        {t('palette.open')} <kbd>{t('palette.shortcut')}</kbd>
      </button>
      <a className="help-link" href={routeHref('help')}>
        {t('help.nav')}
      </a>
      <LanguageSwitch />
      {me ? (
        <div className="signed-in">
          <a href={routeHref('account')}>{t('account.headerName', { name: me.name })}</a>
          <button type="button" className="button button-small" onClick={() => void signOut.run()} disabled={signOut.pending}>
            {t('account.signOut')}
          </button>
        </div>
      ) : null}
    </header>
  );
}

/** The main menu, a column on the left: it has room for every section of the rollout. */
export function AppNav({ route, onClose }: { route: Route; onClose: () => void }) {
  const { t } = useTranslation();
  const section: Route = SECTION_OF[route] ?? route;
  const me = useMe();
  const items = me ? [...NAV_ITEMS, ...TEAM_NAV_ITEMS.filter((i) => !i.administers || me.administers)] : NAV_ITEMS;
  return (
    // Escape folds the menu again on a phone, where it lies over the screen.
    <nav id="main-nav" aria-label={t('shell.mainNav')} className="main-nav" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <ul>
        {items.map((item) => (
          <li key={item.route}>
            <a href={routeHref(item.route)} aria-current={item.route === section ? 'page' : undefined} onClick={onClose}>
              {t(item.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
