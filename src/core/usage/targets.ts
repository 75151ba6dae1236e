// The targets (måltall) per level: what share of a unit's role holders should be active in
// a month, and how many sign-ins per member. Every level is listed, with or without targets.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { UsageTarget as TargetDto } from '../../shared/types-usage';
import { UsageTarget } from '../db/entities';
import { notFound } from '../errors';

export async function listTargets(em: EntityManager): Promise<TargetDto[]> {
  const rows: Array<{ levelId: number; levelName: string; rank: number; activePercent: number | null; hundredths: number | null }> = await em.query(
    `SELECT l.id AS "levelId", l.name AS "levelName", l.rank AS rank, t.active_percent AS "activePercent", t.sign_ins_hundredths AS hundredths
       FROM level l LEFT JOIN usage_target t ON t.level_id = l.id ORDER BY l.rank, l.id`,
  );
  return rows.map((r) => ({
    levelId: r.levelId, levelName: r.levelName, rank: Number(r.rank),
    activePercent: r.activePercent === null ? null : Number(r.activePercent),
    signInsPerMember: r.hundredths === null ? null : Number(r.hundredths) / 100,
  }));
}

export async function setTargets(em: EntityManager, input: InputOf<'usage.setTargets'>): Promise<TargetDto[]> {
  const levels = new Set((await listTargets(em)).map((t) => t.levelId));
  for (const target of input.targets) {
    if (!levels.has(target.levelId)) throw notFound('level', target.levelId);
    await em.save(em.create(UsageTarget, {
      levelId: target.levelId,
      activePercent: target.activePercent,
      signInsHundredths: target.signInsPerMember === null ? null : Math.round(target.signInsPerMember * 100),
    }));
  }
  return listTargets(em);
}
