import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/types';

/** What any import preview (units, people) tells about the file. */
type FilePreview = Pick<ImportPreview, 'encoding' | 'separator' | 'format' | 'headers' | 'sampleRows' | 'rowCount'>;
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

type Row = string[];

const ENCODING_KEYS = {
  'utf-8': 'import.encoding.utf8', 'windows-1252': 'import.encoding.windows1252', 'utf-16': 'import.encoding.utf16',
} as const;

/** What the app made of the file: encoding, separator, row count, and its first rows. */
export function PreviewSummary({ fileName, preview }: { fileName: string; preview: FilePreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Array<ColumnDef<Row>> = preview.headers.map((header, i) => ({
    id: `c${i}`,
    header: header || t('import.unnamedColumn', { n: i + 1 }),
    accessorFn: (row: Row) => row[i] ?? '',
  }));
  const caption = t('import.sampleCaption', { count: preview.sampleRows.length, n: format.number(preview.sampleRows.length) });
  const separator = preview.separator === null ? t('import.separator.none') : t(`import.separator.${separatorKey(preview.separator)}`);
  return (
    <section className="panel" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('import.step.preview')}</h2>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('import.summary.file')}</dt>
          <dd>{fileName}</dd>
        </div>
        <div>
          <dt>{t('import.summary.format')}</dt>
          <dd>{preview.format.toUpperCase()}</dd>
        </div>
        {preview.format === 'csv' ? (
          <>
            <div>
              <dt>{t('import.summary.encoding')}</dt>
              <dd>{t(ENCODING_KEYS[preview.encoding])}</dd>
            </div>
            <div>
              <dt>{t('import.summary.separator')}</dt>
              <dd>{separator}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('import.summary.rows')}</dt>
          <dd>{format.number(preview.rowCount)}</dd>
        </div>
      </dl>
      {/* Wide files scroll sideways; the region is focusable so keyboard users can scroll it too. */}
      <TableScroll label={caption}>
        <DataTable data={preview.sampleRows} columns={columns} caption={caption} className="preview-table" />
      </TableScroll>
    </section>
  );
}

function separatorKey(separator: ',' | ';' | '\t'): 'comma' | 'semicolon' | 'tab' {
  if (separator === ',') return 'comma';
  if (separator === ';') return 'semicolon';
  return 'tab';
}
