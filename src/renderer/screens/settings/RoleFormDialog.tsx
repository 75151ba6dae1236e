import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import type { Level } from '../../../shared/types';
import type { RoleDto } from '../../../shared/types-ownership';
import { ACCESS_LEVELS, type AccessLevel } from '../../../shared/access';
import { useClient } from '../../api/ClientContext';
import { BilingualNameFields, bilingualNameDefaults, bilingualNameInput } from '../../components/BilingualNameFields';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/Field';
import { useOwnershipText } from '../ownership/useOwnershipText';
import { levelRanks } from './levelRanks';

interface RoleFormDialogProps {
  /** Absent: a new role. */
  role?: RoleDto;
  levels: Level[];
  onClose: () => void;
  onSaved: (role: RoleDto) => void;
}

interface Values {
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
  /** Elected at the annual meeting: «Bytt styre» ends it. */
  board: boolean;
  accessLevel: AccessLevel;
  canExport: boolean;
  /** One per rank row, in order. */
  ranks: Array<{ applies: boolean; minimum: string }>;
}

/** A role's names and descriptions in both languages, and the levels where it applies with their minimums. */
export function RoleFormDialog({ role, levels, onClose, onSaved }: RoleFormDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const text = useOwnershipText();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [rankError, setRankError] = useState<string | undefined>(undefined);
  const ranks = levelRanks(levels, role?.requirements ?? [], (rank) => t('roles.unnamedLevel', { n: rank + 1 }));
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      ...bilingualNameDefaults(role),
      board: role?.board ?? false,
      accessLevel: role?.accessLevel ?? 'read',
      canExport: role?.canExport ?? false,
      ranks: ranks.map((r) => {
        const req = role?.requirements.find((q) => q.levelRank === r.rank);
        return { applies: req !== undefined, minimum: String(req?.minimum ?? 1) };
      }),
    },
  });

  const applied = useWatch({ control, name: 'ranks' });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const requirements = ranks.flatMap((r, i) => {
      const row = values.ranks[i];
      return row?.applies ? [{ levelRank: r.rank, minimum: Number(row.minimum) }] : [];
    });
    if (requirements.length === 0) {
      setRankError(t('roles.form.pickLevel'));
      return;
    }
    setRankError(undefined);
    const fields = {
      ...bilingualNameInput(values),
      // Sent on every save: the contract's default would otherwise unmark a board role on edit.
      board: values.board,
      accessLevel: values.accessLevel,
      canExport: values.canExport,
      requirements,
    };
    const result = role ? await client.call('roles.update', { id: role.id, ...fields }) : await client.call('roles.create', fields);
    if (result.ok) onSaved(result.value);
    else setServerError(result.error);
  });

  return (
    <Dialog title={role ? t('roles.form.editTitle', { name: text.roleName(role) }) : t('roles.form.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <BilingualNameFields
          idPrefix="role"
          labels={{ nameNb: t('roles.field.nameNb'), nameEn: t('roles.field.nameEn'), descriptionNb: t('roles.field.descriptionNb'), descriptionEn: t('roles.field.descriptionEn') }}
          register={register}
          errors={errors}
        />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" aria-describedby="role-board-hint" {...register('board')} />
            {t('roles.form.board')}
          </label>
          <p id="role-board-hint" className="field-hint">
            {t('roles.form.boardHint')}
          </p>
        </div>
        <Field id="role-access" label={t('roles.form.access')} hint={t('roles.form.accessHint')}>
          {(c) => (
            <select {...c} className="input" {...register('accessLevel')}>
              {ACCESS_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`roles.access.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" aria-describedby="role-export-hint" {...register('canExport')} />
            {t('roles.form.canExport')}
          </label>
          <p id="role-export-hint" className="field-hint">
            {t('roles.form.canExportHint')}
          </p>
        </div>
        <fieldset className="role-levels" aria-describedby={rankError ? 'role-levels-error' : 'role-levels-hint'}>
          <legend>{t('roles.form.levels')}</legend>
          <p id="role-levels-hint" className="field-hint">
            {t('roles.form.levelsHint')}
          </p>
          {ranks.map((r, i) => (
            <div key={r.rank} className="role-level-row">
              <label className="checkbox">
                <input type="checkbox" {...register(`ranks.${i}.applies`)} />
                {t('roles.form.appliesAt', { level: r.name })}
              </label>
              <Field id={`role-min-${r.rank}`} label={t('roles.form.minimumAt', { level: r.name })} error={errors.ranks?.[i]?.minimum?.message}>
                {(c) => (
                  <input
                    {...c}
                    type="number"
                    min={0}
                    max={50}
                    className="input input-number"
                    {...register(`ranks.${i}.minimum`, {
                      disabled: !applied[i]?.applies,
                      validate: (v) => (/^\d{1,2}$/.test(v) && Number(v) <= 50) || t('roles.form.badMinimum'),
                    })}
                  />
                )}
              </Field>
            </div>
          ))}
          {rankError ? (
            <p id="role-levels-error" className="field-error">
              {rankError}
            </p>
          ) : null}
        </fieldset>
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={role ? t('common:action.save') : t('roles.form.create')} />
      </form>
    </Dialog>
  );
}
