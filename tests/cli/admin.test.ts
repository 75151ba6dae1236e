// `forankring create-admin` and the team server's security options on the command line.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { cli, workspace } from './helpers';

describe('forankring create-admin', () => {
  it('adds the person and an administrator account, and prints a one-time code; run again, a new one', async () => {
    const { dir, db } = workspace();
    const first = await cli(['create-admin', '--db', db, '--email', 'Kari@Example.org', '--name', 'Kari Nordmann', '--lang', 'en'], { cwd: dir, env: { FORANKRING_PUBLIC_URL: 'https://forankring.example.org/' } });
    expect(first.code).toBe(0);
    expect(first.stdout[0]).toBe('kari@example.org administers the organization.');
    const code = /([A-Za-z0-9_-]{43})$/.exec(first.stdout[1] ?? '')?.[1];
    expect(code).toBeDefined();
    expect(first.stdout[2]).toBe(`Or open the link: https://forankring.example.org/#/invite/${code}`);
    const again = await cli(['create-admin', '--db', db, '--email', 'kari@example.org'], { cwd: dir });
    expect(again.code).toBe(0);
    const second = /([A-Za-z0-9_-]{43})$/.exec(again.stdout[1] ?? '')?.[1];
    expect(second).not.toBe(code);

    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    try {
      const users = await core.dispatch('users.list', {});
      expect(users).toMatchObject({ ok: true, value: [{ name: 'Kari Nordmann', email: 'kari@example.org', admin: true, state: 'invited' }] });
      // The first code was voided by the second.
      const anonymous = { userId: null, personId: null, local: false, address: '127.0.0.1', device: 'test' };
      expect(await core.dispatch('auth.acceptCode', { code, password: 'et langt nok passord' }, anonymous)).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } });
      expect(await core.dispatch('auth.acceptCode', { code: second, password: 'et langt nok passord' }, anonymous)).toMatchObject({ ok: true, value: { me: { admin: true, administers: true } } });
    } finally {
      await core.close();
    }
  });

  it('needs --email', async () => {
    const { dir, db } = workspace();
    const run = await cli(['create-admin', '--db', db, '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe('The command needs the option --email.');
  });
});

describe('the team server options', () => {
  const url = 'postgres://u@localhost/db';
  const parse = (...args: string[]) => parseCliArgs(['server', '--database-url', url, ...args], {});

  it('refuses to listen beyond loopback without TLS or a proxy', () => {
    expect(parse('--host', '0.0.0.0')).toMatchObject({ kind: 'usage', error: { key: 'needsTls', params: { host: '0.0.0.0' } } });
    expect(parse('--host', '0.0.0.0', '--behind-proxy')).toMatchObject({ kind: 'run', command: { behindProxy: true } });
    expect(parse('--host', '0.0.0.0', '--tls-cert', 'c.pem', '--tls-key', 'k.pem')).toMatchObject({ kind: 'run', command: { tls: { cert: 'c.pem', key: 'k.pem' } } });
    expect(parse('--tls-cert', 'c.pem')).toMatchObject({ kind: 'usage', error: { key: 'tlsPair' } });
  });

  it('takes SMTP from the flags or the environment, with a sender', () => {
    expect(parse('--smtp-url', 'smtp://mail:25')).toMatchObject({ kind: 'usage', error: { key: 'missingOption', params: { flag: '--mail-from' } } });
    expect(parseCliArgs(['server', '--database-url', url], { FORANKRING_SMTP_URL: 'smtps://u:p@mail', FORANKRING_MAIL_FROM: 'noreply@example.org' }))
      .toMatchObject({ kind: 'run', command: { mail: { url: 'smtps://u:p@mail', from: 'noreply@example.org' } } });
    expect(parse('--smtp-url', 'http://mail')).toMatchObject({ kind: 'usage', error: { key: 'badSmtpUrl' } });
    expect(parse('--public-url', 'forankring.example.org')).toMatchObject({ kind: 'usage', error: { key: 'badPublicUrl' } });
  });

  it('keeps the server options to the server', () => {
    expect(parseCliArgs(['init', '--tls-cert', 'c.pem'], {})).toMatchObject({ kind: 'usage', error: { key: 'optionNotForCommand' } });
    expect(parseCliArgs(['init', '--email', 'a@b.no'], {})).toMatchObject({ kind: 'usage', error: { key: 'optionNotForCommand' } });
  });
});
