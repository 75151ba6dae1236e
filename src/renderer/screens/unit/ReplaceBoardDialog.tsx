import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RoleDto } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { endFromLastDay, lastDayFits } from '../../lib/lastDay';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';
import { BoardEnding } from './BoardEnding';
import { FormDateInput } from '../../components/FormDateInput';
import type { Undoable } from '../../../shared/types-undo';

interface ReplaceBoardDialogProps {
  unit: { id: number; name: string };
  roles: RoleDto[];
  today: string;
  onClose: () => void;
  onReplaced: (summary: { ended: number; added: number } & Undoable) => void;
}

interface Row {
  person: PickedPerson | null;
  roleId: string;
  /** The last day the new holder has the role; '' for no end. */
  lastDay: string;
}

interface Values {
  date: string;
  rows: Row[];
}

/**
 * After an annual meeting, in one step: the new board starts on the date, and
 * the holders of board roles at the unit have the day before as their last day.
 * The date is where one board hands over to the next, so it is sent as it is:
 * the old holders' stored, exclusive end and the new holders' start.
 */
export function ReplaceBoardDialog({ unit, roles, today, onClose, onReplaced }: ReplaceBoardDialogProps) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const replace = useAction('assignments.replaceBoard');
  const firstRole = roles[0] ? String(roles[0].id) : '';
  const {
    control,
    register,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { date: today, rows: [{ person: null, roleId: firstRole, lastDay: '' }] } });
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' });
  const date = useWatch({ control, name: 'date' });

  const submit = handleSubmit(async (values) => {
    const result = await replace.run({
      unitId: unit.id,
      date: values.date,
      assignments: values.rows.flatMap((row) =>
        row.person ? [{ personId: row.person.id, roleId: Number(row.roleId), endDate: endFromLastDay(row.lastDay) }] : [],
      ),
    });
    if (result.ok) onReplaced(result.value);
  });

  const required = { value: true, message: t('form.required') };
  return (
    <Dialog title={t('board.title', { name: unit.name })} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog-body">{t('board.intro')}</p>
        <Field id="board-date" label={t('board.date')} error={errors.date?.message} hint={t('board.dateHint')} required>
          {(c) => <FormDateInput {...c} control={control} name="date" data-autofocus rules={{ required }} />}
        </Field>
        <BoardEnding unitId={unit.id} date={date} roles={roles} />
        <fieldset className="board-rows">
          <legend>{t('board.newBoard')}</legend>
          {fields.length === 0 ? <p className="muted">{t('board.noRows')}</p> : null}
          {fields.map((field, i) => (
            <div key={field.id} className="board-row" role="group" aria-label={t('board.rowLabel', { n: i + 1 })}>
              <Controller
                control={control}
                name={`rows.${i}.person`}
                rules={{ validate: (v) => v !== null || t('assign.pickPerson') }}
                render={({ field: f, fieldState }) => (
                  <PersonPicker label={t('board.rowPerson', { n: i + 1 })} value={f.value} onChange={f.onChange} homeUnitId={unit.id} required error={fieldState.error?.message} />
                )}
              />
              <div className="field-row field-row-2">
                <Field id={`board-role-${i}`} label={t('board.rowRole', { n: i + 1 })} required>
                  {(c) => (
                    <select {...c} className="input" {...register(`rows.${i}.roleId`, { required })}>
                      {roles.map((role) => (
                        <option key={role.id} value={String(role.id)}>
                          {text.roleName(role)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={`board-end-${i}`} label={t('board.rowEnd', { n: i + 1 })} error={errors.rows?.[i]?.lastDay?.message}>
                  {(c) => (
                    <FormDateInput
                      {...c}
                      control={control}
                      name={`rows.${i}.lastDay`}
                      rules={{ validate: (v) => lastDayFits(v, getValues('date')) || t('board.rowEndBeforeDate', { n: i + 1 }) }}
                    />
                  )}
                </Field>
              </div>
              <button type="button" className="button button-small button-danger-quiet" onClick={() => remove(i)}>
                {t('board.removeRow', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => append({ person: null, roleId: firstRole, lastDay: '' })}>
            {t('board.addRow')}
          </button>
        </fieldset>
        <ErrorMessage error={replace.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={replace.pending}>
            {t('board.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
