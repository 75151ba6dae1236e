import type { ReactNode } from 'react';
import type { AppSettings } from '../../shared/types';
import { useQuery } from '../api/useQuery';
import { ErrorMessage } from './ErrorMessage';

/** A settings panel whose form edits some of the app settings: heading, load error, then the form once the settings are in. */
export function SettingsFormSection({ headingId, title, intro, form }: {
  headingId: string;
  title: string;
  intro?: string;
  form: (settings: AppSettings) => ReactNode;
}) {
  const settings = useQuery('settings.get', {});
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      <ErrorMessage error={settings.error} />
      {/* The form needs the saved values before it sets its initial values. */}
      {settings.data ? form(settings.data) : null}
    </section>
  );
}
