import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The screen's one h1. It also names the window, and takes focus so a screen change is announced. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const appName = t('common:appName');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  return (
    <h1 tabIndex={-1} className="page-title">
      {title}
      {children}
    </h1>
  );
}
