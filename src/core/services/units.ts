import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { UnitDetail, UnitRow, UnitSearchHit } from '../../shared/types';
import { Level, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { searchKey } from '../text';
import { foldWords } from '../../shared/fold';
import { dialectOf, norwegianOrder } from '../db/sql';
import { assertLevelFits } from './unit-rules';

interface RawUnit {
  id: number;
  code: string;
  name: string;
  levelId: number;
  parentId: number | null;
  members: number | null;
  archived: number | boolean;
}

const ROW_COLUMNS = [
  'u.id AS id', 'u.code AS code', 'u.name AS name', 'u.level_id AS "levelId"',
  'u.parent_id AS "parentId"', 'u.members AS members', 'u.archived AS archived',
];

function toRow(r: RawUnit): UnitRow {
  return {
    id: r.id, code: r.code, name: r.name, levelId: r.levelId, parentId: r.parentId,
    members: r.members, archived: Boolean(r.archived),
  };
}

/** The whole tree as flat rows; the UI nests them. Raw rows, because hydrating entities doubles the cost. */
export async function listTree(em: EntityManager, includeArchived: boolean): Promise<UnitRow[]> {
  const qb = em.createQueryBuilder(Unit, 'u').select(ROW_COLUMNS).orderBy('u.code', 'ASC');
  if (!includeArchived) qb.where('u.archived = FALSE');
  return (await qb.getRawMany<RawUnit>()).map(toRow);
}

/** Ancestors from the top down, excluding the unit itself. */
export async function ancestorsOf(em: EntityManager, id: number): Promise<Array<Pick<UnitRow, 'id' | 'code' | 'name'>>> {
  const rows = await em.query(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM unit WHERE id = ?
       UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
     )
     SELECT unit.id AS id, unit.code AS code, unit.name AS name FROM up JOIN unit ON unit.id = up.id
     WHERE up.depth > 0 ORDER BY up.depth DESC`,
    [id],
  );
  return rows as Array<Pick<UnitRow, 'id' | 'code' | 'name'>>;
}

/** Ids of the unit and everything below it. */
export async function subtreeIds(em: EntityManager, id: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `WITH RECURSIVE down(id) AS (
       SELECT id FROM unit WHERE id = ?
       UNION ALL SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id
     ) SELECT id FROM down`,
    [id],
  );
  return rows.map((r) => r.id);
}

export async function getUnitDetail(em: EntityManager, id: number): Promise<UnitDetail> {
  const unit = await em.findOne(Unit, { where: { id }, relations: { level: true } });
  if (!unit) throw notFound('unit', id);
  const [ancestors, childCount, total] = await Promise.all([
    ancestorsOf(em, id),
    em.countBy(Unit, { parentId: id }),
    em.query(
      `WITH RECURSIVE down(id) AS (
         SELECT id FROM unit WHERE id = ?
         UNION ALL SELECT u.id FROM unit u JOIN down ON u.parent_id = down.id WHERE u.archived = FALSE
       ) SELECT COALESCE(SUM(unit.members), 0) AS total FROM down JOIN unit ON unit.id = down.id`,
      [id],
    ) as Promise<Array<{ total: number }>>,
  ]);
  return {
    id: unit.id, code: unit.code, name: unit.name, levelId: unit.levelId, parentId: unit.parentId,
    members: unit.members, archived: unit.archived, contactNotes: unit.contactNotes,
    levelName: unit.level?.name ?? '', ancestors, childCount, membersTotal: Number(total[0]?.total ?? 0),
    createdAt: unit.createdAt.toISOString(), updatedAt: unit.updatedAt.toISOString(),
  };
}

/** Codes are unique regardless of case and Unicode form: the same rule as the unique index on code_key. */
async function assertCodeFree(em: EntityManager, code: string, exceptId?: number): Promise<void> {
  const other = await em.findOneBy(Unit, { codeKey: searchKey(code) });
  if (other && other.id !== exceptId) {
    throw new AppError('CODE_TAKEN', `Code ${code} is used by ${other.name}`, { code, name: other.name });
  }
}

async function assertLevel(em: EntityManager, levelId: number): Promise<void> {
  if (!(await em.existsBy(Level, { id: levelId }))) throw notFound('level', levelId);
}

async function activeParent(em: EntityManager, parentId: number): Promise<Unit> {
  const parent = await em.findOneBy(Unit, { id: parentId });
  if (!parent) throw notFound('unit', parentId);
  if (parent.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${parent.code} is archived`, { code: parent.code, name: parent.name });
  return parent;
}

