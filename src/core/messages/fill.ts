// Filling a message for each recipient unit and person: the person's language when it
// is known, else the organization's; a unit where nobody holds the role still gets its
// text (with no recipient), so the preview and the missing list can show the gap.
import type { EntityManager } from 'typeorm';
import type { Lang } from '../../shared/types';
import { isLang } from '../../shared/schemas';
import type { FilledMessage, MessageTemplate } from '../../shared/types-messages';
import { Role } from '../db/entities';
import { notFound } from '../errors';
import { reportT } from '../reports/translate';
import { holdersOf, loadShared, loadUnitFacts, type Shared } from './facts';
import { checkTemplate, fillText } from './placeholders';
import { renderValues } from './render';

export interface Draft extends MessageTemplate {
  waveId: number;
  stageId: number | null;
  roleId: number;
}

/** The reader's language, unless the message is written in the other one only: then that one, facts and all. */
function languageFor(draft: MessageTemplate, wanted: Lang): Lang {
  const written = (lang: Lang) => (lang === 'en' ? draft.subjectEn + draft.bodyEn : draft.subjectNb + draft.bodyNb).trim() !== '';
  const other: Lang = wanted === 'en' ? 'nb' : 'en';
  return !written(wanted) && written(other) ? other : wanted;
}

export async function fillForUnits(em: EntityManager, draft: Draft, unitIds: readonly number[], today: string, shared?: Shared): Promise<FilledMessage[]> {
  checkTemplate(draft);
  const role = await em.findOneBy(Role, { id: draft.roleId });
  if (!role) throw notFound('role', draft.roleId);
  const common = shared ?? (await loadShared(em, draft.waveId, today));
  const holders = await holdersOf(em, draft.roleId, unitIds, today);
  const out: FilledMessage[] = [];
  for (const unitId of unitIds) {
    const facts = await loadUnitFacts(em, common, unitId);
    const stageId = draft.stageId ?? facts.currentStageId;
    const people = holders.get(unitId) ?? [];
    const targets = people.length > 0
      ? people.map((p) => ({ personId: p.personId as number | null, name: p.name, email: p.email, lang: languageFor(draft, isLang(p.language) ? p.language : common.settingsLang) }))
      : [{ personId: null, name: '', email: null, lang: languageFor(draft, common.settingsLang) }];
    for (const target of targets) {
      const t = await reportT(target.lang);
      const values = renderValues(t, common, facts, { lang: target.lang, recipient: target.name, roleKey: role.key, stageId });
      const en = target.lang === 'en';
      out.push({
        unitId, unitCode: facts.unit.code, unitName: facts.unit.name, ...target,
        subject: fillText(en ? draft.subjectEn : draft.subjectNb, values, true),
        body: fillText(en ? draft.bodyEn : draft.bodyNb, values),
      });
    }
  }
  return out;
}
