import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow, RoleDto } from '../../../shared/types-ownership';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { endFromLastDay, lastDayFits } from '../../lib/lastDay';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';
import { FormDateInput } from '../../components/FormDateInput';

interface AssignRoleDialogProps {
  unit: { id: number; name: string };
  /** Only the roles the catalog allows at this unit's level. */
  roles: RoleDto[];
  today: string;
  onClose: () => void;
  onAssigned: (row: AssignmentRow) => void;
}

interface Values {
  roleId: string;
  startDate: string;
  /** The last day the role is held, as people say it; '' for no end. */
  lastDay: string;
}

/** Give a person a role at this unit from a date, optionally through a last day. */
export function AssignRoleDialog({ unit, roles, today, onClose, onAssigned }: AssignRoleDialogProps) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const assign = useAction('assignments.create');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [personError, setPersonError] = useState<string | undefined>(undefined);
  const {
    register,
    control: formControl,
    handleSubmit,
    getValues,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { roleId: roles[0] ? String(roles[0].id) : '', startDate: today, lastDay: '' } });

  const submit = handleSubmit(async (values) => {
    if (!person) {
      setPersonError(t('assign.pickPerson'));
      return;
    }
    const result = await assign.run({
      personId: person.id,
      roleId: Number(values.roleId),
      unitId: unit.id,
      startDate: values.startDate,
      endDate: endFromLastDay(values.lastDay),
    });
    if (result.ok) onAssigned(result.value);
  });

  const required = { value: true, message: t('form.required') };
  return (
    <Dialog title={t('assign.title', { name: unit.name })} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PersonPicker
          label={t('assign.person')}
          value={person}
          homeUnitId={unit.id}
          autoFocus
          required
          error={personError}
          onChange={(picked) => {
            setPerson(picked);
            setPersonError(undefined);
            assign.reset();
          }}
        />
        {roles.length === 0 ? <p className="muted">{t('assign.noRoles')}</p> : null}
        <Field id="assign-role" label={t('assign.role')} error={errors.roleId?.message} required>
          {(control) => (
            <select {...control} className="input" {...register('roleId', { required })}>
              {roles.map((role) => (
                <option key={role.id} value={String(role.id)}>
                  {text.roleName(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row field-row-2">
          <Field id="assign-start" label={t('assign.startDate')} error={errors.startDate?.message} required>
            {(control) => (
              // deps: moving the start re-checks the last day against it.
              <FormDateInput {...control} control={formControl} name="startDate" rules={{ required, deps: ['lastDay'] }} />
            )}
          </Field>
          <Field id="assign-end" label={t('assign.endDate')} error={errors.lastDay?.message} hint={t('assign.endHint')}>
            {(control) => (
              <FormDateInput
                {...control}
                control={formControl}
                name="lastDay"
                rules={{ validate: (v) => lastDayFits(v, getValues('startDate')) || t('assign.lastDayBeforeStart') }}
              />
            )}
          </Field>
        </div>
        <ErrorMessage error={assign.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={assign.pending || roles.length === 0}>
            {t('assign.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
