// forankring messages-eml through the package bin, as a user sending a wave's message
// from a mail program: it lists the wave's messages without --message, writes one .eml
// per recipient into a folder it creates, and refuses a folder already holding one of
// the names before writing or recording anything. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import type { MethodName, ParamsOf, ResultOf } from '../../src/shared/contract';
import { parseEml } from '../core/messages/eml-text';
import { RESOURCES_DIR, tempDir } from '../support/db';

const ROOT = process.env.FORANKRING_BUILD_ROOT ?? resolve(__dirname, '../..');
const BUILT = existsSync(join(ROOT, 'out/main/cli.js'));

function bin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/forankring.cjs'), ...args], {
    cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cwd }, timeout: 60_000,
  });
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The demo with a wave over Nordland (18), a super-user with an address in Herøy and Bodø, and one stage message. */
async function waveWithMessage(dbPath: string): Promise<{ waveId: number; messageId: number }> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR, version: 'test' });
  const api = async <K extends MethodName>(method: K, input: ParamsOf<K>): Promise<ResultOf<K>> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
    return result.value as ResultOf<K>;
  };
  try {
    const unit = async (code: string) => (await api('units.search', { query: code })).find((u) => u.code === code)?.id ?? 0;
    const superUser = (await api('roles.list', {})).find((r) => r.key === 'super_user')?.id ?? 0;
    const wave = await api('waves.create', { name: 'Nordland e-post', plannedStart: day(10), plannedEnd: day(120) });
    await api('waves.addRegion', { waveId: wave.id, regionId: await unit('18') });
    for (const [name, email, code] of [['Hanne Herøy', 'hanne@example.org', '1818'], ['Bodil Bodø', 'bodil@example.org', '1804']] as const) {
      const person = await api('people.create', { name, email });
      await api('assignments.create', { personId: person.id, roleId: superUser, unitId: await unit(code), startDate: day(-30) });
    }
    const anchored = (await api('stages.list', {})).find((s) => s.key === 'anchored')?.id ?? 0;
    const chapter = (await api('levels.list', {})).find((l) => l.name === 'Lokallag')?.id ?? 0;
    const message = await api('messages.create', {
      waveId: wave.id, timing: 'stage', stageId: anchored, sendOn: day(10), roleId: superUser, levelId: chapter,
      subjectNb: '{{unit}}: {{stage}}', bodyNb: 'Hei {{recipient}}! Blåbær, ørret og ærfugl.', subjectEn: '', bodyEn: '',
    });
    return { waveId: wave.id, messageId: message.id };
  } finally {
    await core.close();
  }
}

async function sentCount(dbPath: string, waveId: number): Promise<number> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR, version: 'test' });
  try {
    const log = await core.dispatch('messages.sentLog', { waveId });
    if (!log.ok) throw new Error(log.error.code);
    return (log.value as unknown[]).length;
  } finally {
    await core.close();
  }
}

describe('built cli: messages-eml', () => {
  it.skipIf(!BUILT)('lists the messages, writes one .eml per recipient into a new folder, and refuses an existing file (needs npm run build)', async () => {
    const dir = tempDir();
    expect(bin(['demo'], dir).status).toBe(0);
    const dbPath = join(dir, 'forankring.sqlite');
    const { waveId, messageId } = await waveWithMessage(dbPath);

    const list = bin(['messages-eml', '--wave', 'nordland E-POST', '--out', 'ut'], dir);
    expect(list.status).toBe(2);
    expect(list.stdout.split('\n')).toEqual([
      'Velg en av meldingene til etappen «Nordland e-post» med --message ID:', `  ${String(messageId).padStart(5)}  ${day(10)}  {{unit}}: {{stage}}`, '',
    ]);
    expect(existsSync(join(dir, 'ut'))).toBe(false);

    const folder = join(dir, 'ut', 'eml');
    const written = bin(['messages-eml', '--wave', String(waveId), '--message', String(messageId), '--out', 'ut/eml'], dir);
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    expect(written.stdout).toBe(`Skrev 2 .eml-filer til ${folder}.\n`);
    expect(readdirSync(folder).sort()).toEqual(['1804-Bodil-Bodø.eml', '1818-Hanne-Herøy.eml']);
    const hanne = parseEml(readFileSync(join(folder, '1818-Hanne-Herøy.eml'), 'utf8'));
    expect(hanne.headers.to).toBe('Hanne Herøy <hanne@example.org>');
    expect(hanne.headers.subject).toBe('Herøy: Forankret');
    expect(hanne.body).toBe('Hei Hanne Herøy! Blåbær, ørret og ærfugl.\n');
    expect(await sentCount(dbPath, waveId)).toBe(2);

    // A folder holding one of the names: refused by name, nothing written, nothing recorded.
    const other = join(dir, 'andre');
    mkdirSync(other);
    writeFileSync(join(other, '1818-hanne-herøy.eml'), 'mine');
    const refused = bin(['messages-eml', '--wave', 'Nordland e-post', '--message', String(messageId), '--out', other], dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`Filen ${join(other, '1818-Hanne-Herøy.eml')} finnes allerede der .eml-filene skal lagres. `
      + 'Ingen filer er skrevet, og ingenting er registrert som sendt. Velg en annen mappe, eller flytt filen først.\n');
    expect(readdirSync(other)).toEqual(['1818-hanne-herøy.eml']);
    expect(readFileSync(join(other, '1818-hanne-herøy.eml'), 'utf8')).toBe('mine');
    expect(await sentCount(dbPath, waveId)).toBe(2);

    const unknown = bin(['--lang', 'en', 'messages-eml', '--wave', 'Sør', '--message', '1', '--out', 'x'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^There is no wave “Sør”\. The waves are: .*Nordland e-post/);
    const usage = bin(['messages-eml', '--wave', 'Nordland e-post', '--message', 'første', '--out', 'x'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('Valget --message trenger id-en til en melding, et heltall (fikk første).');
    expect(bin(['messages-eml', '--wave', 'Nordland e-post'], dir).stderr.split('\n')[0]).toBe('Kommandoen trenger valget --out.');
  }, 180_000);
});
