// The chapter card's status blocks: rollout progress per stage, the next
// steps, and training status, for the chapter alone.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber, formatPercent } from '../../shared/format';
import type { Lang } from '../../shared/types';
import type { TrainingFigures } from '../../shared/types-rollout';
import type { UnitStatus } from '../rollout/status';
import type { ReportFacts, ReportTable } from './model';
import { stageStateText, type StageName } from './wave-stages';

/** How many of the coming stages the next steps list; the progress table shows them all. */
const NEXT_STEPS = 3;

function stageName(stages: StageName[], id: number): string | null {
  return stages.find((s) => s.id === id)?.name ?? null;
}

export function progressTable(t: TFunction, stages: StageName[], status: UnitStatus): ReportTable {
  return {
    key: 'progress',
    title: t('report:chapter.progress.title'),
    columns: [
      { label: t('report:chapter.progress.column.stage'), kind: 'text' },
      { label: t('report:chapter.progress.column.planned'), kind: 'date' },
      { label: t('report:chapter.progress.column.done'), kind: 'date' },
      { label: t('report:chapter.progress.column.state'), kind: 'text' },
    ],
    rows: status.stages.map((s) => [stageName(stages, s.stageId), s.plannedDate, s.doneDate, stageStateText(t, s)]),
    emptyText: t('report:chapter.progress.empty'),
  };
}

export function nextStepsFacts(
  t: TFunction, lang: Lang, stages: StageName[], status: UnitStatus, waveName: string | null,
): ReportFacts {
  const items: ReportFacts['items'] = [
    { label: t('report:chapter.next.wave'), value: waveName ?? t('report:chapter.next.noWave') },
  ];
  const open = status.stages.filter((s) => s.state !== 'done');
  if (open.length === 0) items.push({ label: t('report:chapter.next.status'), value: t('report:chapter.next.allDone') });
  for (const s of open.slice(0, NEXT_STEPS)) {
    const label = stageName(stages, s.stageId) ?? '';
    if (s.plannedDate === null) {
      items.push({ label, value: t('report:chapter.next.noDate') });
      continue;
    }
    const date = formatDate(lang, s.plannedDate);
    items.push({ label, value: t(s.late ? 'report:chapter.next.late' : 'report:chapter.next.planned', { date }) });
  }
  return { key: 'next', title: t('report:chapter.next.title'), items };
}

export function trainingFacts(t: TFunction, lang: Lang, f: TrainingFigures): ReportFacts {
  // "0 av 0" would read as a figure; with nobody to count there is a dash and the reason.
  const of = (n: number, total: number, none: string) =>
    total === 0
      ? t('report:chapter.training.empty', { reason: t(`report:chapter.training.${none}`) })
      : t('report:chapter.training.of', { n: formatNumber(lang, n), total: formatNumber(lang, total) });
  const basic = f.basicShare === null
    ? of(f.basicValid, f.holders, 'noHolders')
    : t('report:chapter.training.share', { share: formatPercent(lang, f.basicShare), of: of(f.basicValid, f.holders, 'noHolders') });
  return {
    key: 'training',
    title: t('report:chapter.training.title'),
    items: [
      { label: t('report:chapter.training.holders'), value: formatNumber(lang, f.holders), number: { kind: 'integer', value: f.holders } },
      { label: t('report:chapter.training.basic'), value: basic, number: { kind: 'percent', value: f.basicShare } },
      { label: t('report:chapter.training.superUsers'), value: of(f.superUsersAdvanced, f.superUsers, 'noSuperUsers') },
      { label: t('report:chapter.training.refresherOverdue'), value: formatNumber(lang, f.refresherOverdue), number: { kind: 'integer', value: f.refresherOverdue } },
      { label: t('report:chapter.training.newcomersUntrained'), value: of(f.newcomersUntrained, f.newcomers, 'noNewcomers') },
    ],
  };
}
