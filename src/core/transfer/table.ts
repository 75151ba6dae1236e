// An uploaded file, whatever its format, as a header and data rows with line numbers.
import type { Table } from './parse-table';
import { parseInWorker, type ParseLimits } from './parse-in-worker';

export type { Table } from './parse-table';

export interface UploadedFile {
  fileName: string;
  base64: string;
}

/** Decodes the upload in a worker thread (parse-in-worker.ts); the core's event loop only turns base64 into bytes. */
export function readTable(file: UploadedFile, limits: ParseLimits): Promise<Table> {
  return parseInWorker(Buffer.from(file.base64, 'base64'), file.fileName, limits);
}

/**
 * readTable that remembers the last file it read. The UI previews a file and
 * then imports the very same bytes; the second call then skips decoding and
 * parsing. Only one file is kept, and only until another one comes.
 */
export function lastTableReader(limits: ParseLimits): { read(file: UploadedFile): Promise<Table>; forget(): void } {
  let last: { file: UploadedFile; table: Table } | null = null;
  return {
    async read(file) {
      if (last && last.file.base64 === file.base64 && last.file.fileName === file.fileName) return last.table;
      last = null;
      const table = await readTable(file, limits);
      last = { file: { fileName: file.fileName, base64: file.base64 }, table };
      return table;
    },
    forget() {
      last = null;
    },
  };
}
