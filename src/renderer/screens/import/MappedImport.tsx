// One import panel for the files that map columns to fields and come in whole or not at
// all («Innspill», «Bruk»): open, pick a file, the core's preview, the column mapping, import.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { ColumnMapping, mappingDefaults, mappingValues, NOT_IN_FILE } from './ColumnMapping';
import { ImportFileStep } from './ImportFileStep';
import { PreviewSummary } from './PreviewSummary';
import { useImportFile, type LoadedFile, type PreviewMethod } from './useImportFile';

export interface MappedImportProps<F extends string> {
  headingId: string;
  title: string;
  openLabel: string;
  intro: string;
  mappingIntro: string;
  preview: PreviewMethod;
  fields: readonly F[];
  /** Fields that must be mapped; a function when that depends on the other choices. */
  required: ReadonlySet<F> | ((mapping: Record<F, string>) => ReadonlySet<F>);
  /** Runs the import; true when the file came in (the panel then closes). */
  onImport: (file: LoadedFile, mapping: Record<F, number | null>) => Promise<boolean>;
  pending: boolean;
  error: ApiError | null;
}

export function MappedImport<F extends string>(props: MappedImportProps<F>) {
  const [open, setOpen] = useState(false);
  const { loaded, pick, pending, error } = useImportFile(props.preview);
  return (
    <section className="panel" aria-labelledby={props.headingId}>
      <h2 id={props.headingId} className="panel-title">{props.title}</h2>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>{props.openLabel}</button>
      {open ? (
        <>
          <p className="muted">{props.intro}</p>
          <ImportFileStep onPick={(file) => void pick(file)} pending={pending} error={error} />
          {loaded ? (
            <>
              <PreviewSummary fileName={loaded.file.fileName} preview={loaded.preview} />
              <MappedImportForm
                key={loaded.file.fileName + loaded.file.base64.length}
                {...props}
                file={loaded.file}
                guessed={(loaded.preview as { mapping: Record<F, number | null> }).mapping}
                headers={(loaded.preview as { headers: string[] }).headers}
                rowCount={loaded.preview.rowCount}
                onDone={() => setOpen(false)}
              />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

export interface MappedImportFormProps<F extends string> extends Pick<MappedImportProps<F>, 'fields' | 'required' | 'mappingIntro' | 'onImport' | 'pending' | 'error'> {
  file: LoadedFile;
  guessed: Record<F, number | null>;
  headers: string[];
  rowCount: number;
  onDone: () => void;
}

/** The mapping step and the import button, for a file already read (the people import's screen uses it alone). */
export function MappedImportForm<F extends string>({ fields, required, mappingIntro, onImport, pending, error, file, guessed, headers, rowCount, onDone }: MappedImportFormProps<F>) {
  const { t } = useTranslation();
  const format = useFormat();
  // The form is typed by plain strings: react-hook-form cannot follow a generic field name.
  const { register, handleSubmit, control, formState: { errors } } = useForm<{ mapping: Record<string, string> }>({
    defaultValues: { mapping: mappingDefaults(fields, guessed) },
  });
  const requiredNow = (values: Record<string, string>) => (typeof required === 'function' ? required(values as Record<F, string>) : required);
  const current = requiredNow(useWatch({ control, name: 'mapping' }));
  const submit = handleSubmit(async (values) => {
    if (await onImport(file, mappingValues(fields, values.mapping as Record<F, string>))) onDone();
  });
  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
      <ColumnMapping
        fields={fields}
        required={current}
        headers={headers}
        intro={mappingIntro}
        errorFor={(field) => errors.mapping?.[field]?.message}
        register={(field) => register(`mapping.${field}`, {
          validate: (v, all) => !requiredNow(all.mapping).has(field) || v !== NOT_IN_FILE || t('import.mappingRequired'),
        })}
      />
      <div className="import-submit">
        <ErrorMessage error={error} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('import.importing') : t('import.submit', { count: rowCount, n: format.number(rowCount) })}
        </button>
      </div>
    </form>
  );
}
