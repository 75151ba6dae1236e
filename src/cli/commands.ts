// The CLI's commands. Each talks to the core only through its dispatcher, so
// validation and error envelopes are the same as in the app, and returns the
// exit code: 0 done, 1 refused by the data or the database.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from './args';
import { call, fail, reason, saveExport, type CommandContext } from './command-context';
import { runReport } from './report-command';
import { runMessagesEml } from './messages-eml-command';
import { backup, check, rebuildFigures, restore } from './db-commands';
import { createAdmin } from './admin-command';

export type { CliIo, CommandContext } from './command-context';

export async function runCommand(ctx: CommandContext, command: Command): Promise<number> {
  switch (command.name) {
    case 'init':
      return init(ctx);
    case 'demo':
      return demo(ctx);
    case 'import-units':
      return importUnits(ctx, command.file);
    case 'export-units':
      return exportUnits(ctx, command.file, command.format);
    case 'import-people':
      return importPeople(ctx, command.file);
    case 'export-gaps':
      return exportGaps(ctx, command.file, command.format);
    case 'report':
      return runReport(ctx, command);
    case 'messages-eml':
      return runMessagesEml(ctx, command);
    case 'backup':
      return backup(ctx, command.out);
    case 'restore':
      return restore(ctx, command.file);
    case 'check':
      return check(ctx);
    case 'rebuild-figures':
      return rebuildFigures(ctx);
    case 'create-admin':
      return createAdmin(ctx, command.email, command.personName, ctx.publicUrl);
    case 'server':
    case 'copy-to-server':
    case 'copy-from-server':
    case 'sign-in':
    case 'sign-out':
      // Run by run.ts before any core is opened: the server opens its own.
      return 2;
  }
}

async function init(ctx: CommandContext): Promise<number> {
  // Opening the core already created or migrated the file; check it answers.
  const status = await call(ctx, 'app.status', {});
  if (!status.ok) return fail(ctx, status.error);
  // A damaged file is not "ready"; a read-only one is ready for reading only.
  const { db } = status.value;
  if (db.mode === 'damaged') return fail(ctx, { code: 'DB_DAMAGED', message: 'damaged', details: {} });
  ctx.io.stdout(ctx.t(ctx.dbExisted ? 'cli:init.ready' : 'cli:init.created', { path: ctx.dbPath }));
  if (db.mode === 'readOnly') ctx.io.stderr(ctx.t('errors:code.READ_ONLY', { reason: db.reason ?? 'file' }));
  return 0;
}

async function demo(ctx: CommandContext): Promise<number> {
  const loaded = await call(ctx, 'demo.load', {});
  if (!loaded.ok) return fail(ctx, loaded.error);
  ctx.io.stdout(ctx.t('cli:demo.loaded', { count: loaded.value.units, path: ctx.dbPath }));
  return 0;
}

/** The file as the import methods take it, or null after saying why it could not be read. */
function readUpload(ctx: CommandContext, file: string): { fileName: string; base64: string } | null {
  const path = resolve(ctx.cwd, file);
  try {
    return { fileName: basename(path), base64: readFileSync(path).toString('base64') };
  } catch (err) {
    ctx.io.stderr(ctx.t('cli:file.readFailed', { file, reason: reason(err) }));
    return null;
  }
}

async function importUnits(ctx: CommandContext, file: string): Promise<number> {
  const upload = readUpload(ctx, file);
  if (!upload) return 1;
  const { fileName, base64 } = upload;
  const preview = await call(ctx, 'units.importPreview', { fileName, base64 });
  if (!preview.ok) return fail(ctx, preview.error, file);
  // The CLI takes the guessed columns as they are; levels match by name or are created.
  const levelMap = Object.fromEntries(preview.value.levels.map((l) => [l.name, l.levelId]));
  const imported = await call(ctx, 'units.import', { fileName, base64, mapping: preview.value.mapping, levelMap });
  if (!imported.ok) return fail(ctx, imported.error, file);
  const { created, updated, levelsCreated } = imported.value;
  ctx.io.stdout(ctx.t('cli:import.done', { created, updated }));
  ctx.io.stdout(levelsCreated.length > 0
    ? ctx.t('cli:import.levelsCreated', { levels: levelsCreated.join(', ') })
    : ctx.t('cli:import.noLevelsCreated'));
  return 0;
}

async function exportUnits(ctx: CommandContext, file: string, format: 'csv' | 'xlsx'): Promise<number> {
  const exported = await call(ctx, 'units.export', { format, separator: ';', lang: ctx.lang });
  if (!exported.ok) return fail(ctx, exported.error);
  return saveExport(ctx, file, exported.value.base64, 'cli:export.done');
}

async function importPeople(ctx: CommandContext, file: string): Promise<number> {
  const upload = readUpload(ctx, file);
  if (!upload) return 1;
  const preview = await call(ctx, 'people.importPreview', upload);
  if (!preview.ok) return fail(ctx, preview.error, file);
  // As for units, the CLI takes the columns guessed from the header names.
  const imported = await call(ctx, 'people.import', { ...upload, mapping: preview.value.mapping });
  if (!imported.ok) return fail(ctx, imported.error, file);
  const { peopleCreated, peopleUpdated, assignmentsCreated } = imported.value;
  ctx.io.stdout(ctx.t('cli:importPeople.done', { created: peopleCreated, updated: peopleUpdated }));
  ctx.io.stdout(ctx.t('cli:importPeople.assignments', { count: assignmentsCreated }));
  return 0;
}

async function exportGaps(ctx: CommandContext, file: string, format: 'csv' | 'xlsx'): Promise<number> {
  const exported = await call(ctx, 'coverage.exportGaps', { format, separator: ';', lang: ctx.lang });
  if (!exported.ok) return fail(ctx, exported.error);
  return saveExport(ctx, file, exported.value.base64, 'cli:exportGaps.done');
}
