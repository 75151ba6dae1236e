import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDto } from '../../../shared/types-ownership';
import type { StageDto } from '../../../shared/types-rollout';
import type { Level } from '../../../shared/types';
import { MESSAGE_TIMINGS, type MessageTemplate, type MessageTiming, type WaveMessage } from '../../../shared/types-messages';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { MessagePreview } from './MessagePreview';
import { PlaceholderList } from './PlaceholderList';

interface MessageEditorProps {
  waveId: number;
  message: WaveMessage | null;
  units: Array<{ id: number; code: string; name: string; levelId: number }>;
  roles: RoleDto[];
  levels: Level[];
  stages: StageDto[];
  onSaved: () => void;
  onCancel: () => void;
}

const TEXTS = ['subjectNb', 'bodyNb', 'subjectEn', 'bodyEn'] as const satisfies ReadonlyArray<keyof MessageTemplate>;

/** One message of the plan: when, to whom, and its texts in both languages, with a live preview for one unit. */
export function MessageEditor({ waveId, message, units, roles, levels, stages, onSaved, onCancel }: MessageEditorProps) {
  const { t, i18n } = useTranslation('messages');
  const announce = useAnnounce();
  const create = useAction('messages.create');
  const update = useAction('messages.update');
  const en = i18n.language === 'en';
  const chapterLevel = [...levels].sort((a, b) => b.rank - a.rank)[0];
  const [timing, setTiming] = useState<MessageTiming>(message?.timing ?? 'stage');
  const [stageId, setStageId] = useState<number | null>(message?.stageId ?? stages[0]?.id ?? null);
  const [sendOn, setSendOn] = useState(message?.sendOn ?? '');
  const [roleId, setRoleId] = useState<number | null>(message?.roleId ?? roles.find((r) => r.key === 'super_user')?.id ?? roles[0]?.id ?? null);
  const [levelId, setLevelId] = useState<number | null>(message?.levelId ?? chapterLevel?.id ?? null);
  const [texts, setTexts] = useState<MessageTemplate>({
    subjectNb: message?.subjectNb ?? '', bodyNb: message?.bodyNb ?? '', subjectEn: message?.subjectEn ?? '', bodyEn: message?.bodyEn ?? '',
  });
  const [missing, setMissing] = useState(false);
  const error = create.error ?? update.error;

  const submit = async () => {
    if (roleId === null || levelId === null || sendOn === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    const fields = { timing, stageId: timing === 'stage' ? stageId : null, sendOn, roleId, levelId, ...texts };
    const result = message ? await update.run({ id: message.id, ...fields }) : await create.run({ waveId, ...fields });
    if (!result.ok) return;
    announce(t('editor.saved'));
    onSaved();
  };

  return (
    <form className="message-editor" aria-labelledby="message-editor-heading" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      <h3 id="message-editor-heading">{message ? t('editor.titleEdit') : t('editor.titleNew')}</h3>
      <div className="field-row field-row-2">
        <Field id="message-timing" label={t('editor.timing')}>
          {(c) => (
            <select {...c} className="input" value={timing} onChange={(e) => setTiming(e.target.value as MessageTiming)}>
              {MESSAGE_TIMINGS.map((m) => <option key={m} value={m}>{t(`timing.${m}`)}</option>)}
            </select>
          )}
        </Field>
        {timing === 'stage' ? (
          <Field id="message-stage" label={t('editor.stage')}>
            {(c) => (
              <select {...c} className="input" value={stageId ?? ''} onChange={(e) => setStageId(e.target.value === '' ? null : Number(e.target.value))}>
                <option value="">{t('editor.noStage')}</option>
                {stages.map((s) => <option key={s.id} value={s.id}>{en ? s.nameEn : s.nameNb}</option>)}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="field-row field-row-2">
        <Field id="message-send-on" label={t('editor.sendOn')} required error={missing && sendOn === '' ? t('ui:form.required') : undefined}>
          {(c) => <input {...c} type="date" className="input" value={sendOn} onChange={(e) => setSendOn(e.target.value)} />}
        </Field>
        <Field id="message-role" label={t('editor.role')}>
          {(c) => (
            <select {...c} className="input" value={roleId ?? ''} onChange={(e) => setRoleId(Number(e.target.value))}>
              {roles.map((r) => <option key={r.id} value={r.id}>{en ? r.nameEn : r.nameNb}</option>)}
            </select>
          )}
        </Field>
        <Field id="message-level" label={t('editor.level')}>
          {(c) => (
            <select {...c} className="input" value={levelId ?? ''} onChange={(e) => setLevelId(Number(e.target.value))}>
              {levels.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <PlaceholderList />
      {TEXTS.map((field) => (
        <Field key={field} id={`message-${field}`} label={t(`editor.${field}`)}>
          {(c) => field.startsWith('subject')
            ? <input {...c} className="input" maxLength={300} value={texts[field]} onChange={(e) => setTexts({ ...texts, [field]: e.target.value })} />
            : <textarea {...c} className="input" rows={6} value={texts[field]} onChange={(e) => setTexts({ ...texts, [field]: e.target.value })} />}
        </Field>
      ))}
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>{t('editor.cancel')}</button>
        <button type="submit" className="button button-primary" disabled={create.pending || update.pending}>{t('editor.save')}</button>
      </div>
      {roleId !== null ? (
        <MessagePreview
          waveId={waveId} messageId={message?.id ?? null} units={units.filter((u) => levelId === null || u.levelId === levelId)}
          draft={{ stageId: timing === 'stage' ? stageId : null, roleId, ...texts }}
        />
      ) : null}
    </form>
  );
}
