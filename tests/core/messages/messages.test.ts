// Stage and wave messages: the seeded "what to do now", filling per recipient unit and
// person in their language, refusal of unknown placeholders, gaps where nobody holds a
// role, the mail merge with the sent log, and the missing list; SQLite or PostgreSQL.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/shared/i18n';
import { openMessagesFixture } from './messages-fixture';

type Message = { id: number; waveId: number; timing: string; stageId: number | null; sendOn: string; roleId: number; levelId: number; subjectNb: string; bodyNb: string; subjectEn: string; bodyEn: string };
const draft = ({ waveId, stageId, roleId, subjectNb, bodyNb, subjectEn, bodyEn }: Message) => ({ waveId, stageId, roleId, subjectNb, bodyNb, subjectEn, bodyEn });
const fields = ({ id, timing, stageId, sendOn, roleId, levelId, subjectNb, bodyNb, subjectEn, bodyEn }: Message) => ({ id, timing, stageId, sendOn, roleId, levelId, subjectNb, bodyNb, subjectEn, bodyEn });
const csvRows = (base64: string) => Papa.parse<string[]>(Buffer.from(base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);

describe('what to do now per stage and role', () => {
  it('is seeded for the method\'s stages in both languages and editable', async () => {
    const fx = await openMessagesFixture();
    const all = await fx.core.call('messages.guidance');
    expect(all).toHaveLength((await fx.core.call('stages.list')).length * 3);
    const live = all.find((g) => g.stageId === fx.stage('live').id && g.roleKey === 'local_support');
    expect(live?.textNb).toContain('eskaleringsveien');
    expect(live?.textEn).toContain('escalation path');
    const saved = await fx.core.call('messages.setGuidance', { stageId: fx.stage('live').id, roleKey: 'local_support', textNb: ' Svar i chatten ', textEn: 'Answer in the chat' });
    expect(saved).toEqual({ stageId: fx.stage('live').id, roleKey: 'local_support', textNb: 'Svar i chatten', textEn: 'Answer in the chat' });
  });
});

describe('filling a message for each recipient', () => {
  it('fills the unit\'s own facts in the person\'s language, else the organization\'s', async () => {
    const fx = await openMessagesFixture();
    const message = await fx.stageMessage();
    const herøy = await fx.core.call('messages.preview', { ...draft(message), unitId: fx.org.herøy.id });
    expect(herøy.recipients).toHaveLength(1);
    const [kari] = herøy.recipients;
    expect(kari).toMatchObject({ personId: fx.kari, name: 'Kari Nordmann', email: 'kari@example.no', lang: 'en', unitCode: '0101' });
    expect(kari?.subject).toMatch(/^Herøy: Anchored by \d{1,2} March 2026$/);
    expect(kari?.body).toContain('Hi Kari Nordmann!');
    expect(kari?.body).toContain("Learn why the system is coming");
    // The escalation path names Herøy's own local support contact.
    expect(kari?.body).toContain('Local – Local support contact (Herøy): Siri Støtte, siri@example.no, +47 900 00 000');
    const våler = await fx.core.call('messages.preview', { ...draft(message), unitId: fx.org.våler.id });
    expect(våler.recipients[0]).toMatchObject({ name: 'Ola Hansen', lang: 'nb' });
    expect(våler.recipients[0]?.subject).toMatch(/^Våler: Forankret innen \d{1,2}\. mars 2026$/);
    expect(våler.recipients[0]?.body).toContain('Sett deg inn i hvorfor systemet innføres');
    await fx.core.call('settings.update', { language: 'en' });
    const english = await fx.core.call('messages.preview', { ...draft(message), unitId: fx.org.våler.id });
    expect(english.recipients[0]).toMatchObject({ lang: 'en' });
    expect(english.recipients[0]?.body).toContain('Hi Ola Hansen!');
  });

  it('shows the gaps where nobody holds a role, and a unit with nobody in the audience role', async () => {
    const fx = await openMessagesFixture();
    const message = await fx.stageMessage();
    const [våler] = (await fx.core.call('messages.preview', { ...draft(message), unitId: fx.org.våler.id })).recipients;
    const gapLine = (body: string | undefined) => body?.split('Mangler: ')[1]?.split('\n- Lokalt')[0] ?? '';
    expect(våler?.body).toContain('Mangler: - Superbruker\n- Lokal supportkontakt');
    expect(våler?.body).toContain('Lokalt – Lokal supportkontakt (Våler): ingen har rollen');
    const [herøy] = (await fx.core.call('messages.preview', { ...draft(message), unitId: fx.org.herøy.id, subjectEn: '', bodyEn: '' })).recipients;
    // Kari reads English, but the message has Norwegian only: it goes out in Norwegian, facts and all.
    expect(herøy).toMatchObject({ lang: 'nb' });
    expect(herøy?.body).toContain('Hei Kari Nordmann!');
    expect(gapLine(herøy?.body)).not.toContain('Lokal supportkontakt');
    const nobody = await fx.core.call('messages.preview', { ...draft(message), roleId: fx.roles.super_user, unitId: fx.org.våler.id });
    expect(nobody.recipients).toEqual([expect.objectContaining({ personId: null, name: '', email: null, unitName: 'Våler' })]);
  });

  it('refuses an unknown placeholder by its name, translated, and saves nothing', async () => {
    const fx = await openMessagesFixture();
    const refused = await fx.core.raw('messages.create', {
      waveId: fx.wave.id, timing: 'before', sendOn: '2026-02-15', roleId: fx.roles.chapter_leader, levelId: fx.chapterLevel.id,
      subjectNb: 'Velkommen', bodyNb: 'Hei {{recipient}} i {{ enhet }}', subjectEn: '', bodyEn: '',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'MESSAGE_PLACEHOLDER_UNKNOWN', details: { name: 'enhet', token: '{{enhet}}', field: 'bodyNb' } } });
    if (refused.ok) throw new Error('refused');
    const nb = await createI18n('nb');
    expect(nb.t('errors:code.MESSAGE_PLACEHOLDER_UNKNOWN', refused.error.details ?? {})).toBe(
      'Plassholderen {{enhet}} finnes ikke (Tekst (bokmål)). Bruk en av plassholderne i listen.',
    );
    expect((await fx.core.call('messages.plan', { waveId: fx.wave.id })).messages).toEqual([]);
    const message = await fx.stageMessage();
    const update = await fx.core.raw('messages.update', { ...fields(message), subjectEn: '{{unit}} {{enhet}}' });
    expect(update).toMatchObject({ ok: false, error: { code: 'MESSAGE_PLACEHOLDER_UNKNOWN', details: { token: '{{enhet}}', field: 'subjectEn' } } });
    expect((await fx.core.call('messages.plan', { waveId: fx.wave.id })).messages[0]?.subjectEn).toBe('{{unit}}: {{stage}} by {{stage_date}}');
    const preview = await fx.core.raw('messages.preview', { ...draft(message), bodyNb: '{{ukjent}}', unitId: fx.org.herøy.id });
    expect(preview).toMatchObject({ ok: false, error: { code: 'MESSAGE_PLACEHOLDER_UNKNOWN', details: { name: 'ukjent' } } });
    const { id: _id, ...unsaved } = fields(message);
    expect(await fx.core.raw('messages.create', { ...unsaved, waveId: fx.wave.id, stageId: null })).toMatchObject({ ok: false, error: { code: 'MESSAGE_STAGE_REQUIRED' } });
  });
});

