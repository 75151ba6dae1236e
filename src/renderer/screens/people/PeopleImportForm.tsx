import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PeopleImportField, PeopleImportPreview, PeopleImportResult } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { ColumnMapping, mappingDefaults, mappingValues, NOT_IN_FILE } from '../import/ColumnMapping';
import type { LoadedFile } from '../import/useImportFile';

const FIELDS: readonly PeopleImportField[] = ['name', 'email', 'phone', 'homeUnit', 'note', 'role', 'unit', 'startDate', 'endDate'];
const REQUIRED: ReadonlySet<PeopleImportField> = new Set(['name']);

interface PeopleImportFormProps {
  file: LoadedFile;
  preview: PeopleImportPreview;
  onImported: (result: PeopleImportResult) => void;
}

/** Which column holds what; then the import, which saves everything or nothing. */
export function PeopleImportForm({ file, preview, onImported }: PeopleImportFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const importer = useAction('people.import');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<{ mapping: Record<PeopleImportField, string> }>({ defaultValues: { mapping: mappingDefaults(FIELDS, preview.mapping) } });

  const submit = handleSubmit(async (values) => {
    const result = await importer.run({ ...file, mapping: mappingValues(FIELDS, values.mapping) });
    if (result.ok) onImported(result.value);
  });

  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
      <ColumnMapping
        fields={FIELDS}
        required={REQUIRED}
        headers={preview.headers}
        intro={t('peopleImport.mappingIntro')}
        errorFor={(field) => errors.mapping?.[field]?.message}
        register={(field) =>
          register(`mapping.${field}`, { validate: (v) => !REQUIRED.has(field) || v !== NOT_IN_FILE || t('import.mappingRequired') })
        }
      />
      <div className="import-submit">
        <ErrorMessage error={importer.error} />
        <button type="submit" className="button button-primary" disabled={importer.pending}>
          {importer.pending ? t('import.importing') : t('import.submit', { count: preview.rowCount, n: format.number(preview.rowCount) })}
        </button>
      </div>
    </form>
  );
}
