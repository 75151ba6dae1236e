// A person's language for messages (issue 14): kept by people.create and people.update,
// in the access export, cleared by erasure, and read by the people import from a
// «språk» column; SQLite or PostgreSQL.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/shared/i18n';
import { issuesOf, utf8Csv, type UploadedFile } from '../../fixtures/transfer';
import { openTestCore, type TestCore } from '../../support/db';
import { openFixture } from './coverage-fixture';

const NOW = () => new Date('2026-03-15T12:00:00Z');

async function storedLanguage(core: TestCore, id: number): Promise<string | null> {
  const [row] = (await core.ds.query('SELECT language FROM person WHERE id = ?', [id])) as Array<{ language: string | null }>;
  if (!row) throw new Error(`no person ${id}`);
  return row.language;
}

function exported(file: { base64: string }) {
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as { person: Record<string, unknown> };
}

describe('a person\'s language for messages', () => {
  it('is unknown by default, and kept through create, update and get', async () => {
    const core = await openTestCore({ now: NOW });
    const ola = await core.call('people.create', { name: 'Ola Hansen' });
    expect(ola.language).toBeNull();
    const kari = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no', language: 'en' });
    expect(kari.language).toBe('en');
    expect((await core.call('people.get', { id: kari.id })).language).toBe('en');
    expect(await storedLanguage(core, kari.id)).toBe('en');

    // An update that leaves the language out keeps it; null hands it back to the organization.
    expect((await core.call('people.update', { id: kari.id, phone: '41234567' })).language).toBe('en');
    expect((await core.call('people.update', { id: kari.id, language: 'nb' })).language).toBe('nb');
    expect((await core.call('people.update', { id: kari.id, language: null })).language).toBeNull();
    expect(await storedLanguage(core, kari.id)).toBeNull();
    expect((await core.call('people.update', { id: ola.id, language: 'en' })).language).toBe('en');
    expect((await core.call('people.get', { id: ola.id })).language).toBe('en');

    const german = await core.raw('people.update', { id: ola.id, language: 'de' as 'nb' });
    expect(german.ok ? null : german.error.code).toBe('INVALID_INPUT');
    expect(await storedLanguage(core, ola.id)).toBe('en');
  });

  it('is in the access export, and gone after erasure', async () => {
    const core = await openTestCore({ now: NOW });
    const kari = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no', language: 'en' });
    expect(exported(await core.call('people.exportData', { id: kari.id })).person).toMatchObject({ name: 'Kari Nordmann', language: 'en' });

    const erased = await core.call('people.erase', { id: kari.id });
    expect(erased.language).toBeNull();
    expect(await storedLanguage(core, kari.id)).toBeNull();
    expect(exported(await core.call('people.exportData', { id: kari.id })).person).not.toHaveProperty('language');
  });

  it('leaves no trace in the audit trail after erasure', async () => {
    const core = await openTestCore({ now: NOW });
    const kari = await core.call('people.create', { name: 'Kari Nordmann' });
    await core.call('people.update', { id: kari.id, language: 'en' });
    const changes = async () => {
      const rows: Array<{ changes: string }> = await core.ds.query("SELECT changes FROM audit_event WHERE entity = 'person' AND entity_id = ? ORDER BY id", [String(kari.id)]);
      return rows.map((r) => JSON.parse(r.changes) as Record<string, unknown>);
    };
    expect((await changes()).some((c) => JSON.stringify(c.language) === JSON.stringify([null, 'en']))).toBe(true);
    await core.call('people.erase', { id: kari.id });
    const after = (await changes()).map((c) => c.language).filter((l) => l !== undefined);
    expect(after.length).toBeGreaterThan(0);
    expect(JSON.stringify(after)).not.toContain('"en"');
  });
});

