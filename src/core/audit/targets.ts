// What each write method changes, so the dispatcher can record it (record.ts). Keyed by
// every method that is not in READ_METHODS: a new write method is a type error here until
// it says what it touches (and tests/core/audit/coverage.test.ts checks it at run time).
import type { MethodName, READ_METHODS } from '../../shared/method-names';
import type { AuditKind } from '../../shared/types-audit';

export type WriteMethod = Exclude<MethodName, (typeof READ_METHODS)[number]>;

/** A value taken from the call's input or from its result. */
export type From = { input: string } | { result: string };

export type AuditTarget =
  /** One row, read before and after by `where`, its columns diffed. */
  | {
      row: {
        table: string;
        where: Record<string, From>;
        /** The unit it acted on: 'self' (the row is a unit), a column of the row, or a value of the call. */
        unit: 'self' | { column: string } | From | null;
      };
      kind?: AuditKind;
      /** false: the event says which fields changed, never their values (people.erase; accounts and passwords). */
      values?: false;
    }
  /** A bulk call or an import: the counts in its result, never the file. */
  | { summary: true; unit?: From; kind?: AuditKind }
  /** The settings, read before and after. */
  | { settings: true }
  /** Works on files, not in a transaction (VACUUM INTO, a restore reopening the file): recorded after it. */
  | { outside: true }
  /** Changes nothing in the database; why. */
  | { none: string };

const id: From = { input: 'id' };
const created: From = { result: 'id' };
const row = (table: string, where: From, unit: 'self' | { column: string } | From | null = null): AuditTarget => ({ row: { table, where: { id: where }, unit } });
const unitCol = { column: 'unit_id' };
const account = { row: { table: 'user_account', where: { id: { input: 'userId' } }, unit: null } } as const;

