import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedCode } from '../../../shared/types-accounts';
import { useAnnounce } from '../../components/Announcer';
import { Dialog } from '../../components/Dialog';
import { useFormat } from '../../lib/format';

/** The one-time link or code, shown once for copying: only its hash is kept on the server. */
export function IssuedCodeDialog({ issued, name, onClose }: { issued: IssuedCode; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  const text = issued.link ?? issued.code;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      announce(t('users.issued.copied'));
    } catch {
      // Without clipboard access the field is selected for Ctrl+C.
      document.getElementById('issued-code')?.focus();
    }
  };

  return (
    <Dialog title={t(`users.issued.title.${issued.kind}`, { name })} onClose={onClose}>
      <p className="dialog-body">{issued.mailed ? t('users.issued.mailed', { name }) : t('users.issued.notMailed', { name })}</p>
      <label className="field-label" htmlFor="issued-code">{issued.link ? t('users.issued.link') : t('users.issued.code')}</label>
      <input id="issued-code" className="input issued-code" readOnly value={text} onFocus={(e) => e.target.select()} data-autofocus />
      <p className="field-hint">{t('users.issued.expires', { at: format.dateTime(issued.expiresAt) })}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void copy()}>{copied ? t('users.issued.copiedButton') : t('users.issued.copy')}</button>
        <button type="button" className="button button-primary" onClick={onClose}>{t('common:action.close')}</button>
      </div>
    </Dialog>
  );
}
