import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveMessage } from '../../../shared/types-messages';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { MessageActions } from './MessageActions';
import { MessageEditor } from './MessageEditor';

interface PlanSectionProps {
  waveId: number;
  version: number;
  onChanged: () => void;
}

/** The wave's dated messages, by send date, each with its audience, what has gone out and how to send it. */
export function PlanSection({ waveId, version, onChanged }: PlanSectionProps) {
  const { t, i18n } = useTranslation('messages');
  const format = useFormat();
  const plan = useQuery('messages.plan', { waveId });
  const roles = useQuery('roles.list', {});
  const levels = useQuery('levels.list', {});
  const stages = useQuery('stages.list', {});
  const [editing, setEditing] = useState<WaveMessage | 'new' | null>(null);
  const { reload } = plan;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const en = i18n.language === 'en';
  const roleName = (id: number) => {
    const role = roles.data?.find((r) => r.id === id);
    return role ? (en ? role.nameEn : role.nameNb) : '';
  };
  const stageName = (id: number | null) => {
    const stage = stages.data?.find((s) => s.id === id);
    return stage ? (en ? stage.nameEn : stage.nameNb) : '–';
  };
  const levelName = (id: number) => levels.data?.find((l) => l.id === id)?.name ?? '';
  const saved = () => {
    setEditing(null);
    onChanged();
  };
  const messages = plan.data?.messages ?? [];

  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="panel-title">{t('plan.title')}</h2>
      <ErrorMessage error={plan.error ?? roles.error ?? levels.error} />
      {plan.data && messages.length === 0 ? <p>{t('plan.empty')}</p> : null}
      {plan.data && !plan.data.canSend ? <p className="field-hint">{t('send.smtpOff')}</p> : null}
      {messages.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('plan.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.sendOn')}</th>
                <th scope="col">{t('plan.timingLabel')}</th>
                <th scope="col">{t('plan.stage')}</th>
                <th scope="col">{t('plan.audience')}</th>
                <th scope="col">{t('plan.subject')}</th>
                <th scope="col">{t('plan.sentUnits')}</th>
                <th scope="col">{t('plan.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{format.date(m.sendOn)}</td>
                  <td>{t(`timing.${m.timing}`)}</td>
                  <td>{stageName(m.stageId)}</td>
                  <td>{t('plan.audienceText', { role: roleName(m.roleId), level: levelName(m.levelId) })}</td>
                  <th scope="row">{(en ? m.subjectEn : m.subjectNb) || m.subjectNb || m.subjectEn}</th>
                  <td>{format.number(m.sentUnits)}</td>
                  <td>
                    <MessageActions message={m} canSend={plan.data?.canSend ?? false} onEdit={() => setEditing(m)} onChanged={onChanged} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing === null ? (
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>{t('plan.new')}</button>
        </div>
      ) : (
        <MessageEditor
          key={editing === 'new' ? 'new' : editing.id}
          waveId={waveId} message={editing === 'new' ? null : editing} units={plan.data?.units ?? []}
          roles={roles.data ?? []} levels={levels.data ?? []} stages={stages.data ?? []}
          onSaved={saved} onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
