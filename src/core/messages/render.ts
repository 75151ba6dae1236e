// The placeholders' values for one recipient, in one language: dates in words for the
// locale, lists one per line, and a plain "nobody" where a role or a step is empty.
import type { TFunction } from 'i18next';
import { formatDate } from '../../shared/format';
import type { Lang } from '../../shared/types';
import type { PlaceholderValues } from './placeholders';
import type { Shared, UnitFacts } from './facts';

export interface RenderFor {
  lang: Lang;
  recipient: string;
  /** The audience role's key, for "what to do now". */
  roleKey: string | null;
  /** The message's stage, or the unit's current one. */
  stageId: number | null;
}

const byLang = (lang: Lang, nb: string | null, en: string | null): string => (lang === 'en' ? en || nb : nb || en) ?? '';
const lines = (items: string[], none: string): string => (items.length === 0 ? none : items.map((i) => `- ${i}`).join('\n'));

export function renderValues(t: TFunction, shared: Shared, facts: UnitFacts, who: RenderFor): PlaceholderValues {
  const { lang } = who;
  const date = (d: string | null) => (d ? formatDate(lang, d) : t('messages:fill.noDate'));
  const none = t('messages:fill.none');
  const stage = facts.stages.find((s) => s.stageId === who.stageId) ?? null;
  const own = facts.card.levels[0];
  const held = (own?.roles ?? []).filter((r) => r.holders.length > 0)
    .map((r) => `${byLang(lang, r.nameNb, r.nameEn)}: ${r.holders.map((h) => h.name).join(', ')}`);
  const gaps = (own?.roles ?? []).filter((r) => r.state === 'missing' || r.state === 'vacant')
    .map((r) => byLang(lang, r.nameNb, r.nameEn));
  const steps = facts.path.steps.map((step) => {
    const tier = t(`messages:fill.tier.${step.tier}`);
    if (step.tier === 'vendor') return step.vendor ? `${tier}: ${[step.vendor.name, step.vendor.email, step.vendor.phone].filter(Boolean).join(', ')}` : `${tier}: ${none}`;
    const role = byLang(lang, step.roleNameNb, step.roleNameEn);
    const who = step.contacts.map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', ')).join('; ');
    return `${tier} – ${role}${step.unitName ? ` (${step.unitName})` : ''}: ${who || t('messages:fill.nobody')}`;
  });
  const guidance = who.stageId === null || who.roleKey === null ? undefined : shared.guidance.get(who.stageId)?.get(who.roleKey);
  return {
    recipient: who.recipient,
    unit: facts.unit.name,
    unit_code: facts.unit.code,
    wave: shared.wave.name,
    wave_start: date(shared.wave.plannedStart),
    wave_end: date(shared.wave.plannedEnd),
    stage: stage ? byLang(lang, stage.nameNb, stage.nameEn) : none,
    stage_date: date(stage?.plannedDate ?? null),
    stage_dates: lines(facts.stages.map((s) => `${byLang(lang, s.nameNb, s.nameEn)}: ${date(s.plannedDate)}`), none),
    role_holders: lines(held, none),
    gaps: lines(gaps, none),
    escalation: lines(steps, none),
    guides: lines(shared.guides.map((g) => byLang(lang, g.titleNb, g.titleEn)), none),
    what_to_do: guidance ? byLang(lang, guidance.nb, guidance.en) : '',
  };
}
