import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS, type FeedbackEntry, type FeedbackKind } from '../../../shared/types-feedback';
import { useAction } from '../../api/useAction';
import { useMe } from '../../api/useMe';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { PickedUnit } from '../../components/UnitPicker';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';

interface RaiseFeedbackFormProps {
  unit: PickedUnit;
  onRaised: (entry: FeedbackEntry) => void;
}

/** Records a need, problem, worry or idea for the chosen unit. */
export function RaiseFeedbackForm({ unit, onRaised }: RaiseFeedbackFormProps) {
  const { t, i18n } = useTranslation('feedback');
  const announce = useAnnounce();
  const settings = useQuery('settings.get', {});
  const stages = useQuery('stages.list', {});
  const create = useAction('feedback.create');
  const [kind, setKind] = useState<FeedbackKind>('need');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [stageId, setStageId] = useState('');
  const me = useMe();
  // On a team server the signed-in person raises it, unless they pick someone else.
  const [person, setPerson] = useState<PickedPerson | null>(me ? { id: me.personId, name: me.name, email: me.email } : null);
  const [anonymous, setAnonymous] = useState(false);
  const [missing, setMissing] = useState<{ title?: string; person?: string }>({});
  const allowAnonymous = settings.data?.feedbackAnonymous ?? false;

  const submit = async () => {
    const next = {
      ...(title.trim() === '' ? { title: t('ui:form.required') } : {}),
      ...(!person && !(allowAnonymous && anonymous) ? { person: t('raise.personRequired') } : {}),
    };
    setMissing(next);
    if (Object.keys(next).length > 0) return;
    const result = await create.run({
      unitId: unit.id, kind, title: title.trim(), description: description.trim(),
      raisedById: allowAnonymous && anonymous ? null : (person?.id ?? null),
      stageId: stageId === '' ? null : Number(stageId),
    });
    if (!result.ok) return;
    announce(t('raise.done', { title: result.value.title, unit: unit.name }));
    setTitle('');
    setDescription('');
    onRaised(result.value);
  };

  return (
    <section className="panel" aria-labelledby="feedback-raise-heading">
      <h2 id="feedback-raise-heading" className="panel-title">{t('raise.title', { name: unit.name })}</h2>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <div className="field-row field-row-2">
          <Field id="feedback-kind" label={t('raise.kind')}>
            {(c) => (
              <select {...c} className="input" value={kind} onChange={(e) => setKind(e.target.value as FeedbackKind)}>
                {FEEDBACK_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
              </select>
            )}
          </Field>
          <Field id="feedback-stage" label={t('raise.stage')}>
            {(c) => (
              <select {...c} className="input" value={stageId} onChange={(e) => setStageId(e.target.value)}>
                <option value="">{t('raise.noStage')}</option>
                {(stages.data ?? []).map((s) => (
                  <option key={s.id} value={String(s.id)}>{i18n.language === 'en' ? s.nameEn : s.nameNb}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="feedback-title" label={t('raise.titleField')} error={missing.title} required>
          {(c) => <input {...c} className="input" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="feedback-description" label={t('raise.description')}>
          {(c) => <textarea {...c} className="input" rows={3} maxLength={4000} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        {allowAnonymous ? (
          <label className="checkbox">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('raise.anonymous')}
          </label>
        ) : null}
        {allowAnonymous && anonymous ? null : (
          <PersonPicker label={t('raise.person')} value={person} onChange={setPerson} homeUnitId={unit.id} required error={missing.person} allowCreate={false} />
        )}
        <ErrorMessage error={create.error ?? settings.error} />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={create.pending}>{t('raise.submit')}</button>
        </div>
      </form>
    </section>
  );
}
