// Labels for the native menu and dialogs, in both languages. A plain table
// rather than i18next because the main process needs only these few strings;
// `satisfies` makes a key missing in either language a type error.
import type { Lang } from '../shared/types';

type LabelKey =
  | 'file' | 'quit' | 'close'
  | 'edit' | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'view' | 'reload' | 'devTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'fullscreen'
  | 'language'
  | 'help' | 'about' | 'aboutDetail' | 'ok'
  | 'saveTitle' | 'fileCsv' | 'fileXlsx' | 'filePdf' | 'fileJson';

export type Labels = Record<LabelKey, string>;

export const LABELS = {
  nb: {
    file: 'Fil',
    quit: 'Avslutt',
    close: 'Lukk vindu',
    edit: 'Rediger',
    undo: 'Angre',
    redo: 'Gjør om',
    cut: 'Klipp ut',
    copy: 'Kopier',
    paste: 'Lim inn',
    selectAll: 'Merk alt',
    view: 'Vis',
    reload: 'Last inn på nytt',
    devTools: 'Utviklerverktøy',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    fullscreen: 'Fullskjerm',
    language: 'Språk',
    help: 'Hjelp',
    about: 'Om Forankring',
    aboutDetail: 'Planlegg, forankre og følg opp innføringen av et CRM-system i regioner og lokallag.',
    ok: 'OK',
    saveTitle: 'Lagre fil',
    fileCsv: 'CSV-fil',
    fileXlsx: 'Excel-arbeidsbok',
    filePdf: 'PDF-dokument',
    fileJson: 'JSON-fil',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    close: 'Close window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    language: 'Language',
    help: 'Help',
    about: 'About Forankring',
    aboutDetail: 'Plan, anchor and follow up a CRM rollout across regions and chapters.',
    ok: 'OK',
    saveTitle: 'Save file',
    fileCsv: 'CSV file',
    fileXlsx: 'Excel workbook',
    filePdf: 'PDF document',
    fileJson: 'JSON file',
  },
} satisfies Record<Lang, Labels>;

/** Language names are shown in their own language, so anyone can find theirs. */
export const LANGUAGE_NAMES = { nb: 'Norsk bokmål', en: 'English' } satisfies Record<Lang, string>;
