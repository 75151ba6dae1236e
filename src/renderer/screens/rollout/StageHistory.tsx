import { useTranslation } from 'react-i18next';
import type { ActivityEntry, StageDto } from '../../../shared/types-rollout';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../lib/format';
import { useRolloutText } from './useRolloutText';

/** A progress snapshot as the core logs it in detail.before / detail.after. */
interface Snapshot {
  state?: string;
  plannedDate?: string | null;
  doneDate?: string | null;
  note?: string;
  blockedReason?: string;
}

const FIELDS = ['state', 'plannedDate', 'doneDate', 'blockedReason', 'note'] as const;
const STATES = new Set(['not_started', 'in_progress', 'done', 'blocked']);

function snapshot(value: unknown): Snapshot | null {
  return typeof value === 'object' && value !== null ? (value as Snapshot) : null;
}

/** The unit's activity log, newest first: who, when, and what changed from what. */
export function StageHistory({ entries, stages }: { entries: ActivityEntry[]; stages: StageDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useRolloutText();
  const waves = useQuery('waves.list', {});
  const waveName = (id: unknown) =>
    typeof id === 'number' ? (waves.data?.find((w) => w.id === id)?.name ?? t('rollout.history.deletedWave')) : t('rollout.history.noWave');

  const show = (field: (typeof FIELDS)[number], value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('rollout.history.empty');
    const s = String(value);
    if (field === 'state' && STATES.has(s)) return text.stateLabel(s as 'done');
    if ((field === 'plannedDate' || field === 'doneDate') && /^\d{4}-\d{2}-\d{2}$/.test(s)) return format.date(s);
    return s;
  };

  const changes = (entry: ActivityEntry): string[] => {
    const before = snapshot(entry.detail.before);
    const after = snapshot(entry.detail.after);
    const lines: string[] = [];
    if (before !== null || after !== null) {
      for (const field of FIELDS) {
        const from = before?.[field] ?? (field === 'state' && before === null ? 'not_started' : null);
        const to = after?.[field] ?? (field === 'state' && after === null ? 'not_started' : null);
        if ((from ?? '') !== (to ?? '')) lines.push(t('rollout.history.change', { field: t(`rollout.history.field.${field}`), from: show(field, from), to: show(field, to) }));
      }
    }
    if (entry.kind === 'wave_member') {
      lines.push(t('rollout.history.waveMove', { from: waveName(entry.detail.fromWaveId), to: waveName(entry.detail.toWaveId) }));
    }
    const reason = entry.detail.reason;
    if (typeof reason === 'string' && reason) lines.push(t('rollout.history.reason', { reason }));
    return lines;
  };

  return (
    <section className="panel" aria-labelledby="stage-history-heading">
      <h2 id="stage-history-heading">{t('rollout.history.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('rollout.history.none')}</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>{t(`rollout.history.kind.${entry.kind}`, { defaultValue: t('rollout.history.kind.other') })}</strong>
              {entry.stageId !== null ? <> – {text.stageNameById(stages, entry.stageId)}</> : null}
              {entry.bulkId !== null && entry.kind !== 'bulk' && entry.kind !== 'undo' ? <> {t('rollout.history.inBulk')}</> : null}
              <span className="history-when"> · {t('rollout.history.by', { actor: entry.actor, at: format.dateTime(entry.at) })}</span>
              {changes(entry).length > 0 ? (
                <ul className="history-changes">
                  {changes(entry).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
