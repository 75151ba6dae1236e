import { useController, type Control, type FieldPath, type FieldValues, type RegisterOptions } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput, type DateInputProps } from './DateInput';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Rules<T extends FieldValues, N extends FieldPath<T>> = Omit<RegisterOptions<T, N>, 'valueAsNumber' | 'valueAsDate' | 'setValueAs' | 'disabled'>;

interface FormDateInputProps<T extends FieldValues, N extends FieldPath<T>> extends Omit<DateInputProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'> {
  control: Control<T>;
  name: N;
  rules?: Rules<T, N>;
}

/** A DateInput in a react-hook-form form. Text that is not a date is refused before the form's own rules run. */
export function FormDateInput<T extends FieldValues, N extends FieldPath<T>>({ control, name, rules, ...props }: FormDateInputProps<T, N>) {
  const { t } = useTranslation();
  const own = rules?.validate;
  const validate = {
    date: (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && ISO_DATE.test(v)) || t('dateInput.bad'),
    ...(typeof own === 'function' ? { own } : (own ?? {})),
  };
  const { field } = useController({ control, name, rules: { ...rules, validate } as Rules<T, N> });
  return (
    <DateInput
      {...props}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={props.disabled ?? field.disabled}
    />
  );
}
