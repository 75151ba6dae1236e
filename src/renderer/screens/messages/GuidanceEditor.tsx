import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GUIDANCE_ROLES, type GuidanceRole, type StageGuidance } from '../../../shared/types-messages';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** A stage's "what to do now" for the chapter leader, the super-user and the support contact, in nb and en. */
export function GuidanceEditor() {
  const { t, i18n } = useTranslation('messages');
  const stages = useQuery('stages.list', {});
  const guidance = useQuery('messages.guidance', {});
  const [stageId, setStageId] = useState<number | null>(null);
  const current = stageId ?? stages.data?.[0]?.id ?? null;
  const stage = stages.data?.find((s) => s.id === current);
  const rows = guidance.data ?? [];
  const stageName = stage ? (i18n.language === 'en' ? stage.nameEn : stage.nameNb) : '';

  return (
    <section className="panel" aria-labelledby="guidance-heading">
      <h2 id="guidance-heading" className="panel-title">{t('guidance.title')}</h2>
      <ErrorMessage error={stages.error ?? guidance.error} />
      <Field id="guidance-stage" label={t('guidance.stage')} hint={t('guidance.hint', { token: '{{what_to_do}}' })}>
        {(c) => (
          <select {...c} className="input" value={current ?? ''} onChange={(e) => setStageId(Number(e.target.value))}>
            {(stages.data ?? []).map((s) => <option key={s.id} value={s.id}>{i18n.language === 'en' ? s.nameEn : s.nameNb}</option>)}
          </select>
        )}
      </Field>
      {current !== null && guidance.data ? GUIDANCE_ROLES.map((role) => (
        <RoleGuidance
          key={`${current}-${role}`} role={role} stageName={stageName} onSaved={guidance.reload}
          value={rows.find((g) => g.stageId === current && g.roleKey === role) ?? { stageId: current, roleKey: role, textNb: '', textEn: '' }}
        />
      )) : null}
    </section>
  );
}

function RoleGuidance({ role, value, stageName, onSaved }: { role: GuidanceRole; value: StageGuidance; stageName: string; onSaved: () => void }) {
  const { t } = useTranslation('messages');
  const announce = useAnnounce();
  const save = useAction('messages.setGuidance');
  const [textNb, setTextNb] = useState(value.textNb);
  const [textEn, setTextEn] = useState(value.textEn);
  const roleName = t(`role.${role}`);
  const submit = async () => {
    const result = await save.run({ stageId: value.stageId, roleKey: role, textNb, textEn });
    if (!result.ok) return;
    announce(t('guidance.saved', { role: roleName, stage: stageName }));
    onSaved();
  };
  return (
    <form className="guidance-role" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3>{roleName}</h3>
      <div className="field-row field-row-2">
        <Field id={`guidance-${role}-nb`} label={t('guidance.textNb')}>
          {(c) => <textarea {...c} className="input" rows={3} maxLength={4000} value={textNb} onChange={(e) => setTextNb(e.target.value)} />}
        </Field>
        <Field id={`guidance-${role}-en`} label={t('guidance.textEn')}>
          {(c) => <textarea {...c} className="input" rows={3} maxLength={4000} value={textEn} onChange={(e) => setTextEn(e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage error={save.error} />
      <div className="dialog-actions">
        <button type="submit" className="button" disabled={save.pending}>{t('guidance.save', { role: roleName })}</button>
      </div>
    </form>
  );
}
