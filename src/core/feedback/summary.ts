// The figures per region: open entries, the share answered within N days (the setting
// feedbackAnswerDays), and the top themes. Computed over the caller's units (inScope), so a
// region's staff get their region's figures, not the organization's filtered afterwards.
import type { EntityManager } from 'typeorm';
import { CLOSING_STATUSES, type FeedbackRegionFigures, type FeedbackStatus, type FeedbackSummary } from '../../shared/types-feedback';
import { inScope } from '../call-context';
import { fromStoredInstant } from '../db/instants';
import { dialectOf, jsonIds } from '../db/sql';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { readSetting } from '../services/settings';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_THEMES = 3;

interface Fact {
  unitId: number;
  status: FeedbackStatus;
  createdAt: string;
  answeredAt: string | null;
  votes: number | string;
  /** The kept entry's title for a duplicate, else its own: duplicates are one theme. */
  theme: string;
  themeKey: string;
}

export class Tally {
  open = 0;
  due = 0;
  answeredInTime = 0;
  themes = new Map<string, { title: string; votes: number }>();

  add(f: Fact, now: number, days: number): void {
    if (!CLOSING_STATUSES.includes(f.status)) this.open += 1;
    const created = fromStoredInstant(f.createdAt).getTime();
    const answered = f.answeredAt === null ? null : fromStoredInstant(f.answeredAt).getTime();
    if (answered !== null || now - created >= days * DAY_MS) {
      this.due += 1;
      if (answered !== null && answered - created <= days * DAY_MS) this.answeredInTime += 1;
    }
    const theme = this.themes.get(f.themeKey) ?? { title: f.theme, votes: 0 };
    // A merged entry's votes live on the kept one; the merged row itself adds 0.
    theme.votes += Number(f.votes);
    this.themes.set(f.themeKey, theme);
  }

  figures(regionId: number | null, regionName: string | null): FeedbackRegionFigures {
    const themes = [...this.themes.values()]
      .filter((t) => t.votes > 0)
      .sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title, 'nb'))
      .slice(0, TOP_THEMES);
    return {
      regionId, regionName, open: this.open, due: this.due, answeredInTime: this.answeredInTime,
      share: this.due === 0 ? null : this.answeredInTime / this.due, themes,
    };
  }
}

export interface FeedbackTallies {
  days: number;
  /** Per row key, as `rowOf` gives it; null for entries of units it gives none. */
  rows: Map<number | null, Tally>;
  total: Tally;
}

/**
 * The figures over the given units (every unit when none are given), grouped by `rowOf`:
 * by region for the summary and the national report, by unit for a region's report.
 */
export async function tallyFeedback(em: EntityManager, now: Date, unitIds: readonly number[] | undefined, rowOf: (unitId: number) => number | null): Promise<FeedbackTallies> {
  const days = await readSetting(em, 'feedbackAnswerDays', 14);
  const params: unknown[] = [];
  let where = '';
  if (unitIds) {
    where = `WHERE f.unit_id IN ${jsonIds(dialectOf(em))}`;
    params.push(JSON.stringify(unitIds));
  }
  const facts: Array<Fact & { merged: number | boolean }> = await em.query(
    `SELECT f.unit_id AS "unitId", f.status AS status, f.created_at AS "createdAt", f.answered_at AS "answeredAt", f.votes AS votes,
            f.merged AS merged, COALESCE(k.title, f.title) AS theme, COALESCE(k.title_key, f.title_key) AS "themeKey"
       FROM feedback_entry f LEFT JOIN feedback_entry k ON k.id = f.duplicate_of_id ${where}`,
    params,
  );
  const rows = new Map<number | null, Tally>();
  const total = new Tally();
  const at = now.getTime();
  for (const f of facts) {
    // A merged entry counts once, as part of the entry it was merged into; its votes are there.
    if (f.merged) continue;
    const key = rowOf(f.unitId);
    const tally = rows.get(key) ?? new Tally();
    tally.add(f, at, days);
    rows.set(key, tally);
    total.add(f, at, days);
  }
  return { days, rows, total };
}

export async function feedbackSummary(em: EntityManager, now: Date): Promise<FeedbackSummary> {
  const regionOf = regionResolver(await loadFlatUnits(em));
  const { days, rows, total } = await tallyFeedback(em, now, inScope(), (unitId) => regionOf(unitId)?.id ?? null);
  const regions = [...rows.entries()]
    .map(([id, tally]) => tally.figures(id, id === null ? null : (regionOf(id)?.name ?? null)))
    .sort((a, b) => (a.regionName ?? '').localeCompare(b.regionName ?? '', 'nb'));
  return { days, regions, total: total.figures(null, null) };
}
