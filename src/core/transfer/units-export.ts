// units.export: the unit tree as CSV or XLSX, in the columns the import reads.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ExportedFile, Lang } from '../../shared/types';
import { Level, Unit } from '../db/entities';
import { exportableUnits } from '../call-context';
import { writeCsv } from './csv';
import { exportFileName, MIME_TYPES } from './file-name';
import type { ExportCell } from './neutralize';
import { EXPORT_HEADERS, YES_NO, type ExportColumn } from './unit-columns';
import { writeXlsx, type XlsxColumn } from './xlsx';

interface ExportUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  parentCode: string | null;
  levelName: string;
  members: number | null;
  contactNotes: string;
  archived: number | boolean;
}

const COLUMNS: ReadonlyArray<{ key: ExportColumn; kind: XlsxColumn['kind'] }> = [
  { key: 'code', kind: 'text' }, { key: 'name', kind: 'text' }, { key: 'parent', kind: 'text' },
  { key: 'level', kind: 'text' }, { key: 'members', kind: 'number' }, { key: 'contactNotes', kind: 'text' },
  { key: 'archived', kind: 'text' },
];

const STEM: Record<Lang, string> = { nb: 'enheter', en: 'units' };

async function loadUnits(em: EntityManager, includeArchived: boolean): Promise<ExportUnit[]> {
  const qb = em
    .createQueryBuilder(Unit, 'u')
    .innerJoin(Level, 'l', 'l.id = u.level_id')
    .leftJoin(Unit, 'p', 'p.id = u.parent_id')
    .select([
      'u.id AS id', 'u.code AS code', 'u.name AS name', 'u.parent_id AS "parentId"', 'p.code AS "parentCode"',
      'l.name AS "levelName"', 'u.members AS members', 'u.contact_notes AS "contactNotes"', 'u.archived AS archived',
    ])
    .orderBy('u.code', 'ASC');
  if (!includeArchived) qb.where('u.archived = FALSE');
  return qb.getRawMany<ExportUnit>();
}

/** Depth-first, siblings by code: each region followed by its chapters, as people read a tree. */
function treeOrder(units: readonly ExportUnit[]): ExportUnit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, ExportUnit[]>();
  for (const u of units) {
    // A unit whose parent is not exported (an active unit never sits under an archived one) starts a branch.
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const siblings = children.get(key);
    if (siblings) siblings.push(u);
    else children.set(key, [u]);
  }
  const out: ExportUnit[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  for (let u = stack.pop(); u; u = stack.pop()) {
    out.push(u);
    stack.push(...[...(children.get(u.id) ?? [])].reverse());
  }
  return out;
}

function toCells(u: ExportUnit, lang: Lang): ExportCell[] {
  const [yes, no] = YES_NO[lang];
  return [u.code, u.name, u.parentCode ?? '', u.levelName, u.members, u.contactNotes, u.archived ? yes : no];
}

export async function exportUnits(em: EntityManager, input: InputOf<'units.export'>, now: Date): Promise<ExportedFile> {
  // A signed-in user exports the units they may export from, and nothing above or beside them.
  const reach = exportableUnits();
  const units = treeOrder((await loadUnits(em, input.includeArchived)).filter((u) => !reach || reach.has(u.id)));
  const headers = COLUMNS.map((c) => EXPORT_HEADERS[input.lang][c.key]);
  const rows = units.map((u) => toCells(u, input.lang));
  const content = input.format === 'csv'
    ? writeCsv([headers, ...rows], input.separator)
    : await writeXlsx(STEM[input.lang], COLUMNS.map((c, i) => ({ header: headers[i] as string, kind: c.kind })), rows);
  return {
    fileName: exportFileName(STEM[input.lang], now, input.format),
    mimeType: MIME_TYPES[input.format],
    base64: content.toString('base64'),
  };
}
