// feedback.export: the entries of the units the caller may export from, oldest first, in
// the columns the import reads (unit, kind, title, description, e-mail, stage, date) and
// the faggruppe's answer beside them.
import type { EntityManager } from 'typeorm';
import type { ExportedFile, Lang } from '../../shared/types';
import type { FeedbackKind, FeedbackStatus } from '../../shared/types-feedback';
import { exportableUnits } from '../call-context';
import { fromStoredInstant } from '../db/instants';
import { dialectOf, jsonIds } from '../db/sql';
import { osloDate } from '../ownership/dates';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { exportTable, type ExportOptions } from '../ownership/table-export';
import type { ExportCell } from '../transfer/neutralize';
import { ANONYMOUS, FEEDBACK_HEADERS, FEEDBACK_STEM, KIND_LABELS, STATUS_LABELS } from './columns';

interface Row {
  id: number; unitId: number; code: string; unitName: string; kind: FeedbackKind; title: string; description: string;
  raisedName: string | null; raisedEmail: string | null; anonymous: number | boolean; stageNb: string | null; stageEn: string | null;
  status: FeedbackStatus; createdAt: string; answer: string; answeredAt: string | null; signedAs: string;
  votes: number | string; linkedVotes: number | string | null; duplicateOfId: number | null;
}

const day = (stored: string | null): string => (stored === null ? '' : osloDate(fromStoredInstant(stored)));

export async function exportFeedback(em: EntityManager, options: ExportOptions, now: Date): Promise<ExportedFile> {
  const reach = exportableUnits();
  const rows: Row[] = await em.query(
    `SELECT f.id AS id, f.unit_id AS "unitId", u.code AS code, u.name AS "unitName", f.kind AS kind, f.title AS title,
            f.description AS description, p.name AS "raisedName", p.email AS "raisedEmail", f.anonymous AS anonymous,
            s.name_nb AS "stageNb", s.name_en AS "stageEn", f.status AS status, f.created_at AS "createdAt", f.answer AS answer,
            f.answered_at AS "answeredAt", f.answer_signed_as AS "signedAs", f.votes AS votes,
            (SELECT SUM(d.votes) FROM feedback_entry d WHERE d.duplicate_of_id = f.id) AS "linkedVotes", f.duplicate_of_id AS "duplicateOfId"
       FROM feedback_entry f JOIN unit u ON u.id = f.unit_id LEFT JOIN person p ON p.id = f.raised_by_id LEFT JOIN stage s ON s.id = f.stage_id
      ${reach ? `WHERE f.unit_id IN ${jsonIds(dialectOf(em))}` : ''}
      ORDER BY f.created_at, f.id`,
    reach ? [JSON.stringify([...reach])] : [],
  );
  const regionOf = regionResolver(await loadFlatUnits(em));
  const lang: Lang = options.lang;
  const cells = (r: Row): ExportCell[] => [
    r.id, r.code, r.unitName, regionOf(r.unitId)?.name ?? '', KIND_LABELS[lang][r.kind], r.title, r.description,
    r.raisedName ?? (r.anonymous ? ANONYMOUS[lang] : ''), r.raisedEmail ?? '', (lang === 'en' ? r.stageEn : r.stageNb) ?? '',
    STATUS_LABELS[lang][r.status], day(r.createdAt), r.answer, day(r.answeredAt), r.signedAs,
    Number(r.votes) + Number(r.linkedVotes ?? 0), r.duplicateOfId ?? '',
  ];
  return exportTable(options, {
    stem: FEEDBACK_STEM,
    headers: FEEDBACK_HEADERS,
    kinds: ['number', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date', 'text', 'date', 'text', 'number', 'number'],
    rows: rows.map(cells),
  }, now);
}
