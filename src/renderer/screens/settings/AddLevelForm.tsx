import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** A new level goes below the existing ones. */
export function AddLevelForm({ onAdded }: { onAdded: (level: Level) => void }) {
  const { t } = useTranslation();
  const create = useAction('levels.create');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<{ name: string }>({ defaultValues: { name: '' } });

  const submit = handleSubmit(async ({ name }) => {
    const result = await create.run({ name: name.trim() });
    if (!result.ok) return;
    reset();
    onAdded(result.value);
  });

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-level-heading">
      <h3 id="add-level-heading">{t('settings.levels.addTitle')}</h3>
      <div className="inline-form-row">
        <Field id="new-level-name" label={t('settings.levels.name')} error={errors.name?.message} hint={t('settings.levels.addHint')}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="off"
              {...register('name', {
                validate: (v) => v.trim().length > 0 || t('form.required'),
                maxLength: { value: 60, message: t('form.tooLong', { max: 60 }) },
              })}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={create.pending}>
          {t('settings.levels.add')}
        </button>
      </div>
      <ErrorMessage error={create.error} />
    </form>
  );
}
