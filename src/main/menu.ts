// The native application menu, in the stored language. Choosing a language
// saves it through the core and tells the renderer, so the window and the
// menu switch together.
import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import type { Dispatch } from '../core';
import type { MenuEvent } from '../shared/client';
import type { AppSettings, Lang } from '../shared/types';
import { LABELS, LANGUAGE_NAMES, type Labels } from './menu-labels';

export interface MenuDeps {
  Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>;
  dispatch: Dispatch;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Sends an event to the window the user is looking at. */
  notify: (event: MenuEvent) => void;
  about: (labels: Labels) => void;
  log: (message: string, err: unknown) => void;
}

export interface AppMenu {
  /** Builds and installs the menu in this language. */
  render(lang: Lang): void;
  /** What the Language menu does: store the choice, rebuild, tell the renderer. */
  chooseLanguage(lang: Lang): Promise<void>;
  labels(): Labels;
}

export function createAppMenu(deps: MenuDeps): AppMenu {
  let current: Lang = 'nb';
  const menu: AppMenu = {
    render(lang) {
      current = lang;
      deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(menuTemplate(lang, deps, menu)));
    },
    async chooseLanguage(lang) {
      const envelope = await deps.dispatch('settings.update', { language: lang });
      if (!envelope.ok) {
        deps.log('Could not store the language', envelope.error);
        menu.render(current); // puts the radio mark back on the language still in force
        return;
      }
      menu.render((envelope.value as AppSettings).language);
      deps.notify({ type: 'language', lang });
    },
    labels: () => LABELS[current],
  };
  return menu;
}

/** The stored language, or Bokmål when the settings cannot be read. */
export async function storedLanguage(dispatch: Dispatch): Promise<Lang> {
  const envelope = await dispatch('settings.get', {});
  return envelope.ok ? (envelope.value as AppSettings).language : 'nb';
}

export function menuTemplate(lang: Lang, deps: Pick<MenuDeps, 'isPackaged' | 'platform' | 'about'>, menu: Pick<AppMenu, 'chooseLanguage'>): MenuItemConstructorOptions[] {
  const l = LABELS[lang];
  const mac = deps.platform === 'darwin';
  const languageItem = (code: Lang): MenuItemConstructorOptions => ({
    id: `language-${code}`,
    label: LANGUAGE_NAMES[code],
    type: 'radio',
    checked: code === lang,
    click: () => void menu.chooseLanguage(code),
  });
  return [
    // On macOS the first menu is the application menu (About, Hide, Quit, ...), labelled by the system.
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: l.file, submenu: [mac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        // Reload and devtools are for development only: a reload loses unsaved form input.
        ...(deps.isPackaged
          ? []
          : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]),
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullscreen },
      ],
    },
    { label: l.language, submenu: [languageItem('nb'), languageItem('en')] },
    { label: l.help, role: 'help', submenu: [{ id: 'about', label: l.about, click: () => deps.about(l) }] },
  ];
}
