import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { SUPPORT_TIERS, type ProblemDto, type SupportTier } from '../../../shared/types-support';
import { useClient } from '../../api/ClientContext';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { LearningLinksFields, learningLinkDefaults, learningLinkInput, type LearningLinkValues } from '../../components/LearningLinksFields';

interface Values extends LearningLinkValues {
  titleNb: string;
  titleEn: string;
  symptomsNb: string;
  symptomsEn: string;
  stepsNb: string;
  stepsEn: string;
  resolveTier: SupportTier;
  needsNb: string;
  needsEn: string;
  codes: string;
  fragments: string;
}

/** One entry per non-empty line. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A problem in the catalog: the guide in both languages, who may fix it, and what it matches. */
export function SupportProblemDialog({ problem, onClose, onSaved }: { problem?: ProblemDto; onClose: () => void; onSaved: (problem: ProblemDto) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      titleNb: problem?.titleNb ?? '',
      titleEn: problem?.titleEn ?? '',
      symptomsNb: problem?.symptomsNb ?? '',
      symptomsEn: problem?.symptomsEn ?? '',
      stepsNb: (problem?.stepsNb ?? []).join('\n'),
      stepsEn: (problem?.stepsEn ?? []).join('\n'),
      resolveTier: problem?.resolveTier ?? 'chapter',
      needsNb: problem?.needsNb ?? '',
      needsEn: problem?.needsEn ?? '',
      codes: (problem?.codes ?? []).join('\n'),
      fragments: (problem?.fragments ?? []).join('\n'),
      ...learningLinkDefaults(problem?.links),
    },
  });

  const submit = handleSubmit(async (v) => {
    setServerError(null);
    const fields = {
      titleNb: v.titleNb.trim(),
      titleEn: v.titleEn.trim(),
      symptomsNb: v.symptomsNb.trim(),
      symptomsEn: v.symptomsEn.trim(),
      stepsNb: lines(v.stepsNb),
      stepsEn: lines(v.stepsEn),
      resolveTier: v.resolveTier,
      needsNb: v.needsNb.trim(),
      needsEn: v.needsEn.trim(),
      codes: lines(v.codes).map((c) => c.toUpperCase()),
      fragments: lines(v.fragments),
      links: learningLinkInput(v),
    };
    const result = problem ? await client.call('problems.update', { id: problem.id, ...fields }) : await client.call('problems.create', fields);
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'NAME_TAKEN') setError('titleNb', { type: 'server', message: errorText(t, result.error) }, { shouldFocus: true });
    else setServerError(result.error);
  });

  const title = { validate: (v: string) => v.trim().length > 0 || t('form.required'), maxLength: { value: 200, message: t('form.tooLong', { max: 200 }) } };
  const long = (max: number) => ({ maxLength: { value: max, message: t('form.tooLong', { max }) } });
  const lineList = (max: number) => ({ validate: (v: string) => lines(v).every((l) => l.length <= max) || t('support.settings.problem.lineTooLong', { max }) });

  return (
    <Dialog title={problem ? t('support.settings.problem.editTitle', { name: problem.titleNb }) : t('support.settings.problem.createTitle')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field-row field-row-2">
          <Field id="problem-title-nb" label={t('support.settings.problem.titleNb')} error={errors.titleNb?.message} required>
            {(c) => <input {...c} lang="nb" className="input" data-autofocus {...register('titleNb', title)} />}
          </Field>
          <Field id="problem-title-en" label={t('support.settings.problem.titleEn')} error={errors.titleEn?.message} required>
            {(c) => <input {...c} lang="en" className="input" {...register('titleEn', title)} />}
          </Field>
          <Field id="problem-symptoms-nb" label={t('support.settings.problem.symptomsNb')} error={errors.symptomsNb?.message}>
            {(c) => <textarea {...c} lang="nb" className="input" rows={3} {...register('symptomsNb', long(4000))} />}
          </Field>
          <Field id="problem-symptoms-en" label={t('support.settings.problem.symptomsEn')} error={errors.symptomsEn?.message}>
            {(c) => <textarea {...c} lang="en" className="input" rows={3} {...register('symptomsEn', long(4000))} />}
          </Field>
          <Field id="problem-steps-nb" label={t('support.settings.problem.stepsNb')} hint={t('support.settings.problem.onePerLine')} error={errors.stepsNb?.message}>
            {(c) => <textarea {...c} lang="nb" className="input" rows={5} {...register('stepsNb', lineList(500))} />}
          </Field>
          <Field id="problem-steps-en" label={t('support.settings.problem.stepsEn')} hint={t('support.settings.problem.onePerLine')} error={errors.stepsEn?.message}>
            {(c) => <textarea {...c} lang="en" className="input" rows={5} {...register('stepsEn', lineList(500))} />}
          </Field>
          <Field id="problem-needs-nb" label={t('support.settings.problem.needsNb')} error={errors.needsNb?.message}>
            {(c) => <input {...c} lang="nb" className="input" {...register('needsNb', long(500))} />}
          </Field>
          <Field id="problem-needs-en" label={t('support.settings.problem.needsEn')} error={errors.needsEn?.message}>
            {(c) => <input {...c} lang="en" className="input" {...register('needsEn', long(500))} />}
          </Field>
        </div>
        <Field id="problem-tier" label={t('support.settings.problem.tier')}>
          {(c) => (
            <select {...c} className="input" {...register('resolveTier')}>
              {SUPPORT_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {t(`support.tier.${tier}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row field-row-2">
          <Field id="problem-codes" label={t('support.settings.problem.codes')} hint={t('support.settings.problem.codesHint')} error={errors.codes?.message}>
            {(c) => <textarea {...c} className="input input-code" rows={3} spellCheck={false} {...register('codes', lineList(40))} />}
          </Field>
          <Field id="problem-fragments" label={t('support.settings.problem.fragments')} hint={t('support.settings.problem.fragmentsHint')} error={errors.fragments?.message}>
            {(c) => <textarea {...c} className="input" rows={3} spellCheck={false} {...register('fragments', lineList(200))} />}
          </Field>
        </div>
        <LearningLinksFields idPrefix="problem" register={register} errors={errors} />
        <FormActions error={serverError} onCancel={onClose} submitting={isSubmitting} submitLabel={problem ? t('common:action.save') : t('support.settings.problem.create')} />
      </form>
    </Dialog>
  );
}
