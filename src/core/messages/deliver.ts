// Sending through the organization's own tools: a mail-merge table, .eml files for a
// folder, one message to copy, or nodemailer with the server's SMTP settings. Each way
// records what went to whom (sent.ts); addresses and bodies are never logged.
import nodemailer from 'nodemailer';
import type { EntityManager } from 'typeorm';
import type { ExportedFile, Lang } from '../../shared/types';
import type { FilledMessage, SendResult } from '../../shared/types-messages';
import type { SendMessage } from '../accounts/mail';
import { AppError, notFound } from '../errors';
import { exportTable } from '../ownership/table-export';
import { osloDate } from '../ownership/dates';
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

/** RFC 5322 text by nodemailer's own composer (its stream transport), marked unsent so mail programs open it as a draft. */
async function emlOf(message: FilledMessage & { email: string }): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail({
    to: { name: message.name, address: message.email }, subject: message.subject, text: message.body, headers: { 'X-Unsent': '1' },
  });
  return info.message as Buffer;
}

const withEmail = (f: FilledMessage): f is FilledMessage & { email: string; personId: number } => f.personId !== null && !!f.email;

export async function emlFiles(em: EntityManager, id: number, at: Date): Promise<{ files: ExportedFile[] }> {
  const recipients = (await fillMessage(em, id, at)).filter(withEmail);
  await recordSent(em, id, recipients, 'eml', at);
  const files: ExportedFile[] = [];
  for (const [i, r] of recipients.entries()) {
    // The unit code and a running number keep names unique and free of personal data.
    const code = r.unitCode.replace(/[^\p{L}\p{N}_-]+/gu, '_');
    files.push({ fileName: `${code}-${String(i + 1).padStart(3, '0')}.eml`, mimeType: 'message/rfc822', base64: (await emlOf(r)).toString('base64') });
  }
  return { files };
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
