import type { EntityManager } from 'typeorm';
import type { AppSettings } from '../../shared/types';
import { Setting } from '../db/entities';
import { DEFAULT_KEEP } from '../db/backup-names';

const DEFAULTS: AppSettings = {
  language: 'nb', demoDeclined: false, expiryDays: 30, overloadLimit: 3,
  basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60, actorName: '',
  vendorName: '', vendorEmail: '', vendorPhone: '', backupKeep: DEFAULT_KEEP,
  feedbackAnonymous: false, feedbackAnswerDays: 14, externalHosts: [],
};

export async function readSetting<T>(em: EntityManager, key: string, fallback: T): Promise<T> {
  const row = await em.findOneBy(Setting, { key });
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export async function writeSetting(em: EntityManager, key: string, value: unknown): Promise<void> {
  await em.upsert(Setting, { key, value: JSON.stringify(value) }, ['key']);
}

export async function getSettings(em: EntityManager): Promise<AppSettings> {
  return {
    language: await readSetting(em, 'language', DEFAULTS.language),
    demoDeclined: await readSetting(em, 'demoDeclined', DEFAULTS.demoDeclined),
    expiryDays: await readSetting(em, 'expiryDays', DEFAULTS.expiryDays),
    overloadLimit: await readSetting(em, 'overloadLimit', DEFAULTS.overloadLimit),
    basicTrainingPercent: await readSetting(em, 'basicTrainingPercent', DEFAULTS.basicTrainingPercent),
    atRiskDays: await readSetting(em, 'atRiskDays', DEFAULTS.atRiskDays),
    atRiskPercent: await readSetting(em, 'atRiskPercent', DEFAULTS.atRiskPercent),
    newcomerDays: await readSetting(em, 'newcomerDays', DEFAULTS.newcomerDays),
    actorName: await readSetting(em, 'actorName', DEFAULTS.actorName),
    vendorName: await readSetting(em, 'vendorName', DEFAULTS.vendorName),
    vendorEmail: await readSetting(em, 'vendorEmail', DEFAULTS.vendorEmail),
    vendorPhone: await readSetting(em, 'vendorPhone', DEFAULTS.vendorPhone),
    backupKeep: await readSetting(em, 'backupKeep', DEFAULTS.backupKeep),
    feedbackAnonymous: await readSetting(em, 'feedbackAnonymous', DEFAULTS.feedbackAnonymous),
    feedbackAnswerDays: await readSetting(em, 'feedbackAnswerDays', DEFAULTS.feedbackAnswerDays),
    externalHosts: await readSetting(em, 'externalHosts', DEFAULTS.externalHosts),
  };
}

export async function updateSettings(em: EntityManager, patch: Partial<AppSettings>): Promise<AppSettings> {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) await writeSetting(em, key, value);
  }
  return getSettings(em);
}
