import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { ExportButtons } from '../../components/ExportButtons';
import { useLanguage } from '../../i18n/useLanguage';
import { routeHref } from '../../lib/navigation';

/** Import people, and export people or assignments as CSV or Excel. */
export function PeopleToolbar() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const people = useAction('people.export');
  const assignments = useAction('assignments.export');
  return (
    <div className="people-toolbar">
      <a className="button" href={routeHref('people-import')}>
        {t('people.import')}
      </a>
      <ExportButtons what={t('people.exportWhat')} run={(format) => people.run({ format, lang })} pending={people.pending} error={people.error} />
      <ExportButtons
        what={t('people.exportAssignmentsWhat')}
        run={(format) => assignments.run({ format, lang })}
        pending={assignments.pending}
        error={assignments.error}
      />
    </div>
  );
}
