import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useFormat } from '../../lib/format';
import { endFromLastDay, lastDayFits, proposedLastDay } from '../../lib/lastDay';
import { FormDateInput } from '../../components/FormDateInput';
import type { Undoable } from '../../../shared/types-undo';

interface EndAssignmentDialogProps {
  assignmentId: number;
  /** "Kari Nordmann as super-user in Herøy", for the title. */
  personName: string;
  roleName: string;
  /** The assignment's start: the earliest possible last day. */
  startDate: string;
  today: string;
  onClose: () => void;
  onEnded: (row: AssignmentRow & Undoable) => void;
}

/** End one assignment after a last day. It stays in the history. */
export function EndAssignmentDialog({ assignmentId, personName, roleName, startDate, today, onClose, onEnded }: EndAssignmentDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = useAction('assignments.end');
  const {
    control: formControl,
    handleSubmit,
    formState: { errors },
  } = useForm<{ lastDay: string }>({ defaultValues: { lastDay: proposedLastDay(today, startDate) } });

  const submit = handleSubmit(async ({ lastDay }) => {
    const endDate = endFromLastDay(lastDay);
    if (endDate === null) return;
    const result = await end.run({ id: assignmentId, endDate });
    if (result.ok) onEnded(result.value);
  });

  return (
    <Dialog title={t('endAssignment.title', { name: personName, role: roleName })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog-body">{t('endAssignment.body')}</p>
        <Field id="end-date" label={t('endAssignment.date')} error={errors.lastDay?.message} hint={t('endAssignment.hint')} required>
          {(control) => (
            <FormDateInput
              {...control}
              control={formControl}
              name="lastDay"
              data-autofocus
              rules={{
                required: { value: true, message: t('form.required') },
                validate: (v) => lastDayFits(v, startDate) || t('endAssignment.beforeStart', { start: format.date(startDate) }),
              }}
            />
          )}
        </Field>
        <ErrorMessage error={end.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={end.pending}>
            {t('endAssignment.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
