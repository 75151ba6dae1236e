// A wave's message as one ZIP of .eml files: read back with JSZip, one parseable
// draft per recipient with an address, named by unit code and person (safe and unique),
// recorded in the sent log; a name already where the files go refuses it all. SQLite or PostgreSQL.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { emlFileNames, type EmlRecipient } from '../../../src/core/messages/eml';
import { createI18n } from '../../../src/shared/i18n';
import { parseEml } from './eml-text';
import { openMessagesFixture } from './messages-fixture';

async function entries(base64: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, await f.async('string')] as const)));
}

describe('the .eml files of a message, as one ZIP', () => {
  it('holds one parseable draft per recipient with an address, named by unit code and person, and records each', async () => {
    const fx = await openMessagesFixture();
    // A namesake in Våler, a name with characters Windows forbids in Herøy, and one with no address.
    await fx.assign(await fx.person('Ola Hansen', { email: 'ola.to@example.no' }), 'chapter_leader', fx.org.våler.id, '2025-01-01');
    await fx.assign(await fx.person('Per/Pål: «Ås»?', { email: 'per@example.no' }), 'chapter_leader', fx.org.herøy.id, '2025-01-01');
    await fx.assign(await fx.person('Uten Adresse'), 'chapter_leader', fx.org.herøy.id, '2025-01-01');
    const message = await fx.stageMessage();

    const archive = await fx.core.call('messages.eml', { id: message.id, lang: 'nb' });
    expect(archive).toMatchObject({ fileName: 'melding-etappe-øst-2026-03-15.zip', mimeType: 'application/zip', count: 4 });
    const files = await entries(archive.base64);
    expect([...files.keys()].sort()).toEqual(['0101-Kari-Nordmann.eml', '0101-Per-Pål-Ås.eml', '0102-Ola-Hansen-2.eml', '0102-Ola-Hansen.eml']);

    const ola = parseEml(files.get('0102-Ola-Hansen.eml') ?? '');
    expect(ola.headers.to).toBe('Ola Hansen <ola@example.no>');
    expect(ola.headers.subject).toMatch(/^Våler: Forankret innen \d{1,2}\. mars 2026$/);
    expect(ola.headers['x-unsent']).toBe('1');
    expect(ola.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(ola.headers['content-transfer-encoding']).toBe('quoted-printable');
    expect(ola.body).toContain('Hei Ola Hansen!\nSett deg inn i hvorfor systemet innføres');
    expect(ola.body).toContain('Lokalt – Lokal supportkontakt (Våler): ingen har rollen');
    const namesake = parseEml(files.get('0102-Ola-Hansen-2.eml') ?? '');
    expect(namesake.headers.to).toBe('Ola Hansen <ola.to@example.no>');
    const kari = parseEml(files.get('0101-Kari-Nordmann.eml') ?? '');
    expect(kari.headers.subject).toMatch(/^Herøy: Anchored by \d{1,2} March 2026$/);
    expect(kari.body).toContain('Local – Local support contact (Herøy): Siri Støtte, siri@example.no, +47 900 00 000');

    const log = await fx.core.call('messages.sentLog', { waveId: fx.wave.id });
    expect(log.filter((s) => s.channel === 'eml').map((s) => [s.unitCode, s.personName]).sort()).toEqual([
      ['0101', 'Kari Nordmann'], ['0101', 'Per/Pål: «Ås»?'], ['0102', 'Ola Hansen'], ['0102', 'Ola Hansen'],
    ]);
    expect((await fx.core.call('messages.eml', { id: message.id, lang: 'en' })).fileName).toBe('message-etappe-øst-2026-03-15.zip');
  });

  it('refuses, naming the file and recording nothing, when a file of the same name is where the files go', async () => {
    const fx = await openMessagesFixture();
    const message = await fx.stageMessage();
    const refused = await fx.core.raw('messages.eml', { id: message.id, existing: ['notes.eml', '0102-OLA-HANSEN.eml'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'EML_FILE_EXISTS', details: { file: '0102-Ola-Hansen.eml' } } });
    if (refused.ok) throw new Error('refused');
    const nb = await createI18n('nb');
    expect(nb.t('errors:code.EML_FILE_EXISTS', refused.error.details ?? {})).toMatch(/^Filen 0102-Ola-Hansen\.eml finnes allerede der \.eml-filene skal lagres\. Ingen filer er skrevet/);
    expect(await fx.core.call('messages.sentLog', { waveId: fx.wave.id })).toEqual([]);
    expect(await fx.core.call('messages.eml', { id: message.id, existing: ['notes.eml'] })).toMatchObject({ count: 2 });
  });
});

describe('.eml file names', () => {
  const recipient = (unitCode: string, name: string, personId = 1): EmlRecipient => ({
    unitId: 1, unitCode, unitName: '', personId, name, email: 'a@example.no', lang: 'nb', subject: '', body: '',
  });

  it('keep letters and digits, drop path parts and what Windows forbids, and stay unique ignoring case', () => {
    expect(emlFileNames([
      recipient('03 01', '../../etc/passwd'), recipient('0301', 'Åse  Ødegård'), recipient('0301', 'åse ødegård'),
      recipient('CON', ''), recipient('', '', 7), recipient('x', 'a\u0000b<c>d|e*f"g'),
    ])).toEqual(['03-01-etc-passwd.eml', '0301-Åse-Ødegård.eml', '0301-åse-ødegård-2.eml', '_CON.eml', 'person-7.eml', 'x-a-b-c-d-e-f-g.eml']);
  });
});
