import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveMessage } from '../../../shared/types-messages';
import { useAction } from '../../api/useAction';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveFile } from '../../lib/saveFile';

interface MessageActionsProps {
  message: WaveMessage;
  canSend: boolean;
  onEdit: () => void;
  onChanged: () => void;
}

/** Export the mail merge, save the .eml files as one ZIP, send by SMTP (where the server has settings), edit or delete. */
export function MessageActions({ message, canSend, onEdit, onChanged }: MessageActionsProps) {
  const { t, i18n } = useTranslation('messages');
  const announce = useAnnounce();
  const merge = useAction('messages.exportMerge');
  const eml = useAction('messages.eml');
  const send = useAction('messages.send');
  const remove = useAction('messages.delete');
  const [confirming, setConfirming] = useState(false);
  const subject = message.subjectNb || message.subjectEn;

  const exportCsv = async () => {
    const result = await merge.run({ id: message.id, format: 'csv', lang: i18n.language === 'en' ? 'en' : 'nb' });
    if (!result.ok) return;
    const where = await saveFile(result.value);
    if (where) announce(t('send.exported', { file: where }));
    onChanged();
  };
  const saveEml = async () => {
    const result = await eml.run({ id: message.id, lang: i18n.language === 'en' ? 'en' : 'nb' });
    if (!result.ok) return;
    const where = await saveFile(result.value);
    if (where) announce(t('send.emlSaved', { count: result.value.count, file: where }));
    onChanged();
  };
  const sendSmtp = async () => {
    const result = await send.run({ id: message.id });
    if (!result.ok) return;
    announce(t('send.smtpDone', { ...result.value }));
    onChanged();
  };
  const confirmDelete = async () => {
    const result = await remove.run({ id: message.id });
    if (!result.ok) return;
    setConfirming(false);
    announce(t('plan.deleted'));
    onChanged();
  };

  return (
    <div className="row-actions">
      <button type="button" className="button" onClick={() => void exportCsv()} disabled={merge.pending}>{t('send.exportCsv')}</button>
      <button type="button" className="button" onClick={() => void saveEml()} disabled={eml.pending}>{t('send.eml')}</button>
      <button type="button" className="button" onClick={() => void sendSmtp()} disabled={!canSend || send.pending}>
        {t('send.smtp')}
      </button>
      <button type="button" className="button" onClick={onEdit}>{t('plan.edit')}</button>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>{t('plan.delete')}</button>
      <ErrorMessage error={merge.error ?? eml.error ?? send.error} />
      {confirming ? (
        <ConfirmDialog
          title={t('plan.delete')} body={t('plan.confirmDelete', { subject })} confirmLabel={t('plan.delete')} danger
          onConfirm={() => void confirmDelete()} onCancel={() => setConfirming(false)} pending={remove.pending} error={remove.error}
        />
      ) : null}
    </div>
  );
}
