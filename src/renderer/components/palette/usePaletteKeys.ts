import { useEffect } from 'react';

/** True while the user is typing somewhere, so `/` stays a character there. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The current screen's own search field, if it has one: the first search landmark's text field. */
function screenSearch(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(
    '#main search input:not([type=checkbox]):not([type=radio]), #main input[type=search]',
  );
}

/**
 * Ctrl+K (⌘K on a Mac) opens the palette from anywhere; `/` outside a text
 * field focuses the screen's search, or opens the palette when it has none.
 */
export function usePaletteKeys(openPalette: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
      // Not while a dialog is open (the palette's own included): the page behind it is inert.
      // Ctrl+K is still kept from the browser, which would jump to its own search bar.
      if (ctrlK) event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      if (ctrlK) {
        openPalette();
        return;
      }
      if (event.key !== '/' || event.ctrlKey || event.metaKey || typing(event.target)) return;
      event.preventDefault();
      const field = screenSearch();
      if (field) field.focus();
      else openPalette();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openPalette]);
}
