import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { routeHref } from '../../lib/navigation';
import { saveFile } from '../../lib/saveFile';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { AssignmentHistory } from './AssignmentHistory';
import { PersonFacts } from './PersonFacts';
import { PersonFormDialog } from './PersonFormDialog';
import { PersonTags } from './PeopleTable';

type Open = 'none' | 'edit' | 'erase';

/** One person: details, their roles over time, and the data-protection requests (export, erase). */
export function PersonView({ id }: { id: number }) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>('none');
  const person = useQuery('people.get', { id });
  const exporter = useAction('people.exportData');
  const eraser = useAction('people.erase');
  const data = person.data?.id === id ? person.data : undefined;
  const name = data ? text.personName(data.name) : '';

  const exportData = async () => {
    const result = await exporter.run({ id });
    if (!result.ok) return;
    const where = await saveFile(result.value);
    if (where) announce(t('export.saved', { file: where }));
  };

  const erase = async () => {
    const result = await eraser.run({ id });
    if (!result.ok) return;
    setOpen('none');
    announce(t('person.erase.done'));
    person.reload();
  };

  return (
    <div className="screen person-screen">
      <a className="back-link" href={routeHref('people')}>
        {t('person.back')}
      </a>
      {data ? (
        <>
          <div className="screen-head">
            <PageTitle title={name}>
              <PersonTags person={data} />
            </PageTitle>
            <div className="button-row compact">
              {data.erased ? null : (
                <button type="button" className="button" onClick={() => setOpen('edit')}>
                  {t('common:action.edit')}
                </button>
              )}
              <button type="button" className="button" onClick={() => void exportData()} disabled={exporter.pending}>
                {t('person.exportData')}
              </button>
              {data.erased ? null : (
                <button type="button" className="button button-danger-quiet" onClick={() => setOpen('erase')}>
                  {t('person.erase.open')}
                </button>
              )}
            </div>
          </div>
          <ErrorMessage error={exporter.error} />
          {data.erased ? <p className="notice">{t('person.erasedNotice')}</p> : null}
          <PersonFacts person={data} />
          <AssignmentHistory rows={data.assignments} />
        </>
      ) : person.error ? (
        <ErrorMessage error={person.error} />
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
      {open === 'edit' && data ? (
        <PersonFormDialog
          person={data}
          onClose={() => setOpen('none')}
          onSaved={(saved) => {
            setOpen('none');
            announce(t('people.saved', { name: saved.name }));
            person.reload();
          }}
        />
      ) : null}
      {open === 'erase' && data ? (
        <ConfirmDialog
          title={t('person.erase.title', { name })}
          body={t('person.erase.body')}
          confirmLabel={t('person.erase.confirm')}
          onConfirm={() => void erase()}
          onCancel={() => {
            eraser.reset();
            setOpen('none');
          }}
          pending={eraser.pending}
          error={eraser.error}
          danger
        />
      ) : null}
    </div>
  );
}
