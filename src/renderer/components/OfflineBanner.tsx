// On the desktop app as a team server's client: says plainly when the server does not answer,
// and what still works (the last login help and chapter cards; nothing can be changed).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function OfflineBanner() {
  const { t } = useTranslation();
  const bridge = window.forankring;
  const [offline, setOffline] = useState<string | null>(null);
  useEffect(() => {
    if (!bridge) return undefined;
    void bridge.connection.get().then((s) => setOffline(s.connected && !s.online ? s.server : null));
    return bridge.onMenu((event) => {
      if (event.type !== 'connection') return;
      void bridge.connection.get().then((s) => setOffline(s.connected && !s.online ? s.server : null));
    });
  }, [bridge]);
  if (offline === null) return null;
  return (
    <div className="notice db-banner" role="alert">
      {t('settings.teamServer.offlineBanner', { server: offline })}
    </div>
  );
}
