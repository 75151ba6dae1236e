import { useTranslation } from 'react-i18next';
import type { FeedbackImportField } from '../../../shared/types-feedback';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { useFormat } from '../../lib/format';
import { MappedImport } from '../import/MappedImport';

const FIELDS: readonly FeedbackImportField[] = ['unit', 'kind', 'title', 'description', 'raisedBy', 'stage', 'date'];
const REQUIRED: ReadonlySet<FeedbackImportField> = new Set(['unit', 'kind', 'title']);

/** A survey run in another tool, brought in as entries: CSV or Excel, all or nothing. */
export function FeedbackImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const announce = useAnnounce();
  const importer = useAction('feedback.import');
  return (
    <MappedImport
      headingId="feedback-import-heading"
      title={t('import.title')}
      openLabel={t('import.open')}
      intro={t('import.intro')}
      mappingIntro={t('import.mappingIntro')}
      preview="feedback.importPreview"
      fields={FIELDS}
      required={REQUIRED}
      pending={importer.pending}
      error={importer.error}
      onImport={async (file, mapping) => {
        const result = await importer.run({ ...file, mapping });
        if (!result.ok) return false;
        announce(t('import.done', { count: result.value.created, n: format.number(result.value.created) }));
        onImported();
        return true;
      }}
    />
  );
}
