import { useTranslation } from 'react-i18next';
import type { TrainingSessionDetail } from '../../../shared/types-rollout';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useRolloutText } from '../dashboard/useRolloutText';

interface SessionDetailDialogProps {
  id: number;
  describe: (s: TrainingSessionDetail) => string;
  onClose: () => void;
  onEdit: () => void;
}

/** One session's facts and who attended. */
export function SessionDetailDialog({ id, describe, onClose, onEdit }: SessionDetailDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const session = useQuery('trainingSessions.get', { id });
  const s = session.data;
  return (
    <Dialog title={s ? describe(s) : t('training.detail.title')} onClose={onClose} wide>
      <ErrorMessage error={session.error} />
      {s ? (
        <>
          <dl className="facts facts-inline">
            <div>
              <dt>{t('training.field.type')}</dt>
              <dd>{text.name({ nameNb: s.typeNameNb, nameEn: s.typeNameEn })}</dd>
            </div>
            <div>
              <dt>{t('training.field.date')}</dt>
              <dd>{format.date(s.date)}</dd>
            </div>
            <div>
              <dt>{t('training.field.unit')}</dt>
              <dd>
                {s.unitName} <span className="code">{s.unitCode}</span>
              </dd>
            </div>
            <div>
              <dt>{t('training.field.format')}</dt>
              <dd>{t(`training.format.${s.format}`)}</dd>
            </div>
            <div>
              <dt>{t('training.field.trainer')}</dt>
              <dd>{s.trainer || '–'}</dd>
            </div>
          </dl>
          <h3>{t('training.detail.attendees', { count: s.attendees.length, n: format.number(s.attendees.length) })}</h3>
          {s.attendees.length === 0 ? (
            <p className="muted">{t('training.attendees.noneChosen')}</p>
          ) : (
            <ul className="plain-list attendee-names">
              {s.attendees.map((a) => (
                <li key={a.personId}>
                  {a.name || t('people.erasedName')}
                  {a.email ? <span className="muted"> · {a.email}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : session.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common:action.close')}
        </button>
        <button type="button" className="button button-primary" onClick={onEdit} disabled={!s}>
          {t('common:action.edit')}
        </button>
      </div>
    </Dialog>
  );
}
