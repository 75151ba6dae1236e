// Regenerates the README's pictures: starts the web host on a throwaway database, loads the
// demo, plans a wave that has begun (two regions, the first stage done in one of them), and takes
// docs/screenshot.png (the organization screen, Herøy in Nordland open), docs/overview.png
// (the Overview, what needs action first) and docs/chapter-card.png (Herøy's card as it prints).
// Usage: npm run build && node scripts/readme-screenshot.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'forankring-shot-'));
const host = spawn(process.execPath, ['out/main/serve.js', '--db', join(dir, 'shot.sqlite'), '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TZ: 'Europe/Oslo' },
});
const url = await new Promise((resolve, reject) => {
  host.stdout.on('data', (chunk) => {
    const match = /Forankring: (\S+)/.exec(chunk.toString());
    if (match) resolve(match[1]);
  });
  host.on('exit', (code) => reject(new Error(`host exited ${code}`)));
});
const token = new URL(url).searchParams.get('token');
async function call(method, input = {}) {
  const response = await fetch(new URL(`/api/${method}`, url), {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input),
  });
  const body = await response.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.code}`);
  return body.value;
}
const day = (offset) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + offset * 86_400_000));

await call('demo.load');
const units = await call('units.tree');
const byCode = (code) => units.find((u) => u.code === code);
const [anchored] = await call('stages.list');
const wave = await call('waves.create', { name: 'Etappe 1', plannedStart: day(-40), plannedEnd: day(10) });
for (const code of ['18', '15']) await call('waves.addRegion', { waveId: wave.id, regionId: byCode(code).id });
await call('rollout.bulk', { scope: 'region', scopeId: byCode('18').id, stageId: anchored.id, action: 'done', doneDate: day(-20) });
await call('rollout.setStage', { unitId: byCode('1515').id, stageId: anchored.id, state: 'blocked', blockedReason: 'Venter på styremøtet' });
// Who owns what in Herøy and above it, so the card has names, numbers and an escalation path.
const roles = new Map((await call('roles.list')).map((r) => [r.key, r.id]));
const holders = [
  ['Ingrid Hansen', '+47 912 34 567', 'super_user', '1818'], ['Ola Strand', '+47 934 56 789', 'local_support', '1818'],
  ['Kari Nilsen', '+47 456 78 901', 'chapter_leader', '1818'], ['Per Olsen', '+47 478 90 123', 'super_user', '18'],
  ['Siri Lund', '+47 901 23 456', 'system_owner', 'NO'], ['Anders Berg', '+47 923 45 678', 'functional_owner', 'NO'],
];
for (const [name, phone, role, code] of holders) {
  const person = await call('people.create', { name, phone, email: `${name.split(' ')[0].toLowerCase()}@example.no` });
  await call('assignments.create', { personId: person.id, roleId: roles.get(role), unitId: byCode(code).id, startDate: day(-100) });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const herøy = units.find((u) => u.code === '1818');
  await page.goto(`${url}#/organization/${herøy.id}`);
  await page.getByRole('tree').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Herøy' }).first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await page.goto(`${url}#/dashboard`);
  await page.getByRole('region', { name: 'Trenger oppfølging' }).getByRole('listitem').nth(5).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/overview.png' });
  // The card as it goes on the wall: the print style sheet, one A4 page wide.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto(`${url}#/organization/${herøy.id}`);
  await page.getByRole('heading', { level: 2, name: 'Herøy' }).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/chapter-card.png', fullPage: true });
  console.log('wrote docs/screenshot.png, docs/overview.png and docs/chapter-card.png');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
