// Writes an export (CSV, Excel, PDF, JSON, or a ZIP of .eml files) where the user chooses. The
// renderer only proposes a file name; the path always comes from the dialog.
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { z } from 'zod';
import type { Labels } from './menu-labels';

/** Base64 of at most 64 MiB of file: exports are far smaller; this only bounds memory. */
const MAX_BASE64_CHARS = Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4;

export const saveFileSchema = z
  .object({
    // A bare name: no directory parts, no characters Windows forbids, no leading dot, a known extension.
    fileName: z
      .string()
      .max(200)
      .regex(/^(?!\.)[^<>:"/\\|?*\p{Cc}]+\.(csv|xlsx|pdf|json|zip)$/iu),
    base64: z.string().max(MAX_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();

export type SaveFileRequest = z.infer<typeof saveFileSchema>;

const FILTER_LABEL = { csv: 'fileCsv', xlsx: 'fileXlsx', pdf: 'filePdf', json: 'fileJson', zip: 'fileZip' } as const;

export async function saveWithDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  { window, documentsDir, labels }: { window: BrowserWindow | null; documentsDir: string; labels: Labels },
  { fileName, base64 }: SaveFileRequest,
): Promise<string | null> {
  const ext = extname(fileName).slice(1).toLowerCase() as keyof typeof FILTER_LABEL;
  const options = {
    title: labels.saveTitle,
    defaultPath: join(documentsDir, fileName),
    filters: [{ name: labels[FILTER_LABEL[ext]], extensions: [ext] }],
  };
  const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  await writeFile(filePath, Buffer.from(base64, 'base64'));
  return filePath;
}
