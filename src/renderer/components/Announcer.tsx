// One polite live region for the whole app: async results ("Saved", "3 hits")
// are announced to screen readers and shown briefly as a toast.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** `quiet` messages go to screen readers only (e.g. a hit count that is visible anyway). */
type Announce = (message: string, options?: { quiet?: boolean }) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

const VISIBLE_MS = 6000;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; n: number; quiet: boolean } | null>(null);
  const announce = useCallback<Announce>(
    (text, options) => setMessage((prev) => ({ text, n: (prev?.n ?? 0) + 1, quiet: options?.quiet ?? false })),
    [],
  );

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={message && !message.quiet ? 'toast toast-visible' : 'toast visually-hidden'}>
        {/* The key remounts the text so a repeated message is announced again. */}
        {message ? <span key={message.n}>{message.text}</span> : null}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
