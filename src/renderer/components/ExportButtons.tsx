import { useTranslation } from 'react-i18next';
import type { ApiError, Envelope } from '../../shared/errors';
import type { ExportedFile } from '../../shared/types';
import { saveFile } from '../lib/saveFile';
import { useAnnounce } from './Announcer';
import { ErrorMessage } from './ErrorMessage';

interface ExportButtonsProps {
  /** What is exported, for the buttons' names: "Export people as CSV". */
  what: string;
  run: (format: 'csv' | 'xlsx') => Promise<Envelope<ExportedFile>>;
  pending: boolean;
  error: ApiError | null;
}

/** A CSV and an Excel button for one export; the saved file is announced. */
export function ExportButtons({ what, run, pending, error }: ExportButtonsProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await run(format);
    if (!result.ok) return;
    const where = await saveFile(result.value);
    if (where) announce(t('export.saved', { file: where }));
  };
  return (
    <div className="export-buttons">
      <div className="button-row compact">
        <button type="button" className="button" onClick={() => void exportAs('csv')} disabled={pending}>
          {t('export.csv', { what })}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('xlsx')} disabled={pending}>
          {t('export.xlsx', { what })}
        </button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
