import { useTranslation } from 'react-i18next';
import type { LastBulk, StageDto } from '../../../shared/types-rollout';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
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
          {/* The change itself was confirmed before it ran; undoing it asks no second question. */}
          <button type="button" className="button" onClick={() => void run()} disabled={undo.pending}>
            {t('rollout.undo.button')}
          </button>
        </>
      ) : last.data === null ? (
        <p className="muted">{t('rollout.undo.nothing')}</p>
      ) : null}
      <ErrorMessage error={undo.error} />
    </div>
  );
}