describe('the mail merge, the sent log and the missing list', () => {
  it('exports one row per recipient with the unit\'s facts, records it, and takes the units off the missing list', async () => {
    const fx = await openMessagesFixture();
    const message = await fx.stageMessage();
    const missing = await fx.core.call('messages.missing', { waveId: fx.wave.id });
    expect(missing.map((m) => m.unitCode)).toEqual(['0101', '0102']);
    const file = await fx.core.call('messages.exportMerge', { id: message.id, format: 'csv', separator: ';', lang: 'nb' });
    expect(file.fileName).toMatch(/^fletting-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(file.base64);
    expect(header).toEqual(['Navn', 'E-post', 'Emne', 'Tekst', 'Enhetskode', 'Enhet', 'Språk']);
    expect(rows.map((r) => [r[0], r[1], r[4], r[6]])).toEqual([
      ['Kari Nordmann', 'kari@example.no', '0101', 'en'],
      ['Ola Hansen', 'ola@example.no', '0102', 'nb'],
    ]);
    expect(rows[1]?.[2]).toMatch(/^Våler: Forankret innen/);
    const log = await fx.core.call('messages.sentLog', { waveId: fx.wave.id });
    expect(log.map((s) => [s.unitCode, s.personName, s.channel])).toEqual(expect.arrayContaining([
      ['0101', 'Kari Nordmann', 'csv'], ['0102', 'Ola Hansen', 'csv'],
    ]));
    expect(log[0]?.sentAt).toBe('2026-03-15T12:00:00.000Z');
    expect(await fx.core.call('messages.missing', { waveId: fx.wave.id })).toEqual([]);
    expect((await fx.core.call('messages.plan', { waveId: fx.wave.id })).messages[0]?.sentUnits).toBe(2);
  });

  it('lists a unit again once it moves on to a stage whose message has not gone out', async () => {
    const fx = await openMessagesFixture();
    await fx.stageMessage();
    const next = await fx.stageMessage({ stageId: fx.stage('super_user').id, subjectNb: 'Superbruker i {{unit}}' });
    await fx.core.call('rollout.setStage', { unitId: fx.org.våler.id, stageId: fx.stage('anchored').id, state: 'done' });
    const missing = await fx.core.call('messages.missing', { waveId: fx.wave.id });
    expect(missing.map((m) => [m.unitCode, m.messageId])).toEqual([
      ['0101', expect.any(Number)], ['0102', next.id],
    ]);
  });

  it('copies one message and writes the .eml files, recording each', async () => {
    const fx = await openMessagesFixture();
    const message = await fx.stageMessage();
    const copy = await fx.core.call('messages.copy', { id: message.id, unitId: fx.org.våler.id, personId: fx.ola });
    expect(copy.body).toContain('Hei Ola Hansen!');
    expect(await fx.core.raw('messages.copy', { id: message.id, unitId: fx.org.bø.id, personId: fx.ola })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The ZIP's contents are read back in eml.test.ts.
    expect(await fx.core.call('messages.eml', { id: message.id })).toMatchObject({ count: 2, mimeType: 'application/zip' });
    const log = await fx.core.call('messages.sentLog', { waveId: fx.wave.id });
    expect(log.map((s) => s.channel).sort()).toEqual(['copy', 'eml', 'eml']);
    expect(await fx.core.raw('messages.send', { id: message.id })).toMatchObject({ ok: false, error: { code: 'MAIL_UNAVAILABLE' } });
  });
});