/** One organization, one root: a unit may go without a parent only while no other unit does (the import checks the same in units-tree.ts). */
async function assertNoOtherRoot(em: EntityManager, code: string, exceptId?: number): Promise<void> {
  const root = await em.createQueryBuilder(Unit, 'u').where('u.parent_id IS NULL').andWhere('u.id != :id', { id: exceptId ?? 0 }).orderBy('u.id').getOne();
  if (root) {
    throw new AppError('SECOND_ROOT', `${root.code} is already the root`, { code, root: root.code, rootName: root.name });
  }
}

export async function createUnit(em: EntityManager, input: InputOf<'units.create'>): Promise<UnitDetail> {
  await assertCodeFree(em, input.code);
  await assertLevel(em, input.levelId);
  if (input.parentId !== null) await activeParent(em, input.parentId);
  else await assertNoOtherRoot(em, input.code);
  await assertLevelFits(em, { id: null, code: input.code, name: input.name, levelId: input.levelId, parentId: input.parentId });
  const saved = await em.save(
    em.create(Unit, {
      code: input.code, name: input.name, searchName: searchKey(input.name), levelId: input.levelId,
      parentId: input.parentId, members: input.members, contactNotes: input.contactNotes, archived: false,
    }),
  );
  return getUnitDetail(em, saved.id);
}

export async function updateUnit(em: EntityManager, input: InputOf<'units.update'>): Promise<UnitDetail> {
  const unit = await em.findOneBy(Unit, { id: input.id });
  if (!unit) throw notFound('unit', input.id);
  if (input.code !== undefined && input.code !== unit.code) {
    // A change of case alone (a1 -> A1) is the same code and may be made.
    await assertCodeFree(em, input.code, unit.id);
    unit.code = input.code;
  }
  if (input.name !== undefined) {
    unit.name = input.name;
    unit.searchName = searchKey(input.name);
  }
  if (input.levelId !== undefined && input.levelId !== unit.levelId) {
    await assertLevel(em, input.levelId);
    await assertLevelFits(em, { ...unit, levelId: input.levelId });
    unit.levelId = input.levelId;
  }
  if (input.members !== undefined) unit.members = input.members;
  if (input.contactNotes !== undefined) unit.contactNotes = input.contactNotes;
  await em.save(unit);
  return getUnitDetail(em, unit.id);
}

export async function moveUnit(em: EntityManager, id: number, parentId: number | null): Promise<UnitDetail> {
  const unit = await em.findOneBy(Unit, { id });
  if (!unit) throw notFound('unit', id);
  if (parentId !== null) {
    const parent = await activeParent(em, parentId);
    const below = await subtreeIds(em, id);
    if (below.includes(parentId)) {
      throw new AppError('CYCLE', `${parent.code} is ${unit.code} or below it`, { code: unit.code, parent: parent.code });
    }
    await assertLevelFits(em, { ...unit, id: null, parentId });
  } else {
    await assertNoOtherRoot(em, unit.code, unit.id);
  }
  unit.parentId = parentId;
  await em.save(unit);
  return getUnitDetail(em, id);
}

/** Archives the unit and everything below it: a closed region takes its chapters with it. */
export async function archiveUnit(em: EntityManager, id: number): Promise<{ archived: number }> {
  if (!(await em.existsBy(Unit, { id }))) throw notFound('unit', id);
  const ids = await subtreeIds(em, id);
  const result = await em
    .createQueryBuilder()
    .update(Unit)
    .set({ archived: true })
    .whereInIds(ids)
    .andWhere('archived = FALSE')
    .execute();
  return { archived: result.affected ?? ids.length };
}

export async function restoreUnit(em: EntityManager, id: number): Promise<UnitDetail> {
  const unit = await em.findOneBy(Unit, { id });
  if (!unit) throw notFound('unit', id);
  if (unit.parentId !== null) await activeParent(em, unit.parentId);
  unit.archived = false;
  await em.save(unit);
  return getUnitDetail(em, id);
}

/** The detail key (and errors:reference.* word) for each referring table. */
const REFERENCE_KEYS: Readonly<Record<string, string>> = {
  unit: 'children', assignment: 'assignments', person: 'people', stage_progress: 'stageProgress',
  training_session: 'trainingSessions', support_case: 'supportCases', feedback_entry: 'feedbackEntries',
};

