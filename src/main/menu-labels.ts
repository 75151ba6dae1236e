// Labels for the native menu and dialogs. The strings live in i18next's "menu"
// namespace (src/shared/i18n/locales/*/menu.json, key parity tested); the main
// process reads the resources directly because it needs them synchronously.
import { resources } from '../shared/i18n';
import type { Lang } from '../shared/types';

export type Labels = (typeof resources)['nb']['menu'];

export const LABELS: Record<Lang, Labels> = { nb: resources.nb.menu, en: resources.en.menu };

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nb: resources.nb.common.lang.nb, en: resources.en.common.lang.en };
