// `forankring messages-eml`: a wave's message as .eml files in a folder, for a mail
// program or a script. The core names the files and refuses, before recording any as
// sent, when one of them is already in the folder; this unpacks its ZIP there.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { WaveMessage } from '../shared/types-messages';
import { call, fail, reason, type CommandContext } from './command-context';

interface EmlCommand {
  wave: string;
  message: number | null;
  out: string;
}

/** The .eml names already in the folder, or null when the path is something other than a folder. */
function emlNamesIn(folder: string): string[] | null {
  try {
    if (!statSync(folder).isDirectory()) return null;
  } catch {
    return [];
  }
  return readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.eml'));
}

function listMessages(ctx: CommandContext, messages: WaveMessage[], write: (line: string) => void): void {
  for (const m of messages) write(`  ${String(m.id).padStart(5)}  ${m.sendOn}  ${(ctx.lang === 'en' ? m.subjectEn || m.subjectNb : m.subjectNb || m.subjectEn)}`);
}

export async function runMessagesEml(ctx: CommandContext, command: EmlCommand): Promise<number> {
  const waves = await call(ctx, 'waves.list', {});
  if (!waves.ok) return fail(ctx, waves.error);
  const byName = command.wave.normalize('NFC').toLocaleLowerCase('nb');
  const wave = waves.value.find((w) => String(w.id) === command.wave) ?? waves.value.find((w) => w.name.normalize('NFC').toLocaleLowerCase('nb') === byName);
  if (!wave) {
    ctx.io.stderr(ctx.t('cli:messagesEml.noWave', { wave: command.wave, waves: waves.value.map((w) => w.name).join(', ') || '–' }));
    return 1;
  }
  const plan = await call(ctx, 'messages.plan', { waveId: wave.id });
  if (!plan.ok) return fail(ctx, plan.error);
  const { messages } = plan.value;
  if (messages.length === 0) {
    ctx.io.stderr(ctx.t('cli:messagesEml.noMessages', { wave: wave.name }));
    return 1;
  }
  if (command.message === null || !messages.some((m) => m.id === command.message)) {
    // Without a usable id, the wave's messages with theirs, to pick one from.
    const missing = command.message === null;
    const write = missing ? ctx.io.stdout : ctx.io.stderr;
    write(ctx.t(missing ? 'cli:messagesEml.pick' : 'cli:messagesEml.notInWave', { wave: wave.name, message: command.message }));
    listMessages(ctx, messages, write);
    return missing ? 2 : 1;
  }

  const folder = resolve(ctx.cwd, command.out);
  const existing = emlNamesIn(folder);
  if (existing === null) {
    ctx.io.stderr(ctx.t('cli:messagesEml.notFolder', { folder }));
    return 1;
  }
  const archive = await call(ctx, 'messages.eml', { id: command.message, lang: ctx.lang, existing });
  if (!archive.ok) {
    const { error } = archive;
    const file = error.code === 'EML_FILE_EXISTS' ? error.details?.file : undefined;
    return fail(ctx, typeof file === 'string' ? { ...error, details: { ...error.details, file: join(folder, file) } } : error);
  }
  const zip = await JSZip.loadAsync(Buffer.from(archive.value.base64, 'base64'));
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  try {
    mkdirSync(folder, { recursive: true });
    // 'wx': a file that appeared since the check is still not replaced.
    for (const entry of entries) writeFileSync(join(folder, basename(entry.name)), await entry.async('nodebuffer'), { flag: 'wx' });
  } catch (err) {
    ctx.io.stderr(ctx.t('cli:file.writeFailed', { file: folder, reason: reason(err) }));
    return 1;
  }
  ctx.io.stdout(ctx.t('cli:messagesEml.done', { count: entries.length, folder }));
  return 0;
}