describe('the people import\'s language column', () => {
  const file = (...lines: string[]): UploadedFile => utf8Csv(['navn;e-post;språk', ...lines].join('\n'), { fileName: 'personer.csv' });
  const languages = async (core: TestCore) => {
    const rows: Array<{ email: string; language: string | null }> = await core.ds.query('SELECT email, language FROM person ORDER BY email');
    return Object.fromEntries(rows.map((r) => [r.email, r.language]));
  };

  it('reads nb and en and the words for them in any case; an empty cell is unknown and keeps what is stored', async () => {
    const f = await openFixture();
    const { core } = f;
    const stored = await f.person('Siri Støtte', { email: 'siri@example.no' });
    await core.call('people.update', { id: stored, language: 'en' });
    const upload = file(
      'Anne;anne@example.no;nb',
      'Bjørn;bjorn@example.no;EN',
      'Cecilie;cecilie@example.no;Bokmål',
      'David;david@example.no;norsk',
      'Erik;erik@example.no; English ',
      'Frida;frida@example.no;',
      'Siri Støtte;siri@example.no;',
      // The same person twice, the language given once: no conflict.
      'Gro;gro@example.no;',
      'Gro;gro@example.no;engelsk',
    );
    const preview = await core.call('people.importPreview', upload);
    expect(preview.mapping).toMatchObject({ name: 0, email: 1, language: 2 });
    expect(await core.call('people.import', { ...upload, mapping: preview.mapping })).toEqual({ peopleCreated: 7, peopleUpdated: 0, assignmentsCreated: 0 });
    expect(await languages(core)).toEqual({
      'anne@example.no': 'nb', 'bjorn@example.no': 'en', 'cecilie@example.no': 'nb', 'david@example.no': 'nb',
      'erik@example.no': 'en', 'frida@example.no': null, 'gro@example.no': 'en', 'siri@example.no': 'en',
    });

    // A language the file does give changes the stored one; a mapping made before the column existed still imports.
    expect(await core.call('people.import', { ...file('Siri Støtte;siri@example.no;nb'), mapping: preview.mapping })).toMatchObject({ peopleUpdated: 1 });
    expect(await storedLanguage(core, stored)).toBe('nb');
    const { language: _left, ...older } = preview.mapping;
    expect(await core.call('people.import', { ...file('Siri Støtte;siri@example.no;en'), mapping: older })).toMatchObject({ peopleUpdated: 0 });
    expect(await storedLanguage(core, stored)).toBe('nb');
  });

  it('refuses any other value, naming the row and the value, and writes nothing', async () => {
    const f = await openFixture();
    const { core } = f;
    const siri = await f.person('Siri Støtte', { email: 'siri@example.no' });
    const upload = file(
      'Siri Støtte;siri@example.no;en',
      'Anne;anne@example.no;nb',
      'Bjørn;bjorn@example.no;tysk',
      'Cecilie;cecilie@example.no;nn',
      'Gro;gro@example.no;nb',
      'Gro;gro@example.no;en',
    );
    const preview = await core.call('people.importPreview', upload);
    const issues = issuesOf(await core.raw('people.import', { ...upload, mapping: preview.mapping }));
    expect(issues).toEqual([
      { line: 4, field: 'language', code: 'BAD_LANGUAGE', value: 'tysk' },
      { line: 5, field: 'language', code: 'BAD_LANGUAGE', value: 'nn' },
      { line: 7, field: 'language', code: 'CONFLICTING_VALUE', value: 'en', params: { firstLine: 6 } },
    ]);
    expect(await languages(core)).toEqual({ 'siri@example.no': null });
    expect(await storedLanguage(core, siri)).toBeNull();

    const [first] = issues;
    const nb = await createI18n('nb');
    expect(nb.t(`cli:field.${first?.field}`)).toBe('språk for meldinger');
    expect(nb.t('errors:import.BAD_LANGUAGE', { value: first?.value })).toBe(
      '«tysk» er ikke et språk for meldinger. Skriv nb (norsk bokmål) eller en (engelsk), eller la cellen stå tom for organisasjonens språk.',
    );
    const en = await createI18n('en');
    expect(en.t('errors:import.BAD_LANGUAGE', { value: first?.value })).toContain('“tysk” is not a language for messages.');
  });
});
