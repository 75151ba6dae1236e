import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamsOf, ResultOf } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { MAX_FILE_BYTES } from '../../../shared/limits';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { fileToBase64 } from '../../lib/base64';
import { useFormat } from '../../lib/format';

export interface LoadedFile {
  fileName: string;
  base64: string;
}

export type PreviewMethod = 'units.importPreview' | 'people.importPreview' | 'feedback.importPreview' | 'usage.importPreview';

export interface ImportFile<K extends PreviewMethod> {
  loaded: { file: LoadedFile; preview: ResultOf<K> } | null;
  pick: (picked: File | undefined) => Promise<void>;
  pending: boolean;
  error: ApiError | null;
}

/** Reads a picked file and asks the core what it makes of it (encoding, columns, rows). */
export function useImportFile<K extends PreviewMethod>(method: K): ImportFile<K> {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const previewer = useAction(method);
  const [loaded, setLoaded] = useState<ImportFile<K>['loaded']>(null);
  const [readError, setReadError] = useState<ApiError | null>(null);

  const pick = async (picked: File | undefined) => {
    setLoaded(null);
    setReadError(null);
    if (!picked) return;
    if (picked.size > MAX_FILE_BYTES) {
      setReadError({ code: 'PAYLOAD_TOO_LARGE', message: 'File too large' });
      return;
    }
    const file = { fileName: picked.name, base64: await fileToBase64(picked) };
    // Both preview methods take the same file input and report a row count; TypeScript cannot see that through K.
    const result = await previewer.run(file as ParamsOf<K>);
    if (!result.ok) return;
    const preview = result.value as ResultOf<K> & { rowCount: number };
    setLoaded({ file, preview });
    announce(t('import.previewReady', { count: preview.rowCount, n: format.number(preview.rowCount) }));
  };

  return { loaded, pick, pending: previewer.pending, error: previewer.error ?? readError };
}
