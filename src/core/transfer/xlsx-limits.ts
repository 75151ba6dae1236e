// Looks inside an XLSX before ExcelJS does: a zip's sizes are the sender's word, so
// every entry is inflated as a stream and counted, and stopped once the total
// passes the limit. The worksheets' rows and columns are counted on the way, from
// the <row> and <c r="…"> tags, so a bomb of millions of rows never reaches the parser.
import JSZip from 'jszip';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_UNPACKED_BYTES } from '../../shared/limits';
import { AppError } from '../errors';
import { overLimit } from './limits';

/** "XFD" -> 16384: the column number of a cell reference's letters. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Budget {
  bytes: number;
}

/** Counts <row> tags and the widest cell reference in one worksheet's XML, chunk by chunk. */
class SheetCounter {
  rows = 0;
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8');

  feed(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    // A tag cut between two chunks is read whole with the next one, and only then: counted
    // here as well, a cut `<row r="12` was counted twice, and a 50,000-row sheet refused.
    const lastTag = text.lastIndexOf('<');
    const cut = lastTag >= 0 && text.indexOf('>', lastTag) < 0 ? lastTag : text.length;
    const whole = text.slice(0, cut);
    this.carry = text.slice(cut);
    for (const _ of whole.matchAll(/<(?:\w+:)?row[\s>/]/g)) {
      this.rows += 1;
      if (this.rows > MAX_IMPORT_ROWS) throw overLimit('rows', this.rows);
    }
    for (const m of whole.matchAll(/<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,4})\d+"/g)) {
      const col = columnNumber(m[1] as string);
      if (col > MAX_IMPORT_COLUMNS) throw overLimit('columns', col);
    }
  }
}

function inflateCounted(file: JSZip.JSZipObject, budget: Budget, counter: SheetCounter | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        budget.bytes += chunk.length;
        if (budget.bytes > MAX_UNPACKED_BYTES) throw overLimit('unpacked', budget.bytes);
        counter?.feed(chunk);
      } catch (err) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(err);
      }
    });
    stream.on('error', (err: Error) => reject(err));
    stream.on('end', () => resolve());
  });
}

/** Throws FILE_UNREADABLE naming the limit when the workbook unpacks too large or has too many rows or columns. */
export async function assertXlsxWithinLimits(bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new AppError('FILE_UNREADABLE', 'Not a readable XLSX file', { reason: err instanceof Error ? err.message : 'xlsx' });
  }
  const budget: Budget = { bytes: 0 };
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name);
    try {
      await inflateCounted(file, budget, isSheet ? new SheetCounter() : null);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('FILE_UNREADABLE', 'Not a readable XLSX file', { reason: err instanceof Error ? err.message : 'xlsx' });
    }
  }
}
