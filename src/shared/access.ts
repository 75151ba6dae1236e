// What each contract method needs from a signed-in user: the module it belongs to, the
// permission, and the unit it acts on. The dispatcher checks every call against this
// table (src/core/access/check.ts); `satisfies Record<MethodName, …>` makes a new method
// without an entry a type error, and tests/core/access/scope-contract.test.ts calls every
// method as users of every kind. The solo desktop's local owner may do everything.
import type { MethodName } from './method-names';

/** A role's (or a grant's) access level, from least to most. */
export const ACCESS_LEVELS = ['read', 'support', 'edit_unit', 'edit_subtree', 'administer'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const MODULES = ['org', 'ownership', 'rollout', 'training', 'support', 'reports', 'settings', 'backup', 'audit', 'accounts', 'feedback', 'usage'] as const;
export type Module = (typeof MODULES)[number];

/**
 * - `public`: anyone, also before signing in (signing in, accepting a code, who am I);
 * - `signed_in`: any signed-in user (the catalogs every screen needs: stages, roles, levels);
 * - `read` / `export`: read, or export a file, at the unit (export is its own permission);
 * - `write`: change the unit's data in the module (`support` level suffices in `support`);
 * - `administer`: the organization's own settings and catalogs.
 */
export type Need = 'public' | 'signed_in' | 'read' | 'export' | 'write' | 'administer';

/** Rows whose unit the core looks up to find the unit a method acts on. */
export type RowKind = 'case' | 'assignment' | 'person' | 'trainingSession' | 'bulkScope' | 'reportUnit' | 'parentOf' | 'undoEntry' | 'feedback';

/**
 * The unit a call acts on:
 * - `{ input }`: an input field holding a unit id; null there means the whole organization;
 * - `{ row, input }`: the unit of the row the input field names;
 * - `'org'`: the organization as a whole.
 */
export type UnitFrom = { input: string } | { row: RowKind; input: string } | 'org';

export interface MethodAccess {
  module: Module;
  need: Need;
  unit: UnitFrom;
  /** A second unit the call also changes (a move's new parent, a correction's new unit). */
  also?: UnitFrom;
}

const at = (module: Module, need: Need, unit: UnitFrom, also?: UnitFrom): MethodAccess =>
  (also === undefined ? { module, need, unit } : { module, need, unit, also });
const catalog = (module: Module): MethodAccess => at(module, 'signed_in', 'org');
const admin = (module: Module): MethodAccess => at(module, 'administer', 'org');
const id = { input: 'id' } as const;
const unitId = { input: 'unitId' } as const;
const regionId = { input: 'regionId' } as const;
const caseRow = { row: 'case', input: 'id' } as const;
const feedbackRow = { row: 'feedback', input: 'id' } as const;

export const ACCESS = {
  'app.status': catalog('org'),
  'settings.get': catalog('settings'),
  'organization.logo': catalog('settings'),
  'organization.setLogo': admin('settings'),
  'settings.update': admin('settings'),
  'backup.list': admin('backup'),
  'backup.create': admin('backup'),
  'backup.restore': admin('backup'),
  'db.check': admin('backup'),
  'demo.load': admin('org'),
  'levels.list': catalog('org'),
  'levels.create': admin('org'),
  'levels.rename': admin('org'),
  'levels.delete': admin('org'),
  'units.tree': at('org', 'read', 'org'),
  'units.regions': at('org', 'read', 'org'),
  'units.get': at('org', 'read', id),
  'units.levelProblems': at('org', 'read', 'org'),
  'units.search': at('org', 'read', 'org'),
  // A new unit is a change to its parent; a new root is the organization's.
  'units.create': at('org', 'write', { input: 'parentId' }),
  'units.update': at('org', 'write', id),
  'units.move': at('org', 'write', id, { input: 'parentId' }),
  'units.archive': at('org', 'write', { row: 'parentOf', input: 'id' }),
  'units.restore': at('org', 'write', { row: 'parentOf', input: 'id' }),
  'units.delete': at('org', 'write', { row: 'parentOf', input: 'id' }),
  'units.importPreview': admin('org'),
  'units.import': admin('org'),
  'units.export': at('org', 'export', 'org'),
  'people.search': at('ownership', 'read', unitId),
  'people.get': at('ownership', 'read', { row: 'person', input: 'id' }),
  'people.create': at('ownership', 'write', { input: 'homeUnitId' }),
  'people.update': at('ownership', 'write', { row: 'person', input: 'id' }, { input: 'homeUnitId' }),
  'people.exportData': at('ownership', 'export', { row: 'person', input: 'id' }),
  'people.erase': admin('ownership'),
  'people.importPreview': admin('ownership'),
  'people.import': admin('ownership'),
  'people.export': at('ownership', 'export', 'org'),
  'roles.list': catalog('ownership'),
  'roles.create': admin('ownership'),
  'roles.update': admin('ownership'),
  'roles.delete': admin('ownership'),
  'assignments.list': at('ownership', 'read', unitId),
  'assignments.create': at('ownership', 'write', unitId),
  'assignments.end': at('ownership', 'write', { row: 'assignment', input: 'id' }),
  'assignments.undo': at('ownership', 'write', { row: 'undoEntry', input: 'id' }),
  'assignments.boardEnding': at('ownership', 'read', unitId),
  'assignments.replaceBoard': at('ownership', 'write', unitId),
  'assignments.export': at('ownership', 'export', 'org'),
  'coverage.gaps': at('ownership', 'read', regionId),
  'coverage.gapCounts': at('ownership', 'read', regionId),
  'coverage.overloaded': at('ownership', 'read', 'org'),
  'coverage.exportGaps': at('ownership', 'export', regionId),
  'units.card': at('ownership', 'read', id),
  'stages.list': catalog('rollout'),
  'stages.create': admin('rollout'),
  'stages.update': admin('rollout'),
  'stages.move': admin('rollout'),
  'stages.delete': admin('rollout'),
  'waves.list': at('rollout', 'read', 'org'),
  // Waves are planned centrally: changing one is a change at the top of the tree.
  'waves.create': at('rollout', 'write', 'org'),
  'waves.update': at('rollout', 'write', 'org'),
  'waves.delete': at('rollout', 'write', 'org'),
  'waves.undoDelete': at('rollout', 'write', 'org'),
  'waves.setStageDate': at('rollout', 'write', 'org'),
  'waves.addRegion': at('rollout', 'write', 'org'),
  'waves.removeRegion': at('rollout', 'write', 'org'),
  'waves.moveUnit': at('rollout', 'write', 'org'),
  'rollout.unit': at('rollout', 'read', unitId),
  'rollout.setStage': at('rollout', 'write', unitId),
  'rollout.bulk': at('rollout', 'write', { row: 'bulkScope', input: 'scopeId' }),
  'rollout.bulkPreview': at('rollout', 'read', { row: 'bulkScope', input: 'scopeId' }),
  'rollout.lastBulk': at('rollout', 'read', 'org'),
  'rollout.undoBulk': at('rollout', 'write', 'org'),
  'rollout.list': at('rollout', 'read', regionId),
  'rollout.dashboard': at('rollout', 'read', 'org'),
  'rollout.timeline': at('rollout', 'read', 'org'),
  'rollout.leadTimes': at('rollout', 'read', 'org'),
  'trainingTypes.list': catalog('training'),
  'trainingTypes.create': admin('training'),
  'trainingTypes.update': admin('training'),
  'trainingTypes.delete': admin('training'),
  'trainingSessions.list': at('training', 'read', unitId),
  'trainingSessions.get': at('training', 'read', { row: 'trainingSession', input: 'id' }),
  'trainingSessions.create': at('training', 'write', unitId),
  'trainingSessions.update': at('training', 'write', { row: 'trainingSession', input: 'id' }, unitId),
  'trainingSessions.delete': at('training', 'write', { row: 'trainingSession', input: 'id' }),
  'trainingSessions.undoDelete': at('training', 'write', { row: 'undoEntry', input: 'id' }),
  'training.coverage': at('training', 'read', regionId),
  'problems.list': catalog('support'),
  'problems.lookup': catalog('support'),
  'problems.create': admin('support'),
  'problems.update': admin('support'),
  'problems.delete': admin('support'),
  'support.path': at('support', 'read', unitId),
  'sla.list': catalog('support'),
  'sla.update': admin('support'),
  'cases.list': at('support', 'read', regionId),
  'cases.get': at('support', 'read', caseRow),
  'cases.open': at('support', 'write', unitId),
  'cases.respond': at('support', 'write', caseRow),
  'cases.escalate': at('support', 'write', caseRow),
  'cases.wait': at('support', 'write', caseRow),
  'cases.resume': at('support', 'write', caseRow),
  'cases.resolve': at('support', 'write', caseRow),
  'cases.reopen': at('support', 'write', caseRow),
  'cases.correct': at('support', 'write', caseRow, unitId),
  'support.metrics': at('support', 'read', regionId),
  'reports.start': at('reports', 'export', { row: 'reportUnit', input: 'unit' }),
  // A job's id is a random UUID known only to whoever started it.
  'reports.status': at('reports', 'signed_in', 'org'),
  'reports.cancel': at('reports', 'signed_in', 'org'),
  'reports.result': at('reports', 'signed_in', 'org'),
  // The trail of a unit (and below) is read like the unit; the whole trail by those who read everything.
  'audit.list': at('audit', 'read', unitId),
  'audit.export': at('audit', 'export', unitId),
  // Signing in is open to all; one's own sessions are one's own; the user list is the administrators'.
  'auth.me': at('accounts', 'public', 'org'),
  'auth.signIn': at('accounts', 'public', 'org'),
  'auth.acceptCode': at('accounts', 'public', 'org'),
  'auth.signOut': catalog('accounts'),
  'auth.sessions': catalog('accounts'),
  'auth.revokeSession': catalog('accounts'),
  'users.list': admin('accounts'),
  'users.invite': admin('accounts'),
  'users.resetLink': admin('accounts'),
  'users.deactivate': admin('accounts'),
  'users.reactivate': admin('accounts'),
  'users.setAdmin': admin('accounts'),
  'users.access': admin('accounts'),
  'grants.create': admin('accounts'),
  'grants.end': admin('accounts'),
  // «Innspill»: anyone who can see a unit may raise an entry for it and read its entries;
  // the faggruppe works centrally, so answering, linking and merging need rollout writes
  // at the top of the tree (the permission waves are planned with).
  'feedback.list': at('feedback', 'read', regionId),
  'feedback.forUnit': at('feedback', 'read', unitId),
  'feedback.get': at('feedback', 'read', feedbackRow),
  'feedback.summary': at('feedback', 'read', 'org'),
  'feedback.create': at('feedback', 'read', unitId),
  'feedback.answer': at('rollout', 'write', 'org'),
  'feedback.link': at('rollout', 'write', 'org'),
  'feedback.merge': at('rollout', 'write', 'org'),
  'feedback.unlink': at('rollout', 'write', 'org'),
  'feedback.export': at('feedback', 'export', 'org'),
  // A survey brought in is the faggruppe's work, for the whole organization.
  'feedback.importPreview': at('rollout', 'write', 'org'),
  'feedback.import': at('rollout', 'write', 'org'),
  // «Bruk»: the functional owner answers for the targets and for actual use; that role holds
  // edit_subtree at the top of the tree, so bringing in usage and setting targets are
  // organization-wide writes. Adoption is read over the caller's own units.
  'usage.importPreview': at('usage', 'write', 'org'),
  'usage.import': at('usage', 'write', 'org'),
  'usage.targets': catalog('usage'),
  'usage.setTargets': at('usage', 'write', 'org'),
  'usage.adoption': at('usage', 'read', unitId),
  // Stage and wave messages are planned with the waves (rollout writes over the whole
  // organization); the plan reads like the waves, and the sent log and the missing list
  // are computed over the caller's units (SCOPED_AGGREGATES). A preview fills one unit.
  'messages.guidance': at('rollout', 'read', 'org'),
  'messages.setGuidance': at('rollout', 'write', 'org'),
  'messages.plan': at('rollout', 'read', 'org'),
  'messages.create': at('rollout', 'write', 'org'),
  'messages.update': at('rollout', 'write', 'org'),
  'messages.delete': at('rollout', 'write', 'org'),
  'messages.preview': at('rollout', 'read', unitId),
  'messages.exportMerge': at('rollout', 'write', 'org'),
  'messages.eml': at('rollout', 'write', 'org'),
  'messages.copy': at('rollout', 'write', 'org'),
  'messages.send': at('rollout', 'write', 'org'),
  'messages.sentLog': at('rollout', 'read', 'org'),
  'messages.missing': at('rollout', 'read', 'org'),
} as const satisfies Record<MethodName, MethodAccess>;

export function accessOf(method: MethodName): MethodAccess {
  return ACCESS[method];
}

/** Methods an anonymous caller may call on a team server; every other one answers UNAUTHENTICATED. */
export function isPublicMethod(method: MethodName): boolean {
  return ACCESS[method].need === 'public';
}
