// Uploads that must not hurt: decompression bombs, too many rows or columns, UTF-16
// text, and a long parse that must not hold up other calls.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/cli/messages';
import type { ApiError } from '../../src/shared/errors';
import { createI18n } from '../../src/shared/i18n';
import { MAX_IMPORT_ROWS } from '../../src/shared/limits';
import { openTestCore } from '../support/db';
import { fileOf, xlsxFile } from '../fixtures/transfer';

/** A minimal workbook whose one sheet has the given sheetData XML, plus optional extra parts. */
async function craftedXlsx(sheetData: string, extra: Record<string, Buffer> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet><sheetData>${sheetData}</sheetData></worksheet>`);
  for (const [name, bytes] of Object.entries(extra)) zip.file(name, bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function refusal(bytes: Buffer): Promise<{ error: ApiError; ms: number; heapMb: number }> {
  const core = await openTestCore();
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const env = await core.raw('units.importPreview', fileOf('bombe.xlsx', bytes));
  const ms = Math.round(performance.now() - started);
  const heapMb = Math.round((process.memoryUsage().heapUsed - heap) / 1e6);
  expect(env.ok).toBe(false);
  return { error: (env.ok ? null : env.error) as ApiError, ms, heapMb };
}

describe('upload limits', () => {
  it('refuses a 6-million-row XLSX bomb by its row count before parsing it', async () => {
    const bytes = await craftedXlsx('<row/>'.repeat(6_000_000));
    const { error, ms, heapMb } = await refusal(bytes);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'rows', limit: MAX_IMPORT_ROWS, found: MAX_IMPORT_ROWS + 1 } });
    const t = (await createI18n('nb')).t;
    // Norwegian groups thousands with a no-break space.
    expect(errorMessage(t, error).replace(/\s/g, ' ')).toBe('Filen har mer enn 50 000 rader (50 001 så langt) og leses ikke. Del den opp i flere filer.');
    expect(ms).toBeLessThan(5000);
    console.log(`xlsx bomb: ${Math.round(bytes.length / 1024)} KB file with 6,000,000 rows refused at ${MAX_IMPORT_ROWS + 1} rows in ${ms} ms, heap +${heapMb} MB`);
  });

  it('lets a sheet of exactly the row limit through, however the inflated chunks cut its tags', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const core = await openTestCore();
    const env = await core.raw('units.importPreview', fileOf('enheter.xlsx', await craftedXlsx(rows)));
    expect(env.ok ? null : env.error.code).not.toBe('FILE_UNREADABLE');
  });

  it('refuses an entry that unpacks past the limit, even one that is not a sheet', async () => {
    const bytes = await craftedXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>kode</t></is></c></row>', {
      'xl/media/image1.png': Buffer.alloc(70 * 1024 * 1024),
    });
    const { error, ms } = await refusal(bytes);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'unpacked', limit: 64 * 1024 * 1024 } });
    const t = (await createI18n('en')).t;
    expect(errorMessage(t, error)).toMatch(/^The file unpacks to more than 67 MB and is not read\./);
    console.log(`zip bomb: ${Math.round(bytes.length / 1024)} KB file unpacking to 70 MiB refused past 64 MiB in ${ms} ms`);
  });

  it('refuses a sheet with a cell past the column limit', async () => {
    const { error } = await refusal(await craftedXlsx('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>'));
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'columns', limit: 500, found: 16384 } });
  });

  it('refuses a CSV with more rows than the limit', async () => {
    const core = await openTestCore();
    const csv = `kode;navn\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `K${i};Lag ${i}`).join('\n')}\n`;
    const env = await core.raw('units.importPreview', fileOf('enheter.csv', Buffer.from(csv)));
    expect(env.ok ? null : env.error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'rows', found: MAX_IMPORT_ROWS + 2 } });
    // The header is a row of the file too: 50,000 rows in all is the limit.
  });

  it('reads a UTF-16 CSV (Excel\'s Unicode text), with and without a byte order mark', async () => {
    const core = await openTestCore();
    const text = 'kode\tnavn\n00\tLandsforbundet\n15\tMøre og Romsdal\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(Buffer.from(text, 'utf16le')).swap16();
    for (const bytes of [le, be]) {
      const preview = await core.call('units.importPreview', fileOf('enheter.txt', bytes));
      expect(preview).toMatchObject({ encoding: 'utf-16', separator: '\t', headers: ['kode', 'navn'], rowCount: 2 });
      expect(preview.sampleRows[1]).toEqual(['15', 'Møre og Romsdal']);
    }
  });

  it('parses an upload outside the queue: other calls answer while a big XLSX is read', async () => {
    const core = await openTestCore();
    const rows = Array.from({ length: 20_000 }, (_, i) => [`K${i}`, `Lokallag nummer ${i}`, 'Landsforbund']);
    const file = await xlsxFile([['kode', 'navn', 'nivå'], ...rows]);
    const done: string[] = [];
    const preview = core.call('units.importPreview', file).then((p) => done.push(`preview ${p.rowCount}`));
    const started = performance.now();
    const others = Promise.all(Array.from({ length: 20 }, () => core.call('levels.list'))).then(() => done.push('20 calls'));
    await Promise.all([preview, others]);
    expect(done).toEqual(['20 calls', 'preview 20000']);
    console.log(`parse outside the queue: 20 calls answered in ${Math.round(performance.now() - started)} ms while a 20,000-row XLSX was parsed`);
  });
});
