// Sign-in on a team server's core: invitation to first session, the same refusal for
// every wrong answer, the limits, expiry, revocation, fixation and deactivation.
import { describe, expect, it } from 'vitest';
import { openAccountsFixture, PASSWORD } from './accounts-fixture';

const HOUR = 3_600_000;

describe('accounts and sign-in', () => {
  it('takes an invited person from a one-time code to a signed-in session, and out again', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const issued = await fx.admin('users.invite', { personId: kari });
    expect(issued).toMatchObject({ kind: 'invite', mailed: false, link: null });
    expect(issued.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fx.admin('users.list')).map((u) => [u.name, u.state])).toEqual([['Kari Nordmann', 'invited']]);

    const accepted = await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, fx.anonymous());
    expect(accepted).toMatchObject({ ok: true, value: { me: { name: 'Kari Nordmann', email: 'kari@example.no', admin: false } } });
    // One use only.
    expect(await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, fx.anonymous()))
      .toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } });

    const signedIn = await fx.core.dispatch('auth.signIn', { email: 'KARI@example.no ', password: PASSWORD }, fx.anonymous());
    if (!signedIn.ok) throw new Error(signedIn.error.code);
    const { token } = signedIn.value as { token: string };
    const kariNow = await fx.as(token);
    expect(kariNow).toMatchObject({ personId: kari, local: false });
    expect(await fx.core.dispatch('auth.me', {}, kariNow)).toMatchObject({ ok: true, value: { kind: 'user', name: 'Kari Nordmann' } });
    const sessions = await fx.core.dispatch('auth.sessions', {}, kariNow);
    expect(sessions.ok && (sessions.value as Array<{ current: boolean; device: string }>).map((s) => [s.device, s.current])).toEqual([
      ['Testleser', true], ['Testleser', false],
    ]);
    expect(await fx.core.dispatch('auth.signOut', {}, kariNow)).toEqual({ ok: true, value: { signedOut: true } });
    expect(await fx.as(token)).toMatchObject({ userId: null });
    expect(await fx.core.dispatch('units.tree', {}, await fx.as(token))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('stores no password, token or code in the clear', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const { token } = await fx.enrol(kari);
    const [account] = await fx.core.ds.query(`SELECT password_hash AS hash FROM user_account`);
    expect(account.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const dump = JSON.stringify([
      await fx.core.ds.query(`SELECT * FROM user_account`), await fx.core.ds.query(`SELECT * FROM user_session`), await fx.core.ds.query(`SELECT * FROM user_token`),
    ]);
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain(token);
  });

  it('gives the same answer for an unknown e-mail, a wrong password and a closed account', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const ola = await fx.person('Ola Nordmann', { email: 'ola@example.no' });
    await fx.enrol(kari);
    const { userId: olaUser } = await fx.enrol(ola);
    await fx.admin('users.deactivate', { userId: olaUser });
    const tries = [
      { email: 'ingen@example.no', password: PASSWORD },
      { email: 'kari@example.no', password: 'feil passord, langt nok' },
      { email: 'ola@example.no', password: PASSWORD },
    ];
    const answers = [];
    for (const t of tries) answers.push(await fx.core.dispatch('auth.signIn', t, fx.anonymous()));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({ ok: false, error: { code: 'SIGN_IN_REFUSED', message: 'Sign-in refused' } });
  });

  it('locks an e-mail after five failures, known or not, and an address after twenty', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    await fx.enrol(kari);
    const codes = async (email: string, address: string, n: number, password = 'feil passord, langt nok') => {
      const out: string[] = [];
      for (let i = 0; i < n; i += 1) {
        const a = await fx.core.dispatch('auth.signIn', { email, password }, fx.anonymous(address));
        out.push(a.ok ? 'ok' : a.error.code);
      }
      return out;
    };
    const refused = Array<string>(5).fill('SIGN_IN_REFUSED');
    expect(await codes('kari@example.no', '198.51.100.1', 6)).toEqual([...refused, 'SIGN_IN_LOCKED']);
    expect(await codes('ingen@example.no', '198.51.100.2', 6)).toEqual([...refused, 'SIGN_IN_LOCKED']);
    // Locked means locked: the right password is refused too, from another address, with the minutes to wait.
    const locked = await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous('198.51.100.3'));
    expect(locked).toMatchObject({ ok: false, error: { code: 'SIGN_IN_LOCKED', details: { minutes: 15 } } });
    // After 15 minutes the right password works.
    fx.setNow(new Date(Date.parse('2026-03-15T12:16:00Z')));
    expect((await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous('198.51.100.3'))).ok).toBe(true);

    // A spray over many e-mails from one address: locked after 20 failures.
    const spray: string[] = [];
    for (let i = 0; i < 21; i += 1) {
      const a = await fx.core.dispatch('auth.signIn', { email: `p${i}@example.no`, password: 'x' }, fx.anonymous('192.0.2.9'));
      spray.push(a.ok ? 'ok' : a.error.code);
    }
    expect(spray.filter((c) => c === 'SIGN_IN_REFUSED')).toHaveLength(20);
    expect(spray[20]).toBe('SIGN_IN_LOCKED');
  });

  it('ends a session after 12 idle hours and after 30 days, whatever the use', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const { token } = await fx.enrol(kari);
    const start = Date.parse('2026-03-15T12:00:00Z');
    fx.setNow(new Date(start + 11 * HOUR));
    expect((await fx.as(token)).userId).not.toBeNull();
    fx.setNow(new Date(start + 22 * HOUR));
    // Used 11 hours ago: still alive.
    expect((await fx.as(token)).userId).not.toBeNull();
    fx.setNow(new Date(start + 34 * HOUR + 1));
    expect((await fx.as(token)).userId).toBeNull();

    const enrolled = start + 34 * HOUR + 1;
    const { token: daily } = await fx.enrol(await fx.person('Per Daglig', { email: 'per@example.no' }));
    // Used every 10 hours: never idle, alive until the 30 days are up, then over.
    const alive: boolean[] = [];
    for (let at = enrolled + 10 * HOUR; at < enrolled + 30 * 24 * HOUR; at += 10 * HOUR) {
      fx.setNow(new Date(at));
      alive.push((await fx.as(daily)).userId !== null);
    }
    expect(alive.every(Boolean)).toBe(true);
    fx.setNow(new Date(enrolled + 30 * 24 * HOUR + 60_000));
    expect((await fx.as(daily)).userId).toBeNull();
  });

  it('refuses a stolen token once the session is revoked from another device', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const { token: laptop } = await fx.enrol(kari);
    const phone = await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous());
    if (!phone.ok) throw new Error(phone.error.code);
    const onPhone = await fx.as((phone.value as { token: string }).token);
    const laptopSession = (await fx.as(laptop)).sessionId;
    expect(await fx.core.dispatch('auth.revokeSession', { id: laptopSession ?? 0 }, onPhone)).toEqual({ ok: true, value: { revoked: true } });
    expect((await fx.as(laptop)).userId).toBeNull();
    // Someone else's session is not theirs to end.
    const { token: ola } = await fx.enrol(await fx.person('Ola', { email: 'ola@example.no' }));
    expect(await fx.core.dispatch('auth.revokeSession', { id: onPhone.sessionId ?? 0 }, await fx.as(ola))).toEqual({ ok: true, value: { revoked: false } });
    expect((await fx.as((phone.value as { token: string }).token)).userId).not.toBeNull();
  });

  it('never adopts a session the client came with: signing in replaces it', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const { token: before } = await fx.enrol(kari);
    const withOld = await fx.as(before);
    const again = await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, { ...fx.anonymous(), sessionId: withOld.sessionId });
    if (!again.ok) throw new Error(again.error.code);
    const after = (again.value as { token: string }).token;
    expect(after).not.toBe(before);
    expect((await fx.as(before)).userId).toBeNull();
    expect((await fx.as(after)).userId).toBe(withOld.userId);
  });

  it('ends every session when an account is deactivated, keeps its history, and refuses the last administrator', async () => {
    const fx = await openAccountsFixture();
    const anne = await fx.person('Anne Admin', { email: 'anne@example.no' });
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const { userId: anneUser, token: anneToken } = await fx.enrol(anne, true);
    const { userId: kariUser, token } = await fx.enrol(kari);
    const asAnne = await fx.as(anneToken);
    expect(await fx.core.dispatch('users.deactivate', { userId: anneUser }, asAnne)).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    expect(await fx.core.dispatch('users.deactivate', { userId: kariUser }, asAnne)).toMatchObject({ ok: true, value: { state: 'deactivated' } });
    expect((await fx.as(token)).userId).toBeNull();
    expect((await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous())).ok).toBe(false);
    // The trail has the change as an access event, made by the administrator.
    const trail = await fx.admin('audit.list', { module: 'users' });
    expect(trail.rows[0]).toMatchObject({ method: 'users.deactivate', kind: 'access', actor: 'Anne Admin' });
    expect(await fx.core.dispatch('users.reactivate', { userId: kariUser }, asAnne)).toMatchObject({ ok: true, value: { state: 'active' } });
    expect((await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous())).ok).toBe(true);
    // Without the administrator flag and without a role, Kari manages nobody.
    const asKari = await fx.as(token);
    expect(asKari.userId).toBeNull();
  });

  it('refuses a short password and one equal to the e-mail, with the rule', async () => {
    const fx = await openAccountsFixture();
    const issued = await fx.admin('users.invite', { personId: await fx.person('Kari', { email: 'kari@example.no' }) });
    for (const password of ['for kort', 'kari@example.no', 'x'.repeat(129)]) {
      expect(await fx.core.dispatch('auth.acceptCode', { code: issued.code, password }, fx.anonymous()))
        .toMatchObject({ ok: false, error: { code: 'PASSWORD_RULES', details: { min: 12, max: 128 } } });
    }
    // The refused tries did not use the code up.
    expect((await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, fx.anonymous())).ok).toBe(true);
  });

  it('lets a reset code end the old password and every session', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari', { email: 'kari@example.no' });
    const { userId, token } = await fx.enrol(kari);
    const reset = await fx.admin('users.resetLink', { userId });
    expect(reset.kind).toBe('reset');
    fx.setNow(new Date(Date.parse('2026-03-15T13:01:00Z')));
    // Valid for one hour.
    expect(await fx.core.dispatch('auth.acceptCode', { code: reset.code, password: 'et helt nytt passord' }, fx.anonymous()))
      .toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } });
    const fresh = await fx.admin('users.resetLink', { userId });
    expect((await fx.core.dispatch('auth.acceptCode', { code: fresh.code, password: 'et helt nytt passord' }, fx.anonymous())).ok).toBe(true);
    expect((await fx.as(token)).userId).toBeNull();
    expect((await fx.core.dispatch('auth.signIn', { email: 'kari@example.no', password: PASSWORD }, fx.anonymous())).ok).toBe(false);
  });

  it('removes the account with the person on erasure', async () => {
    const fx = await openAccountsFixture();
    const kari = await fx.person('Kari', { email: 'kari@example.no' });
    const { token } = await fx.enrol(kari);
    await fx.admin('people.erase', { id: kari });
    expect(await fx.core.ds.query(`SELECT COUNT(*) AS n FROM user_account`)).toEqual([{ n: 0 }]);
    expect(await fx.core.ds.query(`SELECT COUNT(*) AS n FROM user_session`)).toEqual([{ n: 0 }]);
    expect((await fx.as(token)).userId).toBeNull();
  });

  it('has no accounts on the solo desktop', async () => {
    const fx = await openAccountsFixture();
    expect(await fx.core.raw('auth.me')).toEqual({ ok: true, value: { kind: 'local' } });
    expect(await fx.core.raw('auth.signIn', { email: 'a@b.no', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'NO_ACCOUNTS' } });
  });
});
