import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from './api/useQuery';
import { useMe } from './api/useMe';
import { AppHeader, AppNav } from './components/AppHeader';
import { DbBanner } from './components/DbBanner';
import { OfflineBanner } from './components/OfflineBanner';
import { ErrorMessage } from './components/ErrorMessage';
import { CommandPalette } from './components/palette/CommandPalette';
import { usePaletteKeys } from './components/palette/usePaletteKeys';
import { isLang, useLanguage } from './i18n/useLanguage';
import { isRoute, navigate, useRoute, type Route } from './lib/navigation';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { RolloutListScreen } from './screens/dashboard/RolloutListScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { OrganizationScreen } from './screens/OrganizationScreen';
import { GapsScreen } from './screens/ownership/GapsScreen';
import { PeopleImportScreen } from './screens/people/PeopleImportScreen';
import { PeopleScreen } from './screens/people/PeopleScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { RolloutScreen } from './screens/rollout/RolloutScreen';
import { UnitRolloutScreen } from './screens/rollout/UnitRolloutScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { CaseScreen } from './screens/support/CaseScreen';
import { CasesScreen } from './screens/support/CasesScreen';
import { LoginHelpScreen } from './screens/support/LoginHelpScreen';
import { MetricsScreen } from './screens/support/MetricsScreen';
import { TimelineScreen } from './screens/timeline/TimelineScreen';
import { TrainingScreen } from './screens/training/TrainingScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';
import { AuditScreen } from './screens/audit/AuditScreen';
import { UsersScreen } from './screens/users/UsersScreen';
import { AccountScreen } from './screens/users/AccountScreen';
import { HelpScreen } from './screens/help/HelpScreen';
import { FeedbackScreen } from './screens/feedback/FeedbackScreen';
import { UsageScreen } from './screens/usage/UsageScreen';
import { MessagesScreen } from './screens/messages/MessagesScreen';

const SCREENS: Record<Route, () => ReactNode> = {
  welcome: () => <WelcomeScreen />,
  organization: () => <OrganizationScreen />,
  import: () => <ImportScreen />,
  people: () => <PeopleScreen />,
  'people-import': () => <PeopleImportScreen />,
  ownership: () => <GapsScreen />,
  settings: () => <SettingsScreen />,
  rollout: () => <RolloutScreen />,
  'rollout-unit': () => <UnitRolloutScreen />,
  dashboard: () => <DashboardScreen />,
  'rollout-list': () => <RolloutListScreen />,
  timeline: () => <TimelineScreen />,
  training: () => <TrainingScreen />,
  support: () => <LoginHelpScreen />,
  'support-cases': () => <CasesScreen />,
  'support-case': () => <CaseScreen />,
  'support-metrics': () => <MetricsScreen />,
  reports: () => <ReportsScreen />,
  audit: () => <AuditScreen />,
  users: () => <UsersScreen />,
  account: () => <AccountScreen />,
  help: () => <HelpScreen />,
  feedback: () => <FeedbackScreen />,
  usage: () => <UsageScreen />,
  messages: () => <MessagesScreen />,
};

export function App() {
  const { t } = useTranslation();
  const { setLang } = useLanguage();
  const [route] = useRoute();
  const status = useQuery('app.status', {});
  const mainRef = useRef<HTMLElement>(null);
  const shown = useRef<Route | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  // On a narrow window (a phone) the menu folds into a button in the top bar.
  const [navOpen, setNavOpen] = useState(false);
  const toggleNav = useCallback(() => setNavOpen((open) => !open), []);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  const closePalette = useCallback(() => setPaletteOpen(false), []);
  usePaletteKeys(openPalette);

  const me = useMe();
  // Without a route in the address, a first run starts on the welcome screen. A signed-in
  // chapter leader starts on their own chapter (the first of their units).
  const home = me && !me.administers ? me.units[0] : undefined;
  const current: Route | null = route ?? (home ? 'organization' : status.data ? (status.data.offerDemo ? 'welcome' : 'organization') : null);
  useEffect(() => {
    if (route === null && home) navigate('organization', home.unitId);
  }, [route, home]);

  // Electron's application menu switches language and screen.
  useEffect(() => {
    const bridge = window.forankring;
    if (!bridge) return;
    return bridge.onMenu((event) => {
      if (event.type === 'language' && isLang(event.lang)) void setLang(event.lang);
      if (event.type === 'navigate' && isRoute(event.to)) navigate(event.to);
    });
  }, [setLang]);

  // Move focus to the new screen's heading, so screen readers announce the change (not on first load).
  useEffect(() => {
    if (current === null) return;
    if (shown.current !== null && shown.current !== current) {
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    }
    shown.current = current;
  }, [current]);
  // A new screen folds the phone menu (however it was reached: menu, palette, back button).
  const [navFor, setNavFor] = useState(current);
  if (navFor !== current) {
    setNavFor(current);
    setNavOpen(false);
  }

  const skipToMain = (event: MouseEvent) => {
    // A plain #main link would be taken for a route by the hash router.
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
      <AppHeader onOpenPalette={openPalette} navOpen={navOpen} onToggleNav={toggleNav} />
      {paletteOpen ? <CommandPalette onClose={closePalette} /> : null}
      <DbBanner state={status.data?.db} />
      <OfflineBanner />
      <div className="app-body" data-nav-open={navOpen}>
      <AppNav route={current ?? 'organization'} onClose={() => setNavOpen(false)} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {current !== null ? (
          SCREENS[current]()
        ) : status.error ? (
          <div className="screen">
            <ErrorMessage error={status.error} />
            <button type="button" className="button" onClick={status.reload}>
              {t('common:action.retry')}
            </button>
          </div>
        ) : (
          <p className="muted screen">{t('common:loading')}</p>
        )}
      </main>
      </div>
    </div>
  );
}
