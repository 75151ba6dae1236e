import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Level, UnitDetail } from '../../../shared/types';
import { useClient } from '../../api/ClientContext';
import { ErrorMessage, errorText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import type { ApiError } from '../../../shared/errors';
import { defaultLevelId } from './defaultLevel';

interface FormValues {
  name: string;
  code: string;
  levelId: string;
  members: string;
  contactNotes: string;
}

type UnitFormProps =
  | { mode: 'edit'; unit: UnitDetail; levels: Level[]; onSaved: (unit: UnitDetail) => void; onCancel: () => void }
  | {
      mode: 'create';
      parent: (PickedUnit & { levelId: number }) | null;
      levels: Level[];
      onSaved: (unit: UnitDetail) => void;
      onCancel: () => void;
    };

const CODE_PATTERN = /^[^\s\p{C}]+$/u;

function initialValues(props: UnitFormProps): FormValues {
  if (props.mode === 'edit') {
    const { unit } = props;
    return {
      name: unit.name,
      code: unit.code,
      levelId: String(unit.levelId),
      members: unit.members === null ? '' : String(unit.members),
      contactNotes: unit.contactNotes,
    };
  }
  const level = defaultLevelId(props.levels, props.parent?.levelId ?? null);
  return { name: '', code: '', levelId: level === null ? '' : String(level), members: '', contactNotes: '' };
}

/** Create a unit under a parent, or edit one. Server refusals appear next to the field they concern. */
export function UnitForm(props: UnitFormProps) {
  const { t } = useTranslation();
  const client = useClient();
  const { levels, onSaved, onCancel } = props;
  const [parent, setParent] = useState<PickedUnit | null>(props.mode === 'create' ? props.parent : null);
  const [changingParent, setChangingParent] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: initialValues(props) });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const members = values.members.trim() === '' ? null : Number(values.members.trim());
    const common = {
      name: values.name.trim(),
      code: values.code.trim(),
      levelId: Number(values.levelId),
      members,
      contactNotes: values.contactNotes,
    };
    const result =
      props.mode === 'edit'
        ? await client.call('units.update', { id: props.unit.id, ...common })
        : await client.call('units.create', { ...common, parentId: parent?.id ?? null });
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'CODE_TAKEN') setError('code', { type: 'server', message: errorText(t, result.error) }, { shouldFocus: true });
    else setServerError(result.error);
  });

  const title = props.mode === 'edit' ? t('unit.form.editTitle', { name: props.unit.name }) : t('unit.form.createTitle');
  const required = { value: true, message: t('form.required') };

  return (
    <form className="unit-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="unit-form-title">
      <h2 id="unit-form-title">{title}</h2>
      {props.mode === 'create' ? (
        <div className="field">
          <p className="field-label" id="unit-form-parent">
            {t('unit.field.parent')}
          </p>
          <p className="parent-choice" aria-labelledby="unit-form-parent">
            <span>{parent ? `${parent.name} (${parent.code})` : t('unit.form.noParent')}</span>
            <button type="button" className="link-button" onClick={() => setChangingParent((v) => !v)} aria-expanded={changingParent}>
              {t('unit.form.changeParent')}
            </button>
          </p>
          {changingParent ? (
            <div className="parent-picker">
              <UnitPicker
                label={t('unit.form.searchParent')}
                value={parent}
                onChange={(picked) => {
                  setParent(picked);
                  setChangingParent(false);
                }}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setParent(null);
                  setChangingParent(false);
                }}
              >
                {t('unit.form.makeTop')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <Field id="unit-name" label={t('unit.field.name')} error={errors.name?.message} required>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            {...register('name', {
              required,
              validate: (v) => v.trim().length > 0 || t('form.required'),
              maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) },
            })}
          />
        )}
      </Field>
      <div className="field-row">
        <Field id="unit-code" label={t('unit.field.code')} error={errors.code?.message} hint={t('unit.form.codeHint')} required>
          {(control) => (
            <input
              {...control}
              className="input input-code"
              autoComplete="off"
              spellCheck={false}
              {...register('code', {
                required,
                maxLength: { value: 32, message: t('form.tooLong', { max: 32 }) },
                validate: (v) => CODE_PATTERN.test(v.trim()) || t('form.codePattern'),
              })}
            />
          )}
        </Field>
        <Field id="unit-level" label={t('unit.field.level')} error={errors.levelId?.message} required>
          {(control) => (
            <select {...control} className="input" {...register('levelId', { required })}>
              {levels.length === 0 ? <option value="">{t('unit.form.noLevels')}</option> : null}
              {levels.map((level) => (
                <option key={level.id} value={String(level.id)}>
                  {level.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="unit-members" label={t('unit.field.members')} error={errors.members?.message} hint={t('unit.form.membersHint')}>
          {(control) => (
            <input
              {...control}
              className="input input-number"
              inputMode="numeric"
              autoComplete="off"
              {...register('members', {
                validate: (v) => v.trim() === '' || (/^\d{1,9}$/.test(v.trim()) && Number(v) <= 100_000_000) || t('form.wholeNumber'),
              })}
            />
          )}
        </Field>
      </div>
      <Field id="unit-notes" label={t('unit.field.contactNotes')} error={errors.contactNotes?.message} hint={t('unit.form.notesHint')}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={4}
            {...register('contactNotes', { maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) } })}
          />
        )}
      </Field>
      <ErrorMessage error={serverError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {props.mode === 'edit' ? t('common:action.save') : t('unit.form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}
