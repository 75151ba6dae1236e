// The one access check: every call from a signed-in user passes through here, in the
// dispatcher, against the contract's access table (src/shared/access.ts). A refusal
// names what was needed, never the unit or row it concerned.
import type { EntityManager } from 'typeorm';
import { ACCESS, type MethodAccess, type Need, type RowKind, type UnitFrom } from '../../shared/access';
import type { MethodName } from '../../shared/method-names';
import { AppError } from '../errors';
import type { Scope } from './scope';
import { SCOPED_AGGREGATES, SCOPED_EXPORTS, SCOPED_READS } from './read-filters';

/** The units a call acts on; 'org' for the organization as a whole; 'missing' when the row is not there. */
type Target = number[] | 'org' | 'missing';

type Input = Record<string, unknown>;

async function unitsOf(em: EntityManager, sql: string, params: unknown[]): Promise<number[]> {
  const rows: Array<{ unitId: number | null }> = await em.query(sql, params);
  return rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId]));
}

const ROWS: Record<RowKind, (em: EntityManager, value: unknown, input: Input) => Promise<Target>> = {
  case: async (em, id) => found(await unitsOf(em, `SELECT unit_id AS "unitId" FROM support_case WHERE id = ?`, [id])),
  assignment: async (em, id) => found(await unitsOf(em, `SELECT unit_id AS "unitId" FROM assignment WHERE id = ?`, [id])),
  feedback: async (em, id) => found(await unitsOf(em, `SELECT unit_id AS "unitId" FROM feedback_entry WHERE id = ?`, [id])),
  trainingSession: async (em, id) => found(await unitsOf(em, `SELECT unit_id AS "unitId" FROM training_session WHERE id = ?`, [id])),
  // A person belongs where they live (home unit) and where they hold a role today or did.
  person: async (em, id) => {
    const exists = await unitsOf(em, `SELECT id AS "unitId" FROM person WHERE id = ?`, [id]);
    if (exists.length === 0) return 'missing';
    return unitsOf(
      em,
      `SELECT home_unit_id AS "unitId" FROM person WHERE id = ? AND home_unit_id IS NOT NULL
       UNION SELECT unit_id FROM assignment WHERE person_id = ?`,
      [id, id],
    );
  },
  bulkScope: async (em, id, input) => (input.scope === 'region' ? [Number(id)] : 'org'),
  reportUnit: async (em, code) => {
    if (code === null || code === undefined) return 'org';
    return found(await unitsOf(em, `SELECT id AS "unitId" FROM unit WHERE code = ?`, [code]));
  },
  // An undo acts where the change it takes back did (null: the organization as a whole).
  undoEntry: async (em, id) => {
    const rows: Array<{ unitId: number | null }> = await em.query(`SELECT unit_id AS "unitId" FROM undo_entry WHERE id = ?`, [id]);
    if (rows.length === 0) return 'missing';
    return rows[0]?.unitId === null || rows[0]?.unitId === undefined ? 'org' : [rows[0].unitId];
  },
  // Archiving, restoring or deleting a unit changes its parent's part of the tree.
  parentOf: async (em, id) => {
    const rows: Array<{ parentId: number | null }> = await em.query(`SELECT parent_id AS "parentId" FROM unit WHERE id = ?`, [id]);
    if (rows.length === 0) return 'missing';
    return rows[0]?.parentId === null || rows[0]?.parentId === undefined ? 'org' : [rows[0].parentId];
  },
};

function found(units: number[]): Target {
  return units.length === 0 ? 'missing' : units;
}

async function targetOf(em: EntityManager, from: UnitFrom, input: Input): Promise<Target> {
  if (from === 'org') return 'org';
  const value = input[from.input];
  if ('row' in from) return ROWS[from.row](em, value, input);
  // An optional unit field left out: the call is about the whole organization.
  return value === null || value === undefined ? 'org' : [Number(value)];
}

function forbidden(method: MethodName, need: Need): AppError {
  return new AppError('FORBIDDEN', `No access for ${method}`, { method, context: need });
}

function allowedAt(scope: Scope, access: MethodAccess, unitId: number): boolean {
  switch (access.need) {
    case 'read': return scope.readable.has(unitId);
    case 'export': return scope.exportable.has(unitId);
    case 'write': return scope.writable(unitId, access.module);
    default: return scope.administer;
  }
}

/** Whether an organization-wide call is allowed; reads the core can narrow to the scope are. */
function allowedForOrg(method: MethodName, scope: Scope, access: MethodAccess): boolean {
  switch (access.need) {
    case 'read': return scope.national || ((method in SCOPED_READS || SCOPED_AGGREGATES.has(method)) && scope.readable.size > 0);
    case 'export': return (scope.national && scope.exportable.size === scope.readable.size) || (SCOPED_EXPORTS.has(method) && scope.exportable.size > 0);
    case 'write': return scope.writesEverywhere;
    default: return scope.administer;
  }
}

async function allowedFor(em: EntityManager, method: MethodName, scope: Scope, access: MethodAccess, from: UnitFrom, input: Input): Promise<boolean> {
  const target = await targetOf(em, from, input);
  // The handler answers NOT_FOUND to whoever may see the whole organization; anyone else learns nothing.
  if (target === 'missing') return scope.national;
  if (target === 'org') return allowedForOrg(method, scope, access);
  // A person (or a row) in several units: one unit in reach is enough.
  return target.some((unitId) => allowedAt(scope, access, unitId));
}

export async function checkAccess(em: EntityManager, method: MethodName, input: Input, scope: Scope): Promise<void> {
  const access: MethodAccess = ACCESS[method];
  if (access.need === 'signed_in') return;
  if (access.need === 'administer') {
    if (!scope.administer) throw forbidden(method, access.need);
    return;
  }
  if (!(await allowedFor(em, method, scope, access, access.unit, input))) throw forbidden(method, access.need);
  // A move or reassignment is checked against the new unit too (when the call names one).
  const also = access.also;
  if (also === undefined || also === 'org' || input[also.input] === null || input[also.input] === undefined) return;
  if (!(await allowedFor(em, method, scope, access, also, input))) throw forbidden(method, access.need);
}