export const AUDIT_TARGETS = {
  'settings.update': { settings: true },
  // The image itself is not copied into the trail, only that it changed.
  'organization.setLogo': { summary: true },
  'backup.create': { outside: true },
  'backup.restore': { outside: true },
  'demo.load': { summary: true },
  'levels.create': row('level', created),
  'levels.rename': row('level', id),
  'levels.delete': row('level', id),
  'units.create': row('unit', created, 'self'),
  'units.update': row('unit', id, 'self'),
  'units.move': row('unit', id, 'self'),
  'units.archive': row('unit', id, 'self'),
  'units.restore': row('unit', id, 'self'),
  'units.delete': row('unit', id, 'self'),
  'units.import': { summary: true },
  'people.create': row('person', created),
  'people.update': row('person', id),
  'people.erase': { ...row('person', id), values: false },
  'people.import': { summary: true },
  'roles.create': row('role', created),
  'roles.update': row('role', id),
  'roles.delete': row('role', id),
  'assignments.create': { ...row('assignment', created, unitCol), kind: 'role' },
  'assignments.end': { ...row('assignment', id, unitCol), kind: 'role' },
  'assignments.replaceBoard': { summary: true, unit: { input: 'unitId' }, kind: 'role' },
  'stages.create': row('stage', created),
  'stages.update': row('stage', id),
  'stages.move': row('stage', id),
  'stages.delete': row('stage', id),
  'waves.create': row('wave', created),
  'waves.update': row('wave', id),
  'waves.delete': row('wave', id),
  'waves.setStageDate': { row: { table: 'wave_stage_date', where: { wave_id: { input: 'waveId' }, stage_id: { input: 'stageId' } }, unit: null } },
  'waves.addRegion': { summary: true, unit: { input: 'regionId' } },
  'waves.removeRegion': { summary: true, unit: { input: 'regionId' } },
  'waves.moveUnit': { row: { table: 'wave_member', where: { unit_id: { input: 'unitId' } }, unit: { input: 'unitId' } } },
  'rollout.setStage': { row: { table: 'stage_progress', where: { unit_id: { input: 'unitId' }, stage_id: { input: 'stageId' } }, unit: { input: 'unitId' } } },
  'rollout.bulk': { summary: true },
  'rollout.undoBulk': { summary: true },
  'assignments.undo': { summary: true, kind: 'role' },
  'waves.undoDelete': { summary: true },
  'trainingSessions.undoDelete': { summary: true },
  'trainingTypes.create': row('training_type', created),
  'trainingTypes.update': row('training_type', id),
  'trainingTypes.delete': row('training_type', id),
  'trainingSessions.create': row('training_session', created, unitCol),
  'trainingSessions.update': row('training_session', id, unitCol),
  'trainingSessions.delete': row('training_session', id, unitCol),
  'problems.create': row('problem', created),
  'problems.update': row('problem', id),
  'problems.delete': row('problem', id),
  'sla.update': { row: { table: 'sla_policy', where: { tier: { input: 'tier' } }, unit: null } },
  'cases.open': row('support_case', created, unitCol),
  'cases.respond': row('support_case', id, unitCol),
  'cases.escalate': row('support_case', id, unitCol),
  'cases.wait': row('support_case', id, unitCol),
  'cases.resume': row('support_case', id, unitCol),
  'cases.resolve': row('support_case', id, unitCol),
  'cases.reopen': row('support_case', id, unitCol),
  'cases.correct': row('support_case', id, unitCol),
  'reports.cancel': { none: 'stops a job in memory; the database is untouched' },
  // The sessions table is the record of signing in and out; a password is never shown.
  'auth.signIn': { none: 'a sign-in opens a session row (user_session), which is its record' },
  'auth.signOut': { none: 'ends the session row, which keeps its revocation time' },
  'auth.revokeSession': { none: 'ends the session row, which keeps its revocation time' },
  'auth.acceptCode': { none: 'sets the password and opens a session; the used code keeps its time' },
  'users.invite': { row: { table: 'user_account', where: { id: { result: 'userId' } }, unit: null }, kind: 'access', values: false },
  'users.resetLink': { row: { table: 'user_account', where: { id: { input: 'userId' } }, unit: null }, kind: 'access', values: false },
  'users.deactivate': { ...account, kind: 'access' },
  'users.reactivate': { ...account, kind: 'access' },
  'users.setAdmin': { ...account, kind: 'access' },
  'grants.create': { row: { table: 'access_grant', where: { id: { result: 'grantId' } }, unit: { column: 'unit_id' } }, kind: 'access' },
  'grants.end': { row: { table: 'access_grant', where: { id: { input: 'id' } }, unit: { column: 'unit_id' } }, kind: 'access' },
  'feedback.create': row('feedback_entry', created, unitCol),
  'feedback.answer': row('feedback_entry', id, unitCol),
  'feedback.link': row('feedback_entry', id, unitCol),
  'feedback.merge': row('feedback_entry', id, unitCol),
  'feedback.unlink': row('feedback_entry', id, unitCol),
  'feedback.import': { summary: true },
  'usage.import': { summary: true },
  'usage.setTargets': { summary: true },
  // Message texts are written down as "which fields changed" only; sending records counts, never addresses or bodies.
  'messages.setGuidance': { row: { table: 'stage_guidance', where: { stage_id: { input: 'stageId' }, role_key: { input: 'roleKey' } }, unit: null }, values: false },
  'messages.create': { ...row('wave_message', created), values: false },
  'messages.update': { ...row('wave_message', id), values: false },
  'messages.delete': { ...row('wave_message', id), values: false },
  'messages.exportMerge': { summary: true },
  'messages.eml': { summary: true },
  'messages.copy': { summary: true },
  'messages.send': { summary: true },
} as const satisfies Record<WriteMethod, AuditTarget>;

export function auditTarget(method: string): AuditTarget | undefined {
  return (AUDIT_TARGETS as Record<string, AuditTarget>)[method];
}
