import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

interface WholeNumberFieldProps {
  id: string;
  label: string;
  hint: string;
  error?: string;
  /** The largest value allowed; the smallest is 1. The form's own rule checks both and says so. */
  max: number;
  registration: UseFormRegisterReturn;
}

/** A settings number from 1 to `max`, with its label and hint. */
export function WholeNumberField({ id, label, hint, error, max, registration }: WholeNumberFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(c) => <input {...c} type="number" min={1} max={max} className="input input-number" {...registration} />}
    </Field>
  );
}
