import { useTranslation } from 'react-i18next';
import { PEOPLE_IMPORT_FIELDS, type PeopleImportField, type PeopleImportPreview, type PeopleImportResult } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { MappedImportForm } from '../import/MappedImport';
import type { LoadedFile } from '../import/useImportFile';

const REQUIRED: ReadonlySet<PeopleImportField> = new Set(['name']);

interface PeopleImportFormProps {
  file: LoadedFile;
  preview: PeopleImportPreview;
  onImported: (result: PeopleImportResult) => void;
}

/** Which column holds what; then the import, which saves everything or nothing. */
export function PeopleImportForm({ file, preview, onImported }: PeopleImportFormProps) {
  const { t } = useTranslation();
  const importer = useAction('people.import');
  return (
    <MappedImportForm
      fields={PEOPLE_IMPORT_FIELDS}
      required={REQUIRED}
      mappingIntro={t('peopleImport.mappingIntro')}
      file={file}
      guessed={preview.mapping}
      headers={preview.headers}
      rowCount={preview.rowCount}
      pending={importer.pending}
      error={importer.error}
      onImport={async (picked, mapping) => {
        const result = await importer.run({ ...picked, mapping });
        if (result.ok) onImported(result.value);
        return result.ok;
      }}
      onDone={() => undefined}
    />
  );
}
