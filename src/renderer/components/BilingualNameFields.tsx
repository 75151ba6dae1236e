import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';

/** The form values a catalog row's names and descriptions take. */
export interface BilingualNameValues {
  nameNb: string;
  nameEn: string;
  descriptionNb: string;
  descriptionEn: string;
}

interface NameRules {
  validate?: (value: string) => true | string;
  maxLength: { value: number; message: string };
}

interface BilingualNameFieldsProps {
  /** Starts each field's id: `${idPrefix}-name-nb`, `${idPrefix}-desc-en`, ... */
  idPrefix: string;
  labels: BilingualNameValues;
  /** The dialog's own useForm register; its values hold these four fields and more. */
  register: (field: keyof BilingualNameValues, rules: NameRules) => UseFormRegisterReturn;
  errors: Partial<Record<keyof BilingualNameValues, FieldError>>;
}

/**
 * A catalog row's name (required, up to 100 characters) and description (up to 1,000) in
 * Norwegian and English, side by side. The Norwegian name takes the dialog's first focus.
 */
export function BilingualNameFields({ idPrefix, labels, register, errors }: BilingualNameFieldsProps) {
  const { t } = useTranslation();
  const name: NameRules = { validate: (v: string) => v.trim().length > 0 || t('form.required'), maxLength: { value: 100, message: t('form.tooLong', { max: 100 }) } };
  const description: NameRules = { maxLength: { value: 1000, message: t('form.tooLong', { max: 1000 }) } };
  return (
    <>
      <div className="field-row field-row-2">
        <Field id={`${idPrefix}-name-nb`} label={labels.nameNb} error={errors.nameNb?.message} required>
          {(c) => <input {...c} lang="nb" className="input" autoComplete="off" data-autofocus {...register('nameNb', name)} />}
        </Field>
        <Field id={`${idPrefix}-name-en`} label={labels.nameEn} error={errors.nameEn?.message} required>
          {(c) => <input {...c} lang="en" className="input" autoComplete="off" {...register('nameEn', name)} />}
        </Field>
      </div>
      <div className="field-row field-row-2">
        <Field id={`${idPrefix}-desc-nb`} label={labels.descriptionNb} error={errors.descriptionNb?.message}>
          {(c) => <textarea {...c} lang="nb" className="input" rows={3} {...register('descriptionNb', description)} />}
        </Field>
        <Field id={`${idPrefix}-desc-en`} label={labels.descriptionEn} error={errors.descriptionEn?.message}>
          {(c) => <textarea {...c} lang="en" className="input" rows={3} {...register('descriptionEn', description)} />}
        </Field>
      </div>
    </>
  );
}

/** The fields' starting values: the row's, or empty for a new row. */
export function bilingualNameDefaults(item: BilingualNameValues | undefined): BilingualNameValues {
  return { nameNb: item?.nameNb ?? '', nameEn: item?.nameEn ?? '', descriptionNb: item?.descriptionNb ?? '', descriptionEn: item?.descriptionEn ?? '' };
}

/** What the core is sent: the names trimmed, the descriptions as typed. */
export function bilingualNameInput(values: BilingualNameValues): BilingualNameValues {
  return { nameNb: values.nameNb.trim(), nameEn: values.nameEn.trim(), descriptionNb: values.descriptionNb, descriptionEn: values.descriptionEn };
}
