import { useId, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { PickedPerson } from './PersonPicker';

interface NewPersonInlineProps {
  homeUnitId: number | null;
  initialName: string;
  onCreated: (person: PickedPerson) => void;
}

interface Values {
  name: string;
  email: string;
  phone: string;
}

/**
 * A new person with the fields needed to reach them, inside another form (a
 * dialog): no <form> of its own, and Enter creates rather than submitting the outer form.
 */
export function NewPersonInline({ homeUnitId, initialName, onCreated }: NewPersonInlineProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const create = useAction('people.create');
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: initialName, email: '', phone: '' } });

  const submit = handleSubmit(async (values) => {
    const result = await create.run({
      name: values.name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      homeUnitId,
    });
    if (!result.ok) return;
    announce(t('people.created', { name: result.value.name }));
    onCreated({ id: result.value.id, name: result.value.name, email: result.value.email });
  });

  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  };

  return (
    <div className="inline-person" role="group" aria-label={t('people.createInlineGroup')}>
      <Field id={`${id}-name`} label={t('people.field.name')} error={errors.name?.message} required>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            onKeyDown={onEnter}
            {...register('name', { validate: (v) => v.trim().length > 0 || t('form.required') })}
          />
        )}
      </Field>
      <div className="field-row field-row-2">
        <Field id={`${id}-email`} label={t('people.field.email')}>
          {(control) => <input {...control} type="email" className="input" autoComplete="off" onKeyDown={onEnter} {...register('email')} />}
        </Field>
        <Field id={`${id}-phone`} label={t('people.field.phone')}>
          {(control) => <input {...control} type="tel" className="input" autoComplete="off" onKeyDown={onEnter} {...register('phone')} />}
        </Field>
      </div>
      <ErrorMessage error={create.error} />
      <button type="button" className="button button-small" onClick={() => void submit()} disabled={create.pending}>
        {t('people.createAndPick')}
      </button>
    </div>
  );
}
