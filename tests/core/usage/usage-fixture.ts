// Shared setup for the «Bruk» tests: the small tree (00 > 01 > 0101, 0102; 00 > 02 > 0201),
// role holders and members per chapter, targets per level, and usage files as uploads.
import ExcelJS from 'exceljs';
import { openFixture, smallOrg, type Fixture } from '../ownership/coverage-fixture';

export const csv = (text: string, fileName = 'bruk.csv') => ({ fileName, base64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64') });

export const UNIT_MAPPING = { unit: 0, person: null, month: 1, activeUsers: 2, signIns: 3 } as const;

export async function xlsx(rows: Array<Array<string | number>>, fileName = 'bruk.xlsx') {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Bruk');
  for (const row of rows) sheet.addRow(row);
  return { fileName, base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64') };
}

export async function usageSetup(now?: Date) {
  const fx: Fixture = await openFixture(now);
  const org = await smallOrg(fx.core);
  // Ten role holders in Herøy, five in Våler, four in Bø; members 100, 50, 40.
  for (const [unit, holders, members] of [[org.herøy, 10, 100], [org.våler, 5, 50], [org.bø, 4, 40]] as const) {
    for (let i = 0; i < holders; i += 1) await fx.assign(await fx.person(`${unit.name} ${i}`), i === 0 ? 'chapter_leader' : 'super_user', unit.id, '2025-01-01');
    await fx.core.call('units.update', { id: unit.id, members });
  }
  const levels = await fx.core.call('usage.targets');
  const chapterLevel = levels.find((l) => l.rank === 2);
  if (!chapterLevel) throw new Error('three levels');
  return { ...fx, org, levels, chapterLevel };
}

export async function importRows(fx: Awaited<ReturnType<typeof usageSetup>>, lines: string[]) {
  return fx.core.call('usage.import', { ...csv(['enhet;måned;aktive brukere;innlogginger', ...lines].join('\n')), mapping: UNIT_MAPPING });
}

export async function rawRows(fx: Awaited<ReturnType<typeof usageSetup>>, lines: string[]) {
  return fx.core.raw('usage.import', { ...csv(['enhet;måned;aktive brukere;innlogginger', ...lines].join('\n')), mapping: UNIT_MAPPING });
}
