// The .eml files of a message as one ZIP: one file per recipient, named by unit code
// and person so the folder reads like the audience list, and safe on every system.
import JSZip from 'jszip';
import nodemailer from 'nodemailer';
import type { FilledMessage } from '../../shared/types-messages';
import { AppError } from '../errors';

export type EmlRecipient = FilledMessage & { email: string; personId: number };

/** RFC 5322 text by nodemailer's own composer (its stream transport), marked unsent so mail programs open it as a draft. */
async function emlOf(message: EmlRecipient): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail({
    to: { name: message.name, address: message.email }, subject: message.subject, text: message.body, headers: { 'X-Unsent': '1' },
  });
  return info.message as Buffer;
}

// Names Windows keeps for devices, even with an extension after them.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Letters, digits, _ and - only: no path parts, nothing Windows forbids, no leading dot. */
export function safePart(text: string, max: number): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
}

/** "<unit code>-<person>.eml" for each recipient, with -2, -3 … where two would share a name (compared as Windows and macOS do, ignoring case). */
export function emlFileNames(recipients: readonly EmlRecipient[]): string[] {
  const taken = new Set<string>();
  return recipients.map((r) => {
    let stem = [safePart(r.unitCode, 40), safePart(r.name, 60)].filter((p) => p !== '').join('-') || `person-${r.personId}`;
    if (RESERVED.test(stem)) stem = `_${stem}`;
    let name = `${stem}.eml`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.eml`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Refuses before anything is recorded when a file of the same name is already where the files go. */
export function refuseExisting(names: readonly string[], existing: readonly string[]): void {
  const there = new Set(existing.map((e) => e.toLowerCase()));
  const clash = names.find((n) => there.has(n.toLowerCase()));
  if (clash !== undefined) throw new AppError('EML_FILE_EXISTS', `${clash} exists`, { file: clash });
}

/** The ZIP of one .eml per recipient, each entry dated with the export. */
export async function emlZip(entries: readonly { name: string; recipient: EmlRecipient }[], at: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const { name, recipient } of entries) zip.file(name, await emlOf(recipient), { date: at });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
