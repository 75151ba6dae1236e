import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { LANGS, type Lang } from '../../../shared/types';
import type { PersonDetail } from '../../../shared/types-ownership';
import { useClient } from '../../api/ClientContext';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/ErrorMessage';
import { FormActions } from '../../components/FormActions';
import { Field } from '../../components/Field';
import { HomeUnitField } from './HomeUnitField';
import { useMessageLanguage } from './useMessageLanguage';
import type { PickedUnit } from '../../components/UnitPicker';

interface PersonFormDialogProps {
  /** Absent: create a new person. */
  person?: PersonDetail;
  onClose: () => void;
  onSaved: (person: PersonDetail) => void;
}

interface Values {
  name: string;
  email: string;
  phone: string;
  note: string;
  /** '' for the organization's language. */
  language: '' | Lang;
  active: boolean;
}

const PHONE = /^[+0-9 ()-]*$/;
// A light check; the core validates e-mail addresses properly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Create or edit a person. Only what is needed to reach them: keep personal data minimal. */
export function PersonFormDialog({ person, onClose, onSaved }: PersonFormDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [homeUnit, setHomeUnit] = useState<PickedUnit | null>(
    person?.homeUnitId ? { id: person.homeUnitId, name: person.homeUnitName ?? '', code: person.homeUnitCode ?? '' } : null,
  );
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      name: person?.name ?? '', email: person?.email ?? '', phone: person?.phone ?? '', note: person?.note ?? '',
      language: person?.language ?? '', active: person?.active ?? true,
    },
  });
  const languageName = useMessageLanguage();

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    const fields = {
      name: values.name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      homeUnitId: homeUnit?.id ?? null,
      note: values.note,
      language: values.language || null,
      active: values.active,
    };
    const result = person ? await client.call('people.update', { id: person.id, ...fields }) : await client.call('people.create', fields);
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'EMAIL_TAKEN') setError('email', { type: 'server', message: errorText(t, result.error) }, { shouldFocus: true });
    else setServerError(result.error);
  });

  return (
    <Dialog title={person ? t('people.form.editTitle', { name: person.name }) : t('people.form.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="person-name" label={t('people.field.name')} error={errors.name?.message} required>
          {(c) => (
            <input
              {...c}
              className="input"
              autoComplete="off"
              data-autofocus
              {...register('name', {
                validate: (v) => v.trim().length > 0 || t('form.required'),
                maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) },
              })}
            />
          )}
        </Field>
        <div className="field-row field-row-2">
          <Field id="person-email" label={t('people.field.email')} error={errors.email?.message}>
            {(c) => (
              <input
                {...c}
                type="email"
                className="input"
                autoComplete="off"
                {...register('email', { validate: (v) => !v.trim() || EMAIL.test(v.trim()) || t('people.form.badEmail') })}
              />
            )}
          </Field>
          <Field id="person-phone" label={t('people.field.phone')} error={errors.phone?.message}>
            {(c) => (
              <input
                {...c}
                type="tel"
                className="input"
                autoComplete="off"
                {...register('phone', {
                  validate: (v) => PHONE.test(v.trim()) || t('people.form.badPhone'),
                  maxLength: { value: 40, message: t('form.tooLong', { max: 40 }) },
                })}
              />
            )}
          </Field>
        </div>
        <HomeUnitField value={homeUnit} onChange={setHomeUnit} />
        <Field id="person-note" label={t('people.field.note')} error={errors.note?.message} hint={t('people.form.noteHint')}>
          {(c) => <textarea {...c} className="input" rows={3} {...register('note', { maxLength: { value: 2000, message: t('form.tooLong', { max: 2000 }) } })} />}
        </Field>
        <Field id="person-language" label={t('people.field.language')} hint={t('people.form.languageHint')}>
          {(c) => (
            <select {...c} className="input" {...register('language')}>
              <option value="">{languageName(null)}</option>
              {LANGS.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...register('active')} />
          {t('people.field.active')}
        </label>
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={person ? t('common:action.save') : t('people.form.create')} />
      </form>
    </Dialog>
  );
}
