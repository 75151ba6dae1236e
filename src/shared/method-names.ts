// The names of every contract method, free of zod so the sandboxed preload can
// allow-list them without bundling the schemas. contract.ts must define exactly
// these (checked at compile time by \`satisfies\`).
export const METHOD_NAMES = [
  'app.status',
  'settings.get',
  'settings.update',
  'backup.list',
  'backup.create',
  'backup.restore',
  'db.check',
  'demo.load',
  'levels.list',
  'levels.create',
  'levels.rename',
  'levels.delete',
  'units.tree',
  'units.get',
  'units.levelProblems',
  'units.search',
  'units.create',
  'units.update',
  'units.move',
  'units.archive',
  'units.restore',
  'units.delete',
  'units.importPreview',
  'units.import',
  'units.export',
  'people.search',
  'people.get',
  'people.create',
  'people.update',
  'people.exportData',
  'people.erase',
  'people.importPreview',
  'people.import',
  'people.export',
  'roles.list',
  'roles.create',
  'roles.update',
  'roles.delete',
  'assignments.list',
  'assignments.create',
  'assignments.end',
  'assignments.boardEnding',
  'assignments.replaceBoard',
  'assignments.export',
  'coverage.gaps',
  'coverage.overloaded',
  'coverage.exportGaps',
  'units.card',
  'stages.list',
  'stages.create',
  'stages.update',
  'stages.move',
  'stages.delete',
  'waves.list',
  'waves.create',
  'waves.update',
  'waves.delete',
  'waves.setStageDate',
  'waves.addRegion',
  'waves.moveUnit',
  'rollout.unit',
  'rollout.setStage',
  'rollout.bulk',
  'rollout.lastBulk',
  'rollout.undoBulk',
  'rollout.list',
  'rollout.dashboard',
  'rollout.timeline',
  'rollout.leadTimes',
  'trainingTypes.list',
  'trainingTypes.create',
  'trainingTypes.update',
  'trainingTypes.delete',
  'trainingSessions.list',
  'trainingSessions.get',
  'trainingSessions.create',
  'trainingSessions.update',
  'trainingSessions.delete',
  'training.coverage',
  'problems.list',
  'problems.lookup',
  'problems.create',
  'problems.update',
  'problems.delete',
  'support.path',
  'sla.list',
  'sla.update',
  'cases.list',
  'cases.get',
  'cases.open',
  'cases.respond',
  'cases.escalate',
  'cases.wait',
  'cases.resume',
  'cases.resolve',
  'cases.reopen',
  'cases.correct',
  'support.metrics',
  'reports.start',
  'reports.status',
  'reports.cancel',
  'reports.result',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/**
 * The methods that only read. On a team server they run as read-only snapshots beside
 * each other, while the methods that write take turns (src/core/db/call-transactions.ts);
 * PostgreSQL itself refuses a write in one of these, so a wrong entry cannot go unnoticed.
 */
export const READ_METHODS = [
  'app.status', 'settings.get', 'backup.list', 'db.check',
  'levels.list', 'units.tree', 'units.get', 'units.levelProblems', 'units.search', 'units.importPreview', 'units.export',
  'people.search', 'people.get', 'people.exportData', 'people.importPreview', 'people.export',
  'roles.list', 'assignments.list', 'assignments.boardEnding', 'assignments.export',
  'coverage.gaps', 'coverage.overloaded', 'coverage.exportGaps', 'units.card',
  'stages.list', 'waves.list', 'rollout.unit', 'rollout.lastBulk', 'rollout.list', 'rollout.dashboard', 'rollout.timeline', 'rollout.leadTimes',
  'trainingTypes.list', 'trainingSessions.list', 'trainingSessions.get', 'training.coverage',
  'problems.list', 'problems.lookup', 'support.path', 'sla.list', 'cases.list', 'cases.get', 'support.metrics',
  'reports.start', 'reports.status', 'reports.result',
] as const satisfies readonly MethodName[];

const READS: ReadonlySet<string> = new Set(READ_METHODS);

export function isReadMethod(name: MethodName): boolean {
  return READS.has(name);
}

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && NAMES.has(name);
}
