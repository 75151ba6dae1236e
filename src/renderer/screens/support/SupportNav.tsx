import { useTranslation } from 'react-i18next';
import { routeHref, type Route } from '../../lib/navigation';

const PAGES: ReadonlyArray<{ route: Route; key: string }> = [
  { route: 'support', key: 'support.subnav.help' },
  { route: 'support-cases', key: 'support.subnav.cases' },
  { route: 'support-metrics', key: 'support.subnav.metrics' },
];

/** Moves between the parts of login support: self-help, cases and metrics. */
export function SupportNav({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('support.subnav.label')} className="support-nav">
      <ul>
        {PAGES.map((page) => (
          <li key={page.route}>
            <a href={routeHref(page.route)} aria-current={page.route === current ? 'page' : undefined}>
              {t(page.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
