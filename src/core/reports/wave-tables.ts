// The wave report's blocks: the wave's facts, a summary row per unit (also the
// region report's), and, as an appendix, planned against actual per unit and stage.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../shared/format';
import { positionText } from '../../shared/progress';
import type { Lang } from '../../shared/types';
import type { UnitStatus } from '../rollout/status';
import type { ReportCell, ReportFact, ReportFacts, ReportTable } from './model';
import { daysBetween, stageStateText, type StageName } from './wave-stages';

export interface WaveUnit {
  id: number;
  code: string;
  name: string;
  regionName: string | null;
  status: UnitStatus;
}

export interface WaveInfo {
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

export type WaveVerdict = 'done' | 'late' | 'blocked' | 'atRisk' | 'onTrack';

/** One word per unit. A unit that is late and blocked is shown as late: the date is what the plan is measured by. */
export function waveVerdict(status: UnitStatus): WaveVerdict {
  if (status.position.complete) return 'done';
  if (status.late) return 'late';
  if (status.blocked) return 'blocked';
  if (status.atRisk) return 'atRisk';
  return 'onTrack';
}

/** today − the earliest planned date of a late stage; null when nothing is late. */
export function daysBehind(status: UnitStatus, today: string): number | null {
  const planned = status.stages.filter((s) => s.late && s.plannedDate !== null).map((s) => s.plannedDate as string);
  if (planned.length === 0) return null;
  return daysBetween(planned.reduce((a, b) => (a < b ? a : b)), today);
}

export function waveFacts(t: TFunction, lang: Lang, wave: WaveInfo, units: WaveUnit[]): ReportFacts {
  const figure = (label: string, n: number): ReportFact => ({ label, value: formatNumber(lang, n), number: { kind: 'integer', value: n } });
  const count = (label: string, verdict: (s: UnitStatus) => boolean) => figure(label, units.filter((u) => verdict(u.status)).length);
  return {
    key: 'wave',
    title: t('report:wave.factsTitle'),
    items: [
      { label: t('report:wave.fact.plannedStart'), value: formatDate(lang, wave.plannedStart) },
      { label: t('report:wave.fact.plannedEnd'), value: formatDate(lang, wave.plannedEnd) },
      figure(t('report:wave.fact.units'), units.length),
      // Late, blocked and at risk are the summary's, beside these.
      count(t('report:wave.fact.done'), (s) => waveVerdict(s) === 'done'),
    ],
  };
}

export interface UnitTableLayout {
  title: string;
  caption: string;
  emptyText: string;
  /** A region column, for a report that spans regions. */
  region: boolean;
}

/** One row per unit: the stage it is on, its state and how far behind it is (the wave and region reports). */
export function unitStatusTable(t: TFunction, today: string, stages: StageName[], units: WaveUnit[], layout: UnitTableLayout): ReportTable {
  const nameOf = new Map(stages.map((s) => [s.id, s.name]));
  return {
    key: 'units',
    title: layout.title,
    caption: layout.caption,
    columns: [
      { label: t('report:wave.column.unit'), kind: 'text' },
      { label: t('report:wave.column.code'), kind: 'text' },
      ...(layout.region ? [{ label: t('report:wave.column.region'), kind: 'text' as const }] : []),
      { label: t('report:wave.column.progress'), kind: 'text' },
      { label: t('report:wave.column.stagesDone', { total: stages.length }), kind: 'integer' },
      { label: t('report:wave.column.shareDone'), kind: 'percent' },
      { label: t('report:wave.column.status'), kind: 'text' },
      { label: t('report:wave.column.daysBehind'), kind: 'integer' },
    ],
    rows: units.map((u): ReportCell[] => {
      const { status } = u;
      const current = positionText(t, status.position, (id) => nameOf.get(id) ?? '–');
      return [
        u.name, u.code, ...(layout.region ? [u.regionName] : []), current,
        status.stages.filter((s) => s.state === 'done').length, status.shareDone,
        t(`report:wave.status.${waveVerdict(status)}`), daysBehind(status, today),
      ];
    }),
    emptyText: layout.emptyText,
  };
}

export function waveSummary(t: TFunction, today: string, stages: StageName[], units: WaveUnit[]): ReportTable {
  return unitStatusTable(t, today, stages, units, {
    title: t('report:wave.summary.title'), caption: t('report:wave.summary.caption'), emptyText: t('report:wave.empty'), region: true,
  });
}

/** The appendix: one row per unit and stage, planned against done. */
export function waveDetail(t: TFunction, stages: StageName[], units: WaveUnit[]): ReportTable {
  const rows: ReportCell[][] = [];
  for (const u of units) {
    u.status.stages.forEach((s, i) => {
      // computeRolloutStatus lists the stages in the same checklist order.
      const stage = stages[i]?.id === s.stageId ? stages[i] : stages.find((x) => x.id === s.stageId);
      const deviation = s.plannedDate !== null && s.doneDate !== null ? daysBetween(s.plannedDate, s.doneDate) : null;
      rows.push([u.name, u.code, stage?.name ?? null, s.plannedDate, s.doneDate, deviation, stageStateText(t, s)]);
    });
  }
  return {
    key: 'stages',
    title: t('report:common.appendix', { title: t('report:wave.detail.title') }),
    appendix: true,
    caption: t('report:wave.detail.caption'),
    columns: [
      { label: t('report:wave.column.unit'), kind: 'text' },
      { label: t('report:wave.column.code'), kind: 'text' },
      { label: t('report:wave.column.stage'), kind: 'text' },
      { label: t('report:wave.column.plannedDate'), kind: 'date' },
      { label: t('report:wave.column.doneDate'), kind: 'date' },
      { label: t('report:wave.column.deviation'), kind: 'integer' },
      { label: t('report:wave.column.state'), kind: 'text' },
    ],
    rows,
    emptyText: t('report:wave.empty'),
  };
}
