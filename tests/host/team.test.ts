// The team server's security over HTTP: sessions in HttpOnly cookies, the CSRF defence,
// brute force against the limits, stolen and expired tokens, session fixation, forged
// forwarded headers, and TLS. The figures in the assertions are the ones in the README.
import { describe, expect, it } from 'vitest';
import { raw } from './helpers';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call, cookieOf, httpsCall, selfSigned, signInAdmin, teamHost } from './team-helpers';

describe('the team server host', () => {
  it('serves the page without a token, and answers nothing but sign-in without a session', async () => {
    const { host } = await teamHost();
    expect(host.url).toBe(`${host.origin}/`);
    const page = await raw(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="forankring-mode" content="team">');
    expect(page.body).not.toContain('forankring-token');
    expect((await call(host, 'units.tree', {})).json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await call(host, 'auth.me', {})).json).toEqual({ ok: true, value: { kind: 'anonymous' } });
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie, never in the answer', async () => {
    const team = await teamHost();
    const accepted = await call(team.host, 'auth.acceptCode', { code: team.code, password: ADMIN_PASSWORD });
    expect(accepted.setCookie).toMatch(/^forankring_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Max-Age=\d+$/);
    expect(accepted.json.value).not.toHaveProperty('token');
    expect(JSON.stringify(accepted.json)).not.toContain(cookieOf(accepted.setCookie).split('=')[1]);
    const cookie = cookieOf(accepted.setCookie);
    expect((await call(team.host, 'auth.me', {}, { cookie })).json).toMatchObject({ ok: true, value: { kind: 'user', email: ADMIN_EMAIL, admin: true } });
    // The first administrator can build the organization from nothing.
    expect((await call(team.host, 'levels.create', { name: 'Landsforbund' }, { cookie })).json.ok).toBe(true);
    const out = await call(team.host, 'auth.signOut', {}, { cookie });
    expect(out.setCookie).toMatch(/^forankring_session=; .*Max-Age=0/);
    expect((await call(team.host, 'units.tree', {}, { cookie })).json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a call without the request header or from another site, even with the cookie', async () => {
    const team = await teamHost();
    const cookie = await signInAdmin(team);
    const plain = await fetch(`${team.host.origin}/api/units.tree`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    expect(plain.status).toBe(403);
    const foreign = await call(team.host, 'units.tree', {}, { cookie, headers: { Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    // A form post from another site: no custom header, a foreign origin.
    const form = await raw(team.host.port, {
      path: '/api/levels.create', method: 'POST',
      headers: { Host: `127.0.0.1:${team.host.port}`, 'Content-Type': 'text/plain', Cookie: cookie, Origin: 'https://evil.example' },
      body: '{"name":"Hacked"}',
    });
    expect(form.status).toBe(403);
  });

  it('locks an e-mail after 5 wrong passwords, with the same answer as for an unknown one', async () => {
    const team = await teamHost();
    await signInAdmin(team);
    const tries = async (email: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 6; i += 1) codes.push((await call(team.host, 'auth.signIn', { email, password: `gjett nummer ${i}` })).json.error?.code ?? 'ok');
      return codes;
    };
    const expected = [...Array<string>(5).fill('SIGN_IN_REFUSED'), 'SIGN_IN_LOCKED'];
    expect(await tries(ADMIN_EMAIL)).toEqual(expected);
    expect(await tries('finnes.ikke@example.org')).toEqual(expected);
    expect((await call(team.host, 'auth.signIn', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).json).toMatchObject({ ok: false, error: { code: 'SIGN_IN_LOCKED', details: { minutes: 15 } } });
  });

  it('does not adopt a session cookie set before sign-in (fixation), and refuses a revoked one', async () => {
    const team = await teamHost();
    const planted = 'forankring_session=angriperens-egen-verdi-som-er-lang-nok-til-aa-se-ekte-ut';
    const accepted = await call(team.host, 'auth.acceptCode', { code: team.code, password: ADMIN_PASSWORD }, { cookie: planted });
    const cookie = cookieOf(accepted.setCookie);
    expect(cookie).not.toBe(planted);
    expect((await call(team.host, 'auth.me', {}, { cookie: planted })).json.value).toEqual({ kind: 'anonymous' });
    // A second device; the first is revoked from it, and its (stolen) cookie stops working.
    const phone = cookieOf((await call(team.host, 'auth.signIn', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).setCookie);
    const sessions = (await call(team.host, 'auth.sessions', {}, { cookie: phone })).json.value as unknown as Array<{ id: number; current: boolean }>;
    const other = sessions.find((s) => !s.current);
    expect((await call(team.host, 'auth.revokeSession', { id: other?.id }, { cookie: phone })).json.value).toEqual({ revoked: true });
    expect((await call(team.host, 'units.tree', {}, { cookie })).json.error?.code).toBe('UNAUTHENTICATED');
  });

  it('ignores a forged X-Forwarded-For unless told it is behind a proxy', async () => {
    const spray = async (behindProxy: boolean) => {
      const team = await teamHost({ behindProxy });
      const codes: string[] = [];
      for (let i = 0; i < 21; i += 1) {
        const answer = await call(team.host, 'auth.signIn', { email: `p${i}@example.org`, password: 'gjetning' }, { headers: { 'X-Forwarded-For': `198.51.100.${i}` } });
        codes.push(answer.json.error?.code ?? 'ok');
      }
      return codes.at(-1);
    };
    // One socket, 21 failures over 21 e-mails: the address is locked, whatever the header says.
    expect(await spray(false)).toBe('SIGN_IN_LOCKED');
    // Behind a proxy the header is the client's address: 21 addresses, none locked.
    expect(await spray(true)).toBe('SIGN_IN_REFUSED');
  });

  it('serves HTTPS with a certificate and marks the cookie Secure', async () => {
    const dir = (await teamHost()).dir;
    const tls = selfSigned(dir);
    const team = await teamHost({ tls });
    expect(team.host.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await httpsCall(team.host.port, tls.cert, 'auth.acceptCode', { code: team.code, password: ADMIN_PASSWORD });
    expect(answer.status).toBe(200);
    expect(answer.setCookie[0]).toMatch(/; Secure$/);
  });
});
