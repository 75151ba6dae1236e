// Sending through the organization's own tools: a mail-merge table, .eml files for a
// folder, one message to copy, or nodemailer with the server's SMTP settings. Each way
// records what went to whom (sent.ts); addresses and bodies are never logged.
import type { EntityManager } from 'typeorm';
import type { ExportedFile, Lang } from '../../shared/types';
import type { EmlArchive, FilledMessage, SendResult } from '../../shared/types-messages';
import type { SendMessage } from '../accounts/mail';
import { AppError, notFound } from '../errors';
import { Wave } from '../db/entities';
import { exportTable } from '../ownership/table-export';
import { osloDate } from '../ownership/dates';
import { exportFileName, MIME_TYPES } from '../transfer/file-name';
import { emlFileNames, emlZip, refuseExisting, safePart, type EmlRecipient } from './eml';
import { audienceUnits } from './facts';
import { fillForUnits } from './fill';
import { requireMessage } from './plan';
import { recordSent } from './sent';

/** The message filled for every unit of its audience. */
async function fillMessage(em: EntityManager, id: number, at: Date): Promise<FilledMessage[]> {
  const message = await requireMessage(em, id);
  const units = await audienceUnits(em, message.waveId, message.levelId);
  return fillForUnits(em, message, units, osloDate(at));
}

const HEADERS: Record<Lang, string[]> = {
  nb: ['Navn', 'E-post', 'Emne', 'Tekst', 'Enhetskode', 'Enhet', 'Språk'],
  en: ['Name', 'E-mail', 'Subject', 'Body', 'Unit code', 'Unit', 'Language'],
};

export async function exportMerge(
  em: EntityManager, input: { id: number; format: 'csv' | 'xlsx'; separator: ';' | ','; lang: Lang }, at: Date,
): Promise<ExportedFile> {
  const recipients = (await fillMessage(em, input.id, at)).filter((f) => f.personId !== null);
  await recordSent(em, input.id, recipients, 'csv', at);
  return exportTable(input, {
    stem: { nb: 'fletting', en: 'mail-merge' },
    headers: HEADERS,
    kinds: ['text', 'text', 'text', 'text', 'text', 'text', 'text'],
    rows: recipients.map((r) => [r.name, r.email ?? '', r.subject, r.body, r.unitCode, r.unitName, r.lang]),
  }, at);
}

const withEmail = (f: FilledMessage): f is EmlRecipient => f.personId !== null && !!f.email;

const ZIP_STEM: Record<Lang, string> = { nb: 'melding', en: 'message' };

/**
 * One ZIP of .eml files, "melding-<wave>-<date>.zip". `existing` names the files
 * already where the caller unpacks it (the CLI's folder): a clash refuses the
 * whole export, so nothing is recorded as sent that was never written.
 */
export async function emlFiles(
  em: EntityManager, input: { id: number; lang: Lang; existing: readonly string[] }, at: Date,
): Promise<EmlArchive> {
  const message = await requireMessage(em, input.id);
  const wave = await em.findOneByOrFail(Wave, { id: message.waveId });
  const recipients = (await fillMessage(em, input.id, at)).filter(withEmail);
  const names = emlFileNames(recipients);
  refuseExisting(names, input.existing);
  await recordSent(em, input.id, recipients, 'eml', at);
  const zip = await emlZip(recipients.map((recipient, i) => ({ recipient, name: names[i] ?? '' })), at);
  const stem = [ZIP_STEM[input.lang], safePart(wave.name.toLowerCase(), 60)].filter((p) => p !== '').join('-');
  return { fileName: exportFileName(stem, at, 'zip'), mimeType: MIME_TYPES.zip, base64: zip.toString('base64'), count: recipients.length };
}

export async function copyOne(em: EntityManager, input: { id: number; unitId: number; personId: number }, at: Date): Promise<FilledMessage> {
  const message = await requireMessage(em, input.id);
  if (!(await audienceUnits(em, message.waveId, message.levelId)).includes(input.unitId)) throw notFound('unit', input.unitId);
  const one = (await fillForUnits(em, message, [input.unitId], osloDate(at))).find((f) => f.personId === input.personId);
  if (!one) throw notFound('person', input.personId);
  await recordSent(em, input.id, [one], 'copy', at);
  return one;
}

/** Sends one by one; a recipient the server refuses is counted as failed and not recorded. */
export async function sendAll(em: EntityManager, id: number, send: SendMessage | null, at: Date): Promise<SendResult> {
  if (!send) throw new AppError('MAIL_UNAVAILABLE', 'no SMTP settings');
  const filled = await fillMessage(em, id, at);
  const ready = filled.filter(withEmail);
  const sent: FilledMessage[] = [];
  let failed = 0;
  for (const r of ready) {
    try {
      await send({ to: { name: r.name, email: r.email }, subject: r.subject, text: r.body });
      sent.push(r);
    } catch {
      failed += 1;
    }
  }
  await recordSent(em, id, sent, 'smtp', at);
  return { sent: sent.length, skipped: filled.length - ready.length, failed };
}
