// The federation of issue 16 (federation-data.ts: 5,000 units, 50,000 people, 100,000
// assignments, waves over every region, 200,000 attendance rows, 500,000 cases): the contract
// calls behind each screen, each checked equal to its raw-SQL baseline first (federation-calls.ts)
// and then timed against it; the national PDF against Chromium printing the same page; and a
// short call's time while a 12-month metrics call runs. Reported only: the issue's goals
// (200 ms a screen) are printed beside each time, not enforced here.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { BUILDERS } from '../src/core/reports/build';
import { createChromiumPrinter, type ChromiumPrinter } from '../src/core/reports/chromium-printer';
import { resolveRequest } from '../src/core/reports/filters';
import { buildPrintJob } from '../src/core/reports/render-html';
import { reportT } from '../src/core/reports/translate';
import { getSettings } from '../src/core/services/settings';
import type { ParamsOf } from '../src/shared/contract';
import { SCREEN_CALLS, YEAR } from './federation-calls';
import { FEDERATION, FEDERATION_NOW, FEDERATION_TODAY, federationFile } from './federation-data';
import { benchDir, call, RESOURCES_DIR, type BenchDir } from './support/dbs';
import { compare, createReport, median, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';

let dir: BenchDir;
let core: Core;
let db: RawDb;
let printer: ChromiumPrinter;
const report = createReport();
const alone: string[] = [];

beforeAll(async () => {
  dir = benchDir();
  const started = performance.now();
  const file = await federationFile(dir);
  console.log(`federation file ${file.built ? 'built' : 'reused from the cache'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  printer = createChromiumPrinter();
  core = await openCore({ dbPath: file.path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => FEDERATION_NOW, printPdf: printer.print });
  db = await openRaw(file.path);
});

afterAll(async () => {
  report.print();
  if (alone.length > 0) console.log(`\ntime of each call (goal 200 ms):\n${alone.join('\n')}\n`);
  await db?.close();
  await core?.close();
  await printer?.close();
  dir?.remove();
});

const within = (ms: number) => `${ms.toFixed(0).padStart(6)} ms  ${ms <= 200 ? 'within 200 ms' : 'OVER 200 ms'}`;

async function exportReport(input: ParamsOf<'reports.start'>): Promise<Buffer> {
  let status = await call(core, 'reports.start', input);
  while (status.state === 'running') {
    await sleep(2);
    status = await call(core, 'reports.status', { jobId: status.jobId });
  }
  if (status.state !== 'done') throw new Error(`report ${status.state}: ${JSON.stringify(status.error)}`);
  return Buffer.from((await call(core, 'reports.result', { jobId: status.jobId })).base64, 'base64');
}

function pdfText(bytes: Buffer): string {
  const file = dir.file('report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe(`federation: ${FEDERATION.units} units, ${FEDERATION.people} people, ${FEDERATION.cases} cases`, () => {
  for (const c of SCREEN_CALLS) {
    it(`${c.screen}: ${c.name}${c.raw ? ', equal to its raw baseline' : ''}`, async () => {
      const ours = () => c.ours(core);
      if (c.raw) {
        const raw = c.raw;
        const [a, b] = raw.same(await ours(), await raw.run(db));
        expect(a).toEqual(b);
        const result = await compare({ name: `${c.screen}: ${c.name}`, goal: null, reps: 5, ours: () => timed(ours), raw: () => timed(() => raw.run(db)) });
        report.check(result);
        alone.push(`${`${c.screen}: ${c.name}`.padEnd(44)} ${within(result.oursMs)}`);
      } else {
        expect(await ours()).toBeTruthy();
        const samples: number[] = [];
        for (let i = 0; i < 5; i++) samples.push(await timed(ours));
        alone.push(`${`${c.screen}: ${c.name} (no raw baseline)`.padEnd(44)} ${within(median(samples))}`);
      }
    });
  }

  it('National PDF: the report through its job against Chromium printing the same page, with the same text', async () => {
    const em = core.ds.manager;
    const t = await reportT('nb');
    const request = await resolveRequest(em, { kind: 'national', unit: null, wave: null, from: null, to: null, format: 'pdf', separator: ';', lang: 'nb', appendix: false }, FEDERATION_TODAY);
    const model = await BUILDERS.national({
      em, t, lang: 'nb', today: FEDERATION_TODAY, now: FEDERATION_NOW, settings: await getSettings(em), request, progress: () => undefined, signal: new AbortController().signal,
    });
    const job = buildPrintJob(model, t);
    const ours = () => exportReport({ kind: 'national', format: 'pdf', lang: 'nb' });
    const raw = () => printer.print(job, new AbortController().signal);
    expect(pdfText(await ours())).toBe(pdfText(await raw()));
    const result = await compare({ name: 'National PDF vs Chromium\'s own print', goal: null, reps: 3, ours: () => timed(ours), raw: () => timed(raw) });
    report.check(result);
    alone.push(`${'National PDF (Chromium alone below)'.padEnd(44)} ${within(result.oursMs)} (Chromium ${result.rawMs.toFixed(0)} ms)`);
  });

  it('answers a short call while a 12-month metrics call runs, before it', async () => {
    const short = () => call(core, 'people.search', { query: 'ola', limit: 50 });
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++) quiet.push(await timed(short));
    const busy: number[] = [];
    for (let i = 0; i < 3; i++) {
      const order: string[] = [];
      const long = call(core, 'support.metrics', YEAR).finally(() => order.push('metrics'));
      // Let the metrics call reach its reader first.
      await sleep(20);
      busy.push(await timed(() => short().finally(() => order.push('short'))));
      await long;
      expect(order).toEqual(['short', 'metrics']);
    }
    alone.push(`${'people.search alone'.padEnd(44)} ${within(median(quiet))}`);
    alone.push(`${'people.search during support.metrics 12 m'.padEnd(44)} ${within(median(busy))}`);
  });
});
