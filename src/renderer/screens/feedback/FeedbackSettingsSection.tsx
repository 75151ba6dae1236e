import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../shared/types';
import { SaveRow } from '../../components/SaveRow';
import { SettingsFormSection } from '../../components/SettingsFormSection';
import { useSettingsForm } from '../../components/useSettingsForm';
import { WholeNumberField } from '../../components/WholeNumberField';

/** Whether «Innspill» may be anonymous, and the N of "answered within N days". */
export function FeedbackSettingsSection() {
  const { t } = useTranslation('feedback');
  return <SettingsFormSection headingId="settings-feedback-heading" title={t('settings.title')} form={(settings) => <FeedbackSettingsForm settings={settings} />} />;
}

interface Values {
  feedbackAnonymous: boolean;
  feedbackAnswerDays: string;
}

function FeedbackSettingsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation('feedback');
  const { register, errors, submit, update } = useSettingsForm<Values>(
    { feedbackAnonymous: settings.feedbackAnonymous, feedbackAnswerDays: String(settings.feedbackAnswerDays) },
    (values) => ({ feedbackAnonymous: values.feedbackAnonymous, feedbackAnswerDays: Number(values.feedbackAnswerDays) }),
    t('settings.saved'),
  );
  const days = register('feedbackAnswerDays', {
    validate: (v) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 365) || t('ui:rollout.settings.range', { max: 365 }),
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <label className="checkbox">
        <input type="checkbox" {...register('feedbackAnonymous')} />
        {t('settings.anonymous')}
      </label>
      <WholeNumberField id="feedback-answer-days" label={t('settings.answerDays')} hint={t('settings.answerDaysHint')} error={errors.feedbackAnswerDays?.message} max={365} registration={days} />
      <SaveRow error={update.error} pending={update.pending} label={t('common:action.save')} />
    </form>
  );
}
