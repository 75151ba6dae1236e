import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createClient } from '../shared/client';
import { App } from './App';
import { TeamGate } from './screens/auth/TeamGate';
import { ClientProvider } from './api/ClientContext';
import { pickTransport, setDesktopClient } from './api/transport';
import { AnnouncerProvider } from './components/Announcer';
import { createRendererI18n } from './i18n/setup';
import { storedLanguage } from './i18n/useLanguage';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/tree.css';
import './styles/ownership.css';
import './styles/accounts.css';
import './styles/responsive.css';

async function start(): Promise<void> {
  // The desktop app may be a team server's client; it asks before the first call.
  const connection = await window.forankring?.connection.get().catch(() => null);
  setDesktopClient(Boolean(connection?.connected));
  const client = createClient(pickTransport());
  // The saved language decides the first paint; without it (e.g. a failed call) Norwegian is the default.
  const settings = await client.call('settings.get');
  const i18n = await createRendererI18n(storedLanguage() ?? (settings.ok ? settings.value.language : 'nb'));
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientProvider client={client}>
          <AnnouncerProvider>
            <TeamGate>
              <App />
            </TeamGate>
          </AnnouncerProvider>
        </ClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