/**
 * Rows that refer to a unit and so forbid deleting it, counted per table from
 * the entities' own foreign keys: every relation to Unit that does not cascade
 * (children, assignments, home units, stage progress, training sessions, support
 * cases, and whatever a later domain adds) is found without a list to keep up to date.
 */
export async function unitReferences(em: EntityManager, id: number): Promise<Record<string, number>> {
  const refs: Record<string, number> = {};
  for (const key of Object.values(REFERENCE_KEYS)) refs[key] = 0;
  for (const meta of em.connection.entityMetadatas) {
    for (const fk of meta.foreignKeys) {
      if (fk.referencedEntityMetadata.target !== Unit || fk.onDelete === 'CASCADE' || fk.onDelete === 'SET NULL') continue;
      const column = fk.columns[0]?.databaseName;
      if (!column) continue;
      const [row]: Array<{ n: number }> = await em.query(`SELECT COUNT(*) AS n FROM "${meta.tableName}" WHERE "${column}" = ?`, [id]);
      const n = Number(row?.n ?? 0);
      const key = REFERENCE_KEYS[meta.tableName] ?? meta.tableName;
      refs[key] = (refs[key] ?? 0) + n;
    }
  }
  return refs;
}

export async function deleteUnit(em: EntityManager, id: number): Promise<{ id: number }> {
  const unit = await em.findOneBy(Unit, { id });
  if (!unit) throw notFound('unit', id);
  const refs = await unitReferences(em, id);
  const references = Object.keys(refs).filter((k) => (refs[k] ?? 0) > 0);
  if (references.length > 0) {
    throw new AppError('UNIT_REFERENCED', `Unit ${unit.code} is referred to by ${references.join(', ')}; archive it instead`, {
      code: unit.code, name: unit.name, references, ...refs,
    });
  }
  await em.delete(Unit, { id });
  return { id };
}

/** The folded column with a space in front, so `LIKE '% word%'` finds words that start with the query's word. */
const WORD_START = (alias: string): string => `(' ' || ${alias}.search_text)`;

/**
 * Units where every word of the query starts a word, folded (shared/fold.ts), in the
 * unit's own name or code or in its parent's or grandparent's, so «herøy nordland»
 * and «nordland herøy» both find Herøy in Nordland. One LIKE per word on the
 * stored folded column: a scan, but 5,000 short rows take a few milliseconds.
 */
export async function searchUnits(
  em: EntityManager,
  query: string,
  includeArchived: boolean,
  limit: number,
): Promise<UnitSearchHit[]> {
  const words = foldWords(query);
  if (words.length === 0) return [];
  const qb = em
    .createQueryBuilder(Unit, 'u')
    .innerJoin(Level, 'l', 'l.id = u.level_id')
    .leftJoin(Unit, 'up', 'up.id = u.parent_id')
    .leftJoin(Unit, 'ug', 'ug.id = up.parent_id')
    .select([...ROW_COLUMNS, 'l.name AS "levelName"']);
  words.forEach((word, i) => {
    qb.andWhere(`(${WORD_START('u')} LIKE :w${i} OR ${WORD_START('up')} LIKE :w${i} OR ${WORD_START('ug')} LIKE :w${i})`, { [`w${i}`]: `% ${word}%` });
  });
  const own = words.map((_, i) => `${WORD_START('u')} LIKE :w${i}`).join(' AND ');
  qb
    // Exact code, then units that match by their own name and code, those starting with the first word, then the rest.
    .orderBy(`CASE WHEN u.code_key = :exact THEN 0 WHEN ${own} THEN 1 ELSE 2 END`, 'ASC')
    .addOrderBy('CASE WHEN u.search_text LIKE :prefix THEN 0 ELSE 1 END', 'ASC')
    .addOrderBy(norwegianOrder(dialectOf(em), 'u.search_name'), 'ASC')
    .addOrderBy('u.code', 'ASC')
    .setParameter('exact', searchKey(query))
    .setParameter('prefix', `${words[0] ?? ''}%`)
    .limit(limit);
  if (!includeArchived) qb.andWhere('u.archived = FALSE');
  const rows = await qb.getRawMany<RawUnit & { levelName: string }>();
  return Promise.all(
    rows.map(async (r) => ({
      ...toRow(r),
      levelName: r.levelName,
      path: (await ancestorsOf(em, r.id)).map((a) => a.name),
    })),
  );
}
