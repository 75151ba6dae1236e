import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { ParamsOf } from '../../shared/contract';
import { useAction } from '../api/useAction';
import { useAnnounce } from './Announcer';

/**
 * A settings panel's form: it starts from the saved values, sends what `toInput` makes
 * of the form's values to settings.update, and announces `savedMessage` once it is saved.
 */
export function useSettingsForm<V extends FieldValues>(defaultValues: DefaultValues<V>, toInput: (values: V) => ParamsOf<'settings.update'>, savedMessage: string) {
  const announce = useAnnounce();
  const update = useAction('settings.update');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<V>({ defaultValues });
  const submit = handleSubmit(async (values) => {
    const result = await update.run(toInput(values));
    if (result.ok) announce(savedMessage);
  });
  return { register, errors, submit, update };
}
