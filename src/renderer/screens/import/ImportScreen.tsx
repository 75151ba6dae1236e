import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { ImportPreview } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { fileToBase64 } from '../../lib/base64';
import { useFormat } from '../../lib/format';
import { navigate, routeHref } from '../../lib/navigation';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import { ImportForm } from './ImportForm';
import { PreviewSummary } from './PreviewSummary';


export interface LoadedFile {
  fileName: string;
  base64: string;
}

/** Import units from a CSV or Excel file: pick, check the preview and mapping, then import all or nothing. */
export function ImportScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const inputId = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [readError, setReadError] = useState<ApiError | null>(null);
  const previewer = useAction('units.importPreview');

  const onPick = async (picked: File | undefined) => {
    setFile(null);
    setPreview(null);
    setReadError(null);
    if (!picked) return;
    if (picked.size > MAX_FILE_BYTES) {
      setReadError({ code: 'PAYLOAD_TOO_LARGE', message: 'File too large' });
      return;
    }
    const loaded = { fileName: picked.name, base64: await fileToBase64(picked) };
    const result = await previewer.run(loaded);
    if (!result.ok) return;
    setFile(loaded);
    setPreview(result.value);
    announce(t('import.previewReady', { count: result.value.rowCount, n: format.number(result.value.rowCount) }));
  };

  return (
    <div className="screen import-screen">
      <div className="screen-head">
        <PageTitle title={t('import.title')} />
        <a className="button" href={routeHref('organization')}>
          {t('import.backToOrg')}
        </a>
      </div>
      <p className="lead">{t('import.intro')}</p>

      <section className="panel" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">{t('import.step.file')}</h2>
        <div className="field">
          <label htmlFor={inputId} className="field-label">
            {t('import.fileLabel')}
          </label>
          <p className="field-hint" id={`${inputId}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={inputId}
            type="file"
            className="file-input"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => void onPick(event.target.files?.[0])}
          />
        </div>
        {previewer.pending ? <p className="muted">{t('import.reading')}</p> : null}
        <ErrorMessage error={previewer.error ?? readError} />
      </section>

      {file && preview ? (
        <>
          <PreviewSummary fileName={file.fileName} preview={preview} />
          <ImportForm
            key={file.fileName + file.base64.length}
            file={file}
            preview={preview}
            onImported={(result) => {
              announce(t('import.done', { created: format.number(result.created), updated: format.number(result.updated) }));
              navigate('organization');
            }}
          />
        </>
      ) : null}
    </div>
  );
}
