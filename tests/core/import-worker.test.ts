// The upload parse runs in a worker thread (src/core/transfer/parse-in-worker.ts): the
// core keeps answering while a file near the caps is read, and a parse past its time
// or heap is stopped with a translated refusal while the app goes on.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/cli/messages';
import { parseInWorker, PARSE_LIMITS } from '../../src/core/transfer/parse-in-worker';
import type { ApiError } from '../../src/shared/errors';
import { createI18n } from '../../src/shared/i18n';
import { MAX_FILE_BYTES, MAX_IMPORT_ROWS } from '../../src/shared/limits';
import { fileOf } from '../fixtures/transfer';
import { openTestCore } from '../support/db';

/** A CSV just under the row cap and close to the file size cap: the slowest honest upload. */
function bigCsv(): Buffer {
  const filler = 'x'.repeat(130);
  const rows = Array.from({ length: MAX_IMPORT_ROWS - 1 }, (_, i) => `K${i};Lokallag nummer ${i} ${filler};Landsforbund`);
  const bytes = Buffer.from(`kode;navn;nivå\n${rows.join('\n')}\n`);
  expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
  expect(bytes.length).toBeGreaterThan(MAX_FILE_BYTES * 0.7);
  return bytes;
}

/** As big, but 90 one-digit cells a row: some 4.5 million cells, each its own string in the parsed rows. */
function denseCsv(): Buffer {
  const row = Array.from({ length: 90 }, () => '1').join(';');
  const bytes = Buffer.from(`${Array.from({ length: MAX_IMPORT_ROWS }, () => row).join('\n')}\n`);
  expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
  return bytes;
}

describe('the upload parse worker', () => {
  it('keeps the core answering while a CSV near the caps is parsed', async () => {
    const core = await openTestCore();
    const file = fileOf('enheter.csv', bigCsv());
    const order: string[] = [];
    let previewDone = false;
    const preview = core.call('units.importPreview', file).then((p) => {
      previewDone = true;
      order.push(`preview ${p.rowCount}`);
    });
    // One call after the other: each can only start once the one before it has answered,
    // which a parse on the core's own event loop would hold up until it ended.
    const calls = (async () => {
      while (!previewDone) {
        await core.call(order.length % 2 === 0 ? 'settings.get' : 'units.tree', {});
        if (!previewDone) order.push('call');
      }
    })();
    await Promise.all([preview, calls]);
    const before = order.indexOf(`preview ${MAX_IMPORT_ROWS - 1}`);
    expect(before).toBeGreaterThanOrEqual(10);
    expect(order.slice(0, before).every((e) => e === 'call')).toBe(true);
    console.log(`parse worker: ${before} calls answered one after another while a ${Math.round(Buffer.from(file.base64, 'base64').length / 1e6)} MB CSV was parsed`);
  });

  it('stops a parse past its time limit with a translated refusal, and the app keeps answering', async () => {
    const core = await openTestCore({ parseLimits: { ...PARSE_LIMITS, timeoutMs: 100 } });
    const env = await core.raw('units.importPreview', fileOf('enheter.csv', bigCsv()));
    const error = (env.ok ? null : env.error) as ApiError;
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'time', limit: 100, seconds: 0 } });
    const en = (await createI18n('en')).t;
    expect(errorMessage(en, error)).toBe('Reading the file took more than 0 seconds and was stopped. Split it into smaller files.');
    expect((await core.call('settings.get', {})).expiryDays).toBeGreaterThan(0);
    expect(await core.call('units.tree', { includeArchived: false })).toEqual([]);
  });

  it('stops a parse that needs more heap than the worker has, and the app keeps answering', async () => {
    const core = await openTestCore({ parseLimits: { ...PARSE_LIMITS, maxOldGenerationSizeMb: 24 } });
    const env = await core.raw('units.importPreview', fileOf('enheter.csv', denseCsv()));
    const error = (env.ok ? null : env.error) as ApiError;
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', details: { context: 'memory', limit: 24, megabytes: 24 } });
    const nb = (await createI18n('nb')).t;
    expect(errorMessage(nb, error)).toBe('Lesingen av filen trengte mer enn 24 MB minne og ble stoppet. Del den opp i mindre filer, eller fjern ark og bilder som ikke skal importeres.');
    const small = await core.call('units.importPreview', fileOf('enheter.csv', Buffer.from('kode;navn\n01;Oslo\n')));
    expect(small.rowCount).toBe(1);
  });

  it('fits the densest CSV the caps let through into the default limits', async () => {
    const core = await openTestCore();
    const preview = await core.call('units.importPreview', fileOf('enheter.csv', denseCsv()));
    expect(preview.rowCount).toBe(MAX_IMPORT_ROWS - 1);
  });

  it('moves a buffer of its own to the worker and copies a slice of a shared one', async () => {
    const own = new Uint8Array(Buffer.from('kode;navn\n01;Oslo\n'));
    const table = await parseInWorker(own, 'enheter.csv');
    expect(table).toMatchObject({ format: 'csv', separator: ';', headers: ['kode', 'navn'], rows: [{ line: 2, cells: ['01', 'Oslo'] }] });
    expect(own.byteLength).toBe(0); // transferred, not copied
    // A small Buffer is a slice of Node's shared pool, which must not be taken from the caller.
    const pooled = Buffer.from('kode;navn\n02;Bergen\n');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.byteLength);
    await parseInWorker(pooled, 'enheter.csv');
    expect(pooled.toString()).toBe('kode;navn\n02;Bergen\n');
  });

  it('keeps the in-thread refusals: an .xlsx that is no zip is FILE_UNREADABLE with its reason', async () => {
    await expect(parseInWorker(Buffer.from('kode;navn\n'), 'enheter.xlsx')).rejects.toMatchObject({
      name: 'AppError', code: 'FILE_UNREADABLE', details: { reason: 'not an XLSX file' },
    });
  });
});
