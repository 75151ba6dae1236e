// «Innspill» in and out: the export in nb and en, CSV and XLSX, imports again as it is; a
// survey file from another tool comes in all or nothing, each bad row named by line and field.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../src/shared/types';
import { openFixture, smallOrg } from '../ownership/coverage-fixture';

const csv = (text: string, fileName = 'undersøkelse.csv') => ({ fileName, base64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64') });

/** An exported file handed back as an upload. */
const upload = (f: ExportedFile) => ({ fileName: f.fileName, base64: f.base64 });

function csvRows(file: ExportedFile): string[][] {
  const text = Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
}

async function setup() {
  const fx = await openFixture();
  const org = await smallOrg(fx.core);
  const kari = await fx.person('Kari Nordmann', { email: 'kari@example.org' });
  const [stage] = await fx.core.call('stages.list');
  if (!stage) throw new Error('stages are seeded');
  const entry = await fx.core.call('feedback.create', {
    unitId: org.herøy.id, kind: 'worry', title: '=1+1 dobbeltarbeid', description: 'To systemer', raisedById: kari, stageId: stage.id,
  });
  await fx.core.call('feedback.answer', { id: entry.id, status: 'planned', answer: 'Kort overlapp', signedAs: 'Faggruppen' });
  return { ...fx, org, stage, entry };
}

describe('feedback.export', () => {
  it('writes the entries with nb headers, formulas neutralized, and imports again as new entries', async () => {
    const fx = await setup();
    const file = await fx.core.call('feedback.export', { format: 'csv', separator: ';', lang: 'nb' });
    expect(file.fileName).toBe('innspill-2026-03-15.csv');
    const [header, row] = csvRows(file);
    expect(header).toEqual(['nr', 'enhet', 'enhetsnavn', 'region', 'type', 'tittel', 'beskrivelse', 'meldt av', 'e-post', 'steg', 'status', 'dato', 'svar', 'svart', 'signert av', 'stemmer', 'duplikat av']);
    expect(row).toEqual([
      String(fx.entry.id), '0101', 'Herøy', 'Østlandet', 'bekymring eller innvending', "'=1+1 dobbeltarbeid", 'To systemer', 'Kari Nordmann',
      'kari@example.org', fx.stage.nameNb, 'planlagt', '2026-03-15', 'Kort overlapp', '2026-03-15', 'Faggruppen', '1', '',
    ]);
    const preview = await fx.core.call('feedback.importPreview', upload(file));
    expect(preview.mapping).toMatchObject({ unit: 1, kind: 4, title: 5, description: 6, raisedBy: 8, stage: 9, date: 11 });
    expect(await fx.core.call('feedback.import', { ...upload(file), mapping: preview.mapping })).toEqual({ created: 1 });
    const list = await fx.core.call('feedback.list', {});
    expect(list.rows.map((r) => [r.title, r.kind, r.status, r.raisedBy?.name, r.stageId])).toEqual([
      ['=1+1 dobbeltarbeid', 'worry', 'new', 'Kari Nordmann', fx.stage.id],
      ['=1+1 dobbeltarbeid', 'worry', 'planned', 'Kari Nordmann', fx.stage.id],
    ]);
  });

  it('writes XLSX with English headers and typed cells, which imports again', async () => {
    const fx = await setup();
    const file = await fx.core.call('feedback.export', { format: 'xlsx', separator: ';', lang: 'en' });
    expect(file.fileName).toBe('feedback-2026-03-15.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'no', 'unit', 'unit name', 'region', 'kind', 'title', 'description', 'raised by', 'email', 'stage', 'status', 'date', 'answer', 'answered', 'signed by', 'votes', 'duplicate of']);
    expect(sheet?.getCell('E2').value).toBe('worry or objection');
    expect(sheet?.getCell('F2').value).toBe('=1+1 dobbeltarbeid');
    expect(sheet?.getCell('L2').value).toEqual(new Date('2026-03-15T00:00:00Z'));
    expect(sheet?.getCell('P2').value).toBe(1);
    const preview = await fx.core.call('feedback.importPreview', upload(file));
    expect(await fx.core.call('feedback.import', { ...upload(file), mapping: preview.mapping })).toEqual({ created: 1 });
  });
});

describe('feedback.import', () => {
  it('brings in a survey with its own words for kinds and its dates', async () => {
    const fx = await setup();
    await fx.core.call('settings.update', { feedbackAnonymous: true });
    const file = csv('Enhet;Kategori;Emne;Kommentar;Dato\n0102;Forslag;Felles kalender;Alle lag;01.02.2026\n0201;concern;For lite tid;;\n');
    const preview = await fx.core.call('feedback.importPreview', file);
    expect(preview.mapping).toMatchObject({ unit: 0, kind: 1, title: 2, description: 3, date: 4, raisedBy: null });
    expect(await fx.core.call('feedback.import', { ...file, mapping: preview.mapping })).toEqual({ created: 2 });
    const [calendar] = await fx.core.call('feedback.forUnit', { unitId: fx.org.våler.id });
    expect(calendar).toMatchObject({ kind: 'idea', title: 'Felles kalender', anonymous: true, createdAt: '2026-02-01T12:00:00.000Z' });
    const [time] = await fx.core.call('feedback.forUnit', { unitId: fx.org.bø.id });
    expect(time).toMatchObject({ kind: 'worry', createdAt: '2026-03-15T12:00:00.000Z' });
  });

  it('refuses a bad file whole, naming every problem by line and field', async () => {
    const fx = await setup();
    const file = csv([
      'enhet;type;tittel;e-post;steg;dato',
      '9999;behov;Ukjent enhet;kari@example.org;;',
      '0102;klage;Ukjent type;kari@example.org;;',
      '0102;behov;;kari@example.org;;',
      '0102;behov;Ukjent person;noen@example.org;;',
      '0102;behov;Anonym;;;',
      '0102;idé;Ukjent steg;kari@example.org;Steg 99;31.02.2026',
      '0201;idé;Denne er grei;kari@example.org;;',
    ].join('\n'));
    const preview = await fx.core.call('feedback.importPreview', file);
    const answer = await fx.core.raw('feedback.import', { ...file, mapping: preview.mapping });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('IMPORT_INVALID');
    expect(answer.error.details?.issues).toEqual([
      { line: 2, field: 'unit', code: 'UNKNOWN_UNIT', value: '9999' },
      { line: 3, field: 'kind', code: 'UNKNOWN_KIND', value: 'klage' },
      { line: 4, field: 'title', code: 'EMPTY_TITLE' },
      { line: 5, field: 'raisedBy', code: 'UNKNOWN_PERSON', value: 'noen@example.org' },
      { line: 6, field: 'raisedBy', code: 'ANONYMOUS_OFF' },
      { line: 7, field: 'stage', code: 'UNKNOWN_STAGE', value: 'Steg 99' },
      { line: 7, field: 'date', code: 'BAD_DATE', value: '31.02.2026' },
    ]);
    // All or nothing: the good row was not written either.
    expect((await fx.core.call('feedback.list', {})).total).toBe(1);
    const missing = await fx.core.raw('feedback.import', { ...csv('enhet;tittel\n0102;X\n'), mapping: { unit: 0, title: 1 } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID', details: { issues: [{ line: 1, field: 'kind', code: 'MISSING_COLUMN' }] } } });
  });
});
