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

class Tally {
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

export async function feedbackSummary(em: EntityManager, now: Date): Promise<FeedbackSummary> {
  const days = await readSetting(em, 'feedbackAnswerDays', 14);
  const scope = inScope();
  const params: unknown[] = [];
  let where = '';
  if (scope) {
    where = `WHERE f.unit_id IN ${jsonIds(dialectOf(em))}`;
    params.push(JSON.stringify(scope));
  }
  const facts: Array<Fact & { merged: number | boolean }> = await em.query(
    `SELECT f.unit_id AS "unitId", f.status AS status, f.created_at AS "createdAt", f.answered_at AS "answeredAt", f.votes AS votes,
            f.merged AS merged, COALESCE(k.title, f.title) AS theme, COALESCE(k.title_key, f.title_key) AS "themeKey"
       FROM feedback_entry f LEFT JOIN feedback_entry k ON k.id = f.duplicate_of_id ${where}`,
    params,
  );
  const regionOf = regionResolver(await loadFlatUnits(em));
  const byRegion = new Map<number | null, { name: string | null; tally: Tally }>();
  const total = new Tally();
  const at = now.getTime();
  for (const f of facts) {
    // A merged entry counts once, as part of the entry it was merged into; its votes are there.
    if (f.merged) continue;
    const region = regionOf(f.unitId);
    const key = region?.id ?? null;
    const slot = byRegion.get(key) ?? { name: region?.name ?? null, tally: new Tally() };
    slot.tally.add(f, at, days);
    byRegion.set(key, slot);
    total.add(f, at, days);
  }
  const regions = [...byRegion.entries()]
    .map(([id, s]) => s.tally.figures(id, s.name))
    .sort((a, b) => (a.regionName ?? '').localeCompare(b.regionName ?? '', 'nb'));
  return { days, regions, total: total.figures(null, null) };
}
