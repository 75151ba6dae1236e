import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export const NOT_IN_FILE = '';

interface ColumnMappingProps<F extends string> {
  fields: readonly F[];
  required: ReadonlySet<F>;
  headers: string[];
  /** The form's registration of one field's select. */
  register: (field: F) => UseFormRegisterReturn;
  errorFor: (field: F) => string | undefined;
  intro: string;
}

/** "Which column holds what": one select per field, listing the file's column headers. */
export function ColumnMapping<F extends string>({ fields, required, headers, register, errorFor, intro }: ColumnMappingProps<F>) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="import-mapping-heading">
      <h2 id="import-mapping-heading">{t('import.step.mapping')}</h2>
      <p className="muted">{intro}</p>
      <div className="mapping-grid">
        {fields.map((field) => (
          <Field key={field} id={`map-${field}`} label={t(fieldKey(field))} error={errorFor(field)} required={required.has(field)}>
            {(control) => (
              <select {...control} className="input" {...register(field)}>
                <option value={NOT_IN_FILE}>{t('import.notInFile')}</option>
                {headers.map((header, i) => (
                  <option key={i} value={String(i)}>
                    {header || t('import.unnamedColumn', { n: i + 1 })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
    </section>
  );
}

/** The preview's guessed column per field, as select values. */
export function mappingDefaults<F extends string>(fields: readonly F[], mapping: Record<F, number | null>): Record<F, string> {
  return Object.fromEntries(fields.map((f) => [f, mapping[f] === null ? NOT_IN_FILE : String(mapping[f])])) as Record<F, string>;
}

/** Select values back to column indexes (null = not in the file). */
export function mappingValues<F extends string>(fields: readonly F[], values: Record<F, string>): Record<F, number | null> {
  return Object.fromEntries(fields.map((f) => [f, values[f] === NOT_IN_FILE ? null : Number(values[f])])) as Record<F, number | null>;
}

function fieldKey(field: string): string {
  return `import.field.${field}`;
}
