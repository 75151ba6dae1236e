import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportResult, Level } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFormat } from '../../lib/format';
import { ColumnMapping, mappingDefaults, mappingValues, NOT_IN_FILE } from './ColumnMapping';

const FIELDS: readonly ImportField[] = ['code', 'name', 'parent', 'level', 'members', 'contactNotes'];
const REQUIRED: ReadonlySet<ImportField> = new Set(['code', 'name']);
const NEW_LEVEL = 'new';

interface FormValues {
  mapping: Record<ImportField, string>;
  /** One per level name in the file, in preview order: an existing level id, or NEW_LEVEL. */
  levels: string[];
}

interface ImportFormProps {
  file: { fileName: string; base64: string };
  preview: ImportPreview;
  onImported: (result: ImportResult) => void;
}

/** Which column holds what, and what the file's level names mean here; then the import itself. */
export function ImportForm(props: ImportFormProps) {
  const { t } = useTranslation();
  const existing = useQuery('levels.list', {});
  // The level selects need their options before the form sets their initial values.
  if (!existing.data) return existing.error ? <ErrorMessage error={existing.error} /> : <p className="muted">{t('common:loading')}</p>;
  return <MappingForm {...props} levels={existing.data} />;
}

function MappingForm({ file, preview, onImported, levels }: ImportFormProps & { levels: Level[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const importer = useAction('units.import');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues>({
    defaultValues: {
      mapping: mappingDefaults(FIELDS, preview.mapping),
      levels: preview.levels.map((l) => (l.levelId === null ? NEW_LEVEL : String(l.levelId))),
    },
  });

  const submit = handleSubmit(async (values) => {
    const mapping = mappingValues(FIELDS, values.mapping);
    const levelMap = Object.fromEntries(
      preview.levels.map((l, i) => [l.name, values.levels[i] === NEW_LEVEL || values.levels[i] === undefined ? null : Number(values.levels[i])]),
    );
    const result = await importer.run({ ...file, mapping, levelMap });
    if (result.ok) onImported(result.value);
  });

  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
      <ColumnMapping
        fields={FIELDS}
        required={REQUIRED}
        headers={preview.headers}
        intro={t('import.mappingIntro')}
        errorFor={(field) => errors.mapping?.[field]?.message}
        register={(field) =>
          register(`mapping.${field}`, { validate: (v) => !REQUIRED.has(field) || v !== NOT_IN_FILE || t('import.mappingRequired') })
        }
      />

      <section className="panel" aria-labelledby="import-levels-heading">
        <h2 id="import-levels-heading">{t('import.step.levels')}</h2>
        {preview.levels.length === 0 ? (
          <p className="muted">{t('import.noLevelsInFile')}</p>
        ) : (
          <div className="mapping-grid">
            {preview.levels.map((level, i) => (
              <Field
                key={level.name}
                id={`level-${i}`}
                label={t('import.levelLabel', { name: level.name, count: level.count, n: format.number(level.count) })}
              >
                {(control) => (
                  <select {...control} className="input" {...register(`levels.${i}`)}>
                    <option value={NEW_LEVEL}>{t('import.createLevel', { name: level.name })}</option>
                    {levels.map((l) => (
                      <option key={l.id} value={String(l.id)}>
                        {t('import.useLevel', { name: l.name })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
        )}
      </section>

      <div className="import-submit">
        <ErrorMessage error={importer.error} />
        <button type="submit" className="button button-primary" disabled={importer.pending}>
          {importer.pending ? t('import.importing') : t('import.submit', { count: preview.rowCount, n: format.number(preview.rowCount) })}
        </button>
      </div>
    </form>
  );
}
