import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/types';
import { useAction } from '../../api/useAction';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** Renames a level in place, inside its table row. `onDone(null)` means cancelled. */
export function RenameLevelForm({ level, onDone }: { level: Level; onDone: (renamed: Level | null) => void }) {
  const { t } = useTranslation();
  const rename = useAction('levels.rename');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<{ name: string }>({ defaultValues: { name: level.name } });

  const submit = handleSubmit(async ({ name }) => {
    const result = await rename.run({ id: level.id, name: name.trim() });
    if (result.ok) onDone(result.value);
  });

  return (
    <form className="rename-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field id={`rename-level-${level.id}`} label={t('settings.levels.newName', { name: level.name })} error={errors.name?.message}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            autoFocus
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone(null);
            }}
            {...register('name', {
              validate: (v) => v.trim().length > 0 || t('form.required'),
              maxLength: { value: 60, message: t('form.tooLong', { max: 60 }) },
            })}
          />
        )}
      </Field>
      <div className="button-row compact">
        <button type="submit" className="button button-small button-primary" disabled={rename.pending}>
          {t('common:action.save')}
        </button>
        <button type="button" className="button button-small" onClick={() => onDone(null)}>
          {t('common:action.cancel')}
        </button>
      </div>
      <ErrorMessage error={rename.error} />
    </form>
  );
}
