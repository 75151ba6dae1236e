import type { ExportedFile } from '../../shared/types';
import { base64ToBytes } from './base64';

/**
 * Saves an exported file: Electron shows a save dialog, a browser downloads it.
 * Resolves to where it went (a path, or the file name for a download), or null when cancelled.
 */
export async function saveFile(file: ExportedFile): Promise<string | null> {
  if (window.forankring) return window.forankring.saveFile({ fileName: file.fileName, base64: file.base64 });
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}
