// A wave over region Østlandet (chapters Herøy and Våler) with a chapter leader in each:
// Kari (English known) in Herøy and Ola (no known language) in Våler; Herøy also has its
// local support contact, so only Våler has that gap. Bø, in Vestlandet, is outside the wave.
import { openFixture, smallOrg, NOON_MARCH_15 } from '../ownership/coverage-fixture';
import type { OpenCoreOptions } from '../../../src/core';

export async function openMessagesFixture(accounts?: OpenCoreOptions['accounts']) {
  const fx = await openFixture(NOON_MARCH_15, accounts);
  const org = await smallOrg(fx.core);
  const levels = await fx.core.call('levels.list');
  const chapterLevel = levels.find((l) => l.name === 'Lokallag');
  if (!chapterLevel) throw new Error('the chapter level exists');
  const wave = await fx.core.call('waves.create', { name: 'Etappe Øst', plannedStart: '2026-03-01', plannedEnd: '2026-06-30' });
  await fx.core.call('waves.addRegion', { waveId: wave.id, regionId: org.east.id });
  const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
  const ola = await fx.person('Ola Hansen', { email: 'ola@example.no' });
  const siri = await fx.person('Siri Støtte', { email: 'siri@example.no', phone: '+47 900 00 000' });
  // Set as the person form sets it; Ola keeps the default, the organization's language.
  await fx.core.call('people.update', { id: kari, language: 'en' });
  await fx.assign(kari, 'chapter_leader', org.herøy.id, '2025-01-01');
  await fx.assign(ola, 'chapter_leader', org.våler.id, '2025-01-01');
  await fx.assign(siri, 'local_support', org.herøy.id, '2025-01-01');
  const stages = await fx.core.call('stages.list');
  const stage = (key: string) => {
    const found = stages.find((s) => s.key === key);
    if (!found) throw new Error(`stage ${key} is seeded`);
    return found;
  };
  const stageMessage = (extra: Record<string, unknown> = {}) => fx.core.call('messages.create', {
    waveId: wave.id, timing: 'stage', stageId: stage('anchored').id, sendOn: '2026-03-01',
    roleId: fx.roles.chapter_leader, levelId: chapterLevel.id,
    subjectNb: '{{unit}}: {{stage}} innen {{stage_date}}', bodyNb: 'Hei {{recipient}}!\n{{what_to_do}}\nMangler: {{gaps}}\n{{escalation}}',
    subjectEn: '{{unit}}: {{stage}} by {{stage_date}}', bodyEn: 'Hi {{recipient}}!\n{{what_to_do}}\nMissing: {{gaps}}\n{{escalation}}',
    ...extra,
  });
  return { ...fx, org, wave, chapterLevel, kari, ola, siri, stage, stageMessage };
}
