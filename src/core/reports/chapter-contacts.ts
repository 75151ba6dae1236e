// The chapter card's contact tables: who owns what at the chapter and
// each level above, and whom to call for support, in order, with the targets.
// Only the contact fields the unit card already shows: name, phone, e-mail.
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/types';
import type { UnitCard } from '../../shared/types-ownership';
import type { EscalationPath, PathStep } from '../../shared/types-support';
import type { ReportCell, ReportTable } from './model';

const MINUTES_PER_HOUR = 60;

export function ownersTable(t: TFunction, lang: Lang, card: UnitCard): ReportTable {
  const rows: ReportCell[][] = [];
  for (const level of card.levels) {
    for (const role of level.roles) {
      const roleName = lang === 'nb' ? role.nameNb : role.nameEn;
      const state = t(`report:chapter.owners.state.${role.state}`);
      if (role.holders.length === 0) rows.push([level.name, roleName, null, null, null, state]);
      for (const h of role.holders) {
        // An erased person still holds the role in history, without name or contact details.
        rows.push([level.name, roleName, h.name === '' ? t('report:chapter.owners.erased') : h.name, h.phone, h.email, state]);
      }
    }
  }
  return {
    key: 'owners',
    title: t('report:chapter.owners.title'),
    columns: [
      { label: t('report:chapter.owners.column.unit'), kind: 'text' },
      { label: t('report:chapter.owners.column.role'), kind: 'text' },
      { label: t('report:chapter.owners.column.name'), kind: 'text' },
      { label: t('report:chapter.owners.column.phone'), kind: 'text', nowrap: true },
      { label: t('report:chapter.owners.column.email'), kind: 'text' },
      { label: t('report:chapter.owners.column.state'), kind: 'text' },
    ],
    rows,
    emptyText: t('report:chapter.owners.empty'),
  };
}

function who(t: TFunction, lang: Lang, step: PathStep): string {
  if (step.tier === 'vendor') return t('report:chapter.path.vendor');
  const role = (lang === 'nb' ? step.roleNameNb : step.roleNameEn) ?? step.roleKey ?? '';
  return step.unitName === null ? role : t('report:chapter.path.roleAt', { role, unit: step.unitName });
}

/** One row per contact; a step with nobody keeps one row that says to go on to the next. */
export function pathTable(t: TFunction, lang: Lang, path: EscalationPath): ReportTable {
  const rows: ReportCell[][] = [];
  path.steps.forEach((step, i) => {
    const tier = t(`report:chapter.path.tier.${step.tier}`);
    const role = who(t, lang, step);
    const targets: ReportCell[] = [
      step.sla.firstResponseMinutes / MINUTES_PER_HOUR,
      step.sla.resolutionMinutes / MINUTES_PER_HOUR,
      t(`report:chapter.path.clock.${step.sla.businessHours ? 'business' : 'allHours'}`),
    ];
    if (step.vendor) {
      rows.push([tier, role, step.vendor.name || null, step.vendor.phone || null, step.vendor.email || null, ...targets]);
    } else if (step.gap) {
      const gap = t(i === path.steps.length - 1 ? 'report:chapter.path.gapLast' : 'report:chapter.path.gapNext');
      rows.push([tier, role, gap, null, null, ...targets]);
    }
    for (const c of step.contacts) rows.push([tier, role, c.name, c.phone, c.email, ...targets]);
  });
  return {
    key: 'path',
    title: t('report:chapter.path.title'),
    caption: t('report:chapter.path.caption'),
    columns: [
      { label: t('report:chapter.path.column.tier'), kind: 'text' },
      { label: t('report:chapter.path.column.role'), kind: 'text' },
      { label: t('report:chapter.path.column.contact'), kind: 'text' },
      { label: t('report:chapter.path.column.phone'), kind: 'text', nowrap: true },
      { label: t('report:chapter.path.column.email'), kind: 'text' },
      { label: t('report:chapter.path.column.firstResponse'), kind: 'hours' },
      { label: t('report:chapter.path.column.resolution'), kind: 'hours' },
      { label: t('report:chapter.path.column.clock'), kind: 'text' },
    ],
    rows,
  };
}
