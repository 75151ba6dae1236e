import { useTranslation } from 'react-i18next';
import type { UsageImportField } from '../../../shared/types-usage';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { MappedImport } from '../import/MappedImport';
import { NOT_IN_FILE } from '../import/ColumnMapping';
import { useUsageFormat } from './useUsageFormat';

const FIELDS: readonly UsageImportField[] = ['unit', 'person', 'month', 'activeUsers', 'signIns'];
const PER_UNIT: ReadonlySet<UsageImportField> = new Set(['unit', 'month', 'activeUsers', 'signIns']);
const PER_PERSON: ReadonlySet<UsageImportField> = new Set(['person', 'month', 'signIns']);

/** The CRM's usage export, per unit or per person and month: CSV or Excel, all or nothing. */
export function UsageImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('usage');
  const f = useUsageFormat();
  const announce = useAnnounce();
  const importer = useAction('usage.import');
  return (
    <MappedImport
      headingId="usage-import-heading"
      title={t('import.title')}
      openLabel={t('import.open')}
      intro={t('import.intro')}
      mappingIntro={t('import.mappingIntro')}
      preview="usage.importPreview"
      fields={FIELDS}
      // A person column makes it a person file; the unit and active-user columns are then not needed.
      required={(mapping) => (mapping.person !== NOT_IN_FILE ? PER_PERSON : PER_UNIT)}
      pending={importer.pending}
      error={importer.error}
      onImport={async (file, mapping) => {
        const result = await importer.run({ ...file, mapping });
        if (!result.ok) return false;
        const { rows, months } = result.value;
        announce(t('import.done', { count: rows, n: f.number(rows), months: months.map(f.month).join(', ') }));
        onImported();
        return true;
      }}
    />
  );
}
