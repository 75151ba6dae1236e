import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { openDemo } from './support';
import type { Download, Page } from '@playwright/test';

async function exportVia(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

test('exports the organization as CSV and as Excel', async ({ page, host }) => {
  await openDemo(page, host);

  const csv = await exportVia(page, 'Eksporter CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^enheter-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status')).toHaveText(`Eksportert: ${csv.download.suggestedFilename()}`);
  // UTF-8 with a BOM, so Excel in Norway opens æøå right.
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.subarray(3).toString('utf8');
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  expect(lines[0]).toBe('kode;navn;overordnet;nivå;medlemmer;kontaktnotater;arkivert');
  expect(lines).toHaveLength(1 + 373);
  // Depth first: the national office, then each region followed by its chapters.
  expect(lines[1]).toBe('NO;Landsforbundet;;Landsforbund;;;nei');
  expect(lines[2]).toBe('03;Oslo;NO;Fylkeslag;;;nei');
  expect(lines[3]).toBe('0301;Oslo;03;Lokallag;7177;;nei');
  expect(lines).toContain('1515;Herøy;15;Lokallag;90;;nei');
  expect(lines).toContain('1818;Herøy;18;Lokallag;18;;nei');

  const xlsx = await exportVia(page, 'Eksporter Excel');
  expect(xlsx.download.suggestedFilename()).toMatch(/^enheter-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // An .xlsx is a ZIP archive.
  expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(xlsx.bytes.length).toBeGreaterThan(5_000);
  await expect(page.getByRole('status')).toHaveText(`Eksportert: ${xlsx.download.suggestedFilename()}`);
});
