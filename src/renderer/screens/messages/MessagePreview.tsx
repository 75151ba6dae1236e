import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilledMessage, MessageTemplate } from '../../../shared/types-messages';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useDebounced } from '../../lib/useDebounced';

interface MessagePreviewProps {
  waveId: number;
  /** Saved messages can be copied (and the copy is recorded); a draft is shown only. */
  messageId: number | null;
  units: Array<{ id: number; code: string; name: string }>;
  draft: MessageTemplate & { stageId: number | null; roleId: number };
}

/** The draft filled for one chosen unit, as each holder of the role there will get it; follows the typing. */
export function MessagePreview({ waveId, messageId, units, draft }: MessagePreviewProps) {
  const { t } = useTranslation('messages');
  const [unitId, setUnitId] = useState<number | null>(null);
  const settled = useDebounced(draft, 300);
  const preview = useQuery('messages.preview', unitId === null ? null : { waveId, unitId, ...settled });
  const unitName = units.find((u) => u.id === unitId)?.name ?? '';

  return (
    <section className="message-preview" aria-labelledby="message-preview-heading">
      <h4 id="message-preview-heading">{t('editor.preview')}</h4>
      <Field id="message-preview-unit" label={t('editor.previewUnit')}>
        {(c) => (
          <select {...c} className="input" value={unitId ?? ''} onChange={(e) => setUnitId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{t('editor.previewNone')}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{`${u.code} ${u.name}`}</option>)}
          </select>
        )}
      </Field>
      <ErrorMessage error={preview.error} />
      <div aria-live="polite">
        {unitId !== null && preview.data ? preview.data.recipients.map((r, i) => (
          <Recipient key={`${r.personId ?? 'none'}-${i}`} message={r} messageId={messageId} unitName={unitName} />
        )) : null}
      </div>
    </section>
  );
}

function Recipient({ message, messageId, unitName }: { message: FilledMessage; messageId: number | null; unitName: string }) {
  const { t } = useTranslation('messages');
  const announce = useAnnounce();
  const copy = useAction('messages.copy');
  const doCopy = async () => {
    if (messageId === null || message.personId === null) return;
    const result = await copy.run({ id: messageId, unitId: message.unitId, personId: message.personId });
    if (!result.ok) return;
    try {
      await navigator.clipboard.writeText(`${result.value.subject}\n\n${result.value.body}`);
    } catch {
      // Without clipboard access the text stays on screen to select by hand.
    }
    announce(t('send.copied', { name: message.name }));
  };
  return (
    <article className="filled-message">
      <p>{message.personId === null ? t('editor.noRecipient', { unit: unitName }) : t('editor.recipient', { name: message.name, email: message.email ?? t('editor.noEmail') })}</p>
      <p><strong>{message.subject}</strong></p>
      <pre className="message-body">{message.body}</pre>
      {messageId !== null && message.personId !== null ? (
        <button type="button" className="button" onClick={() => void doCopy()} disabled={copy.pending}>{t('send.copy')}</button>
      ) : null}
      <ErrorMessage error={copy.error} />
    </article>
  );
}
