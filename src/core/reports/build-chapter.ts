// The chapter card, made to hang on the wall or go out with a meeting
// invitation: who owns what, whom to call for support, how far the rollout has
// come and what is next, and training status. One portrait A4 page for a
// typical chapter, so the blocks are short and the personal data minimal.
import type { EntityManager } from 'typeorm';
import { buildUnitCard } from '../ownership/coverage-card';
import { computeRolloutStatus } from '../rollout/status';
import { buildEscalationPath } from '../support/path';
import { computeTrainingFigures, figuresOr } from '../training/figures';
import { modelHead, type BuildContext } from './build-context';
import { ownersTable, pathTable } from './chapter-contacts';
import { nextStepsFacts, progressTable, trainingFacts } from './chapter-status';
import type { ReportModel } from './model';
import { loadStageNames } from './wave-stages';
import { asciiStem } from './file-stem';
import { usageBlock } from '../usage/report-block';

async function waveName(em: EntityManager, waveId: number | null): Promise<string | null> {
  if (waveId === null) return null;
  const [row]: Array<{ name: string }> = await em.query('SELECT name FROM wave WHERE id = ?', [waveId]);
  return row?.name ?? null;
}

export async function buildChapterReport(ctx: BuildContext): Promise<ReportModel> {
  const { em, t, lang, today, settings, signal } = ctx;
  const unit = ctx.request.resolvedUnit;
  if (!unit) throw new Error('a chapter card needs a unit'); // resolveRequest requires one
  const card = await buildUnitCard(em, unit.id, { today, expiryDays: settings.expiryDays });
  ctx.progress(0.2);
  signal.throwIfAborted();
  const path = await buildEscalationPath(em, unit.id, today);
  ctx.progress(0.4);
  signal.throwIfAborted();
  const stages = await loadStageNames(em, lang);
  const status = (await computeRolloutStatus(em, { today, settings, unitIds: [unit.id], proposals: false })).get(unit.id);
  // resolveRequest refuses an archived unit, and every active unit has a status.
  if (!status) throw new Error(`no rollout status for unit ${unit.id}`);
  const wave = await waveName(em, status.waveId);
  ctx.progress(0.7);
  signal.throwIfAborted();
  const training = await computeTrainingFigures(em, { today, newcomerDays: settings.newcomerDays, unitIds: [unit.id] });
  ctx.progress(0.9);
  signal.throwIfAborted();

  const head = await modelHead(ctx, {
    title: t('report:chapter.title', { name: unit.name, code: unit.code }),
    fileStem: asciiStem(t('report:chapter.stem', { code: unit.code })),
    landscape: false,
  });
  ctx.progress(1);
  return {
    ...head,
    // Made to hang on the wall: one A4 sheet for a typical chapter.
    compact: true,
    blocks: [
      { type: 'table', table: ownersTable(t, lang, card) },
      { type: 'table', table: pathTable(t, lang, path) },
      { type: 'table', table: progressTable(t, stages, status) },
      { type: 'facts', facts: nextStepsFacts(t, lang, stages, status, wave) },
      { type: 'facts', facts: trainingFacts(t, lang, figuresOr(training.units.get(unit.id))) },
      ...(await usageBlock(ctx, { nameLabel: t('status.column.unit'), rows: [{ unitId: unit.id, code: unit.code, name: unit.name, own: false }] })),
    ],
  };
}
