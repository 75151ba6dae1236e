import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LastBulk, StageDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { useRolloutText } from './useRolloutText';

/** One step back: says exactly which bulk change it will undo, and asks first. */
export function UndoBulk({ stages, onUndone }: { stages: StageDto[]; onUndone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const announce = useAnnounce();
  const last = useQuery('rollout.lastBulk', {});
  const undo = useAction('rollout.undoBulk');
  const [confirming, setConfirming] = useState(false);

  const describe = (b: LastBulk) =>
    t(`rollout.undo.describe.${b.action}`, {
      stage: text.stageNameById(stages, b.stageId),
      scope: b.scopeName,
      n: format.number(b.changed),
      count: b.changed,
      actor: b.actor,
      at: format.dateTime(b.at),
    });

  const run = async () => {
    const result = await undo.run();
    if (!result.ok) return;
    setConfirming(false);
    announce(t('rollout.undo.done', { count: result.value.restored, n: format.number(result.value.restored) }));
    last.reload();
    onUndone();
  };

  return (
    <div className="undo-box">
      <h3>{t('rollout.undo.title')}</h3>
      <ErrorMessage error={last.error} />
      {last.data ? (
        <>
          <p>{describe(last.data)}</p>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('rollout.undo.button')}
          </button>
        </>
      ) : last.data === null ? (
        <p className="muted">{t('rollout.undo.nothing')}</p>
      ) : null}
      {confirming && last.data ? (
        <ConfirmDialog
          title={t('rollout.undo.confirmTitle')}
          body={describe(last.data)}
          confirmLabel={t('rollout.undo.confirm')}
          onConfirm={() => void run()}
          onCancel={() => {
            undo.reset();
            setConfirming(false);
          }}
          pending={undo.pending}
          error={undo.error}
          danger
        />
      ) : null}
    </div>
  );
}
