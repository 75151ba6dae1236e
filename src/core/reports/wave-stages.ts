// Stage names and stage states as the wave and chapter reports print them.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { EntityManager } from 'typeorm';
import type { Lang } from '../../shared/types';
import type { UnitStageStatus } from '../../shared/types-rollout';
import { listStages } from '../rollout/stages';

export interface StageName {
  id: number;
  name: string;
}

/** Every stage in checklist order (the order computeRolloutStatus uses), named in the report's language. */
export async function loadStageNames(em: EntityManager, lang: Lang): Promise<StageName[]> {
  const stages = await listStages(em);
  return stages.map((s) => ({ id: s.id, name: lang === 'nb' ? s.nameNb : s.nameEn }));
}

/** The stage's state in words; a late stage says so, since that is what a reader looks for. */
export function stageStateText(t: TFunction, stage: UnitStageStatus): string {
  const state = t(`report:wave.stageState.${stage.state}`);
  return stage.late ? t('report:wave.stageLate', { state }) : state;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
