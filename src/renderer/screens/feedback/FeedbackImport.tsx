import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FeedbackImportField, FeedbackImportPreview } from '../../../shared/types-feedback';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { ColumnMapping, mappingDefaults, mappingValues, NOT_IN_FILE } from '../import/ColumnMapping';
import { ImportFileStep } from '../import/ImportFileStep';
import { PreviewSummary } from '../import/PreviewSummary';
import { useImportFile, type LoadedFile } from '../import/useImportFile';

const FIELDS: readonly FeedbackImportField[] = ['unit', 'kind', 'title', 'description', 'raisedBy', 'stage', 'date'];
const REQUIRED: ReadonlySet<FeedbackImportField> = new Set(['unit', 'kind', 'title']);

/** A survey run in another tool, brought in as entries: CSV or Excel, all or nothing. */
export function FeedbackImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('feedback');
  const [open, setOpen] = useState(false);
  const { loaded, pick, pending, error } = useImportFile('feedback.importPreview');
  return (
    <section className="panel" aria-labelledby="feedback-import-heading">
      <h2 id="feedback-import-heading" className="panel-title">{t('import.title')}</h2>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>{t('import.open')}</button>
      {open ? (
        <>
          <p className="muted">{t('import.intro')}</p>
          <ImportFileStep onPick={(file) => void pick(file)} pending={pending} error={error} />
          {loaded ? (
            <>
              <PreviewSummary fileName={loaded.file.fileName} preview={loaded.preview} />
              <MappingForm key={loaded.file.fileName + loaded.file.base64.length} file={loaded.file} preview={loaded.preview} onImported={() => { setOpen(false); onImported(); }} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function MappingForm({ file, preview, onImported }: { file: LoadedFile; preview: FeedbackImportPreview; onImported: () => void }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const announce = useAnnounce();
  const importer = useAction('feedback.import');
  const { register, handleSubmit, formState: { errors } } = useForm<{ mapping: Record<FeedbackImportField, string> }>({
    defaultValues: { mapping: mappingDefaults(FIELDS, preview.mapping) },
  });
  const submit = handleSubmit(async (values) => {
    const result = await importer.run({ ...file, mapping: mappingValues(FIELDS, values.mapping) });
    if (!result.ok) return;
    announce(t('import.done', { count: result.value.created, n: format.number(result.value.created) }));
    onImported();
  });
  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
      <ColumnMapping
        fields={FIELDS}
        required={REQUIRED}
        headers={preview.headers}
        intro={t('import.mappingIntro')}
        errorFor={(field) => errors.mapping?.[field]?.message}
        register={(field) => register(`mapping.${field}`, { validate: (v) => !REQUIRED.has(field) || v !== NOT_IN_FILE || t('ui:import.mappingRequired') })}
      />
      <div className="import-submit">
        <ErrorMessage error={importer.error} />
        <button type="submit" className="button button-primary" disabled={importer.pending}>
          {importer.pending ? t('ui:import.importing') : t('ui:import.submit', { count: preview.rowCount, n: format.number(preview.rowCount) })}
        </button>
      </div>
    </form>
  );
}
