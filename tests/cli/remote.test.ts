// The CLI against a team server (--server): sign in once, keep the session in a file only the
// user can read, run a report and an export through the server's API, sign out.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { RESOURCES_DIR, tempDir } from '../support/db';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call, signInAdmin, teamHost } from '../host/team-helpers';
import { cli, type CliRun } from './helpers';

async function remoteCli(argv: string[], env: NodeJS.ProcessEnv, cwd: string, password = ADMIN_PASSWORD): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, {
    cwd, env, resourcesDir: RESOURCES_DIR, version: 'test', readPassword: async () => password,
  });
  return { code, stdout, stderr };
}

describe('forankring --server', () => {
  it('signs in, stores the session for its owner only, makes a report and an export on the server, and signs out', async () => {
    const team = await teamHost();
    const cookie = await signInAdmin(team);
    expect((await call(team.host, 'demo.load', {}, { cookie })).json.ok).toBe(true);
    const config = join(tempDir(), 'config');
    const env = { FORANKRING_CONFIG_DIR: config };
    const cwd = tempDir();
    const server = team.host.origin;

    const wrong = await remoteCli(['sign-in', '--server', server, '--email', ADMIN_EMAIL], env, cwd, 'feil passord her');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.join('\n')).toContain('Innloggingen ble avvist');
    expect(existsSync(join(config, 'servers.json'))).toBe(false);

    const signedIn = await remoteCli(['sign-in', '--server', `${server}/`, '--email', ADMIN_EMAIL.toUpperCase()], env, cwd);
    expect(signedIn).toMatchObject({ code: 0, stdout: [expect.stringContaining(`Logget inn som ${ADMIN_EMAIL} på ${server}`)] });
    const file = join(config, 'servers.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual([server]);

    const report = await remoteCli(['report', '--server', server, '--kind', 'national', '--format', 'csv', '--out', 'nasjonal.csv'], env, cwd);
    expect(report.code, report.stderr.join('\n')).toBe(0);
    expect(readFileSync(join(cwd, 'nasjonal.csv'), 'utf8')).toContain('Nordland');
    const units = await remoteCli(['export-units', 'enheter.csv', '--server', server], env, cwd);
    expect(units.code, units.stderr.join('\n')).toBe(0);
    expect(readFileSync(join(cwd, 'enheter.csv'), 'utf8')).toContain('Herøy');

    expect((await remoteCli(['sign-out', '--server', server], env, cwd)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
    const after = await remoteCli(['report', '--server', server, '--kind', 'national', '--format', 'csv', '--out', 'igjen.csv'], env, cwd);
    expect(after.code).toBe(1);
    expect(after.stderr.join('\n')).toContain('Du er ikke logget inn på');
  });

  it('says plainly when the server does not answer, and when a stored session has ended', async () => {
    const team = await teamHost();
    const env = { FORANKRING_CONFIG_DIR: join(tempDir(), 'config'), FORANKRING_TOKEN: 'a'.repeat(43) };
    const ended = await remoteCli(['export-units', 'enheter.csv', '--server', team.host.origin], env, tempDir());
    expect(ended.code).toBe(1);
    expect(ended.stderr.join('\n')).toContain('Du er ikke logget inn, eller økten din er utløpt');
    const origin = team.host.origin;
    await team.host.close();
    const gone = await remoteCli(['export-units', 'enheter.csv', '--server', origin], env, tempDir());
    expect(gone.code).toBe(1);
    expect(gone.stderr.join('\n')).toContain(`Fikk ikke kontakt med teamserveren ${origin} (ECONNREFUSED)`);
  });

  it('refuses plain http beyond this machine, a database beside a server, and --server for file commands', async () => {
    expect((await cli(['report', '--server', 'http://forankring.example.no', '--kind', 'national', '--format', 'csv', '--out', 'a.csv'])).stderr[0]).toContain('må nås med https');
    expect((await cli(['export-units', 'a.csv', '--server', 'https://forankring.example.no', '--db', 'x.sqlite'])).stderr[0]).toContain('ikke begge');
    expect((await cli(['backup', '--out', 'b.sqlite', '--server', 'https://forankring.example.no'])).stderr[0]).toContain('brukes ikke av kommandoen backup');
    expect((await cli(['sign-in', '--server', 'ikke en adresse', '--email', 'a@b.no'])).stderr[0]).toContain('er ikke en adresse til en teamserver');
    expect((await cli(['sign-in', '--email', 'a@b.no'])).stderr[0]).toContain('--server');
  });
});
