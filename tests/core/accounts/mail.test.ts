// Invitations by e-mail through a real SMTP server on loopback (smtp-server), as the
// team server sends them with --smtp-url: the code arrives, and is still shown to copy.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../../../src/core/accounts/mail';
import { openAccountsFixture, PASSWORD } from './accounts-fixture';

interface Received {
  from: string;
  to: string[];
  data: string;
}

const servers: SMTPServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function smtp(): Promise<{ url: string; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, inbox };
}

/** The text part of a message, quoted-printable undone. */
function text(data: string): string {
  return data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('invitations by e-mail', () => {
  it('sends the invitation with its link to the person, in the organization language, and the link works', async () => {
    const { url, inbox } = await smtp();
    const fx = await openAccountsFixture({
      accounts: { sendCode: createMailer({ url, from: 'Forankring <noreply@example.org>' }), publicUrl: () => 'https://forankring.example.org' },
    });
    const national = await fx.admin('levels.create', { name: 'Landsforbund' });
    await fx.admin('units.create', { code: '00', name: 'Norsk Folkehjelp', levelId: national.id, parentId: null });
    const kari = await fx.person('Kari Nordmann', { email: 'kari@example.no' });
    const issued = await fx.admin('users.invite', { personId: kari });
    expect(issued.mailed).toBe(true);
    expect(issued.link).toBe(`https://forankring.example.org/#/invite/${issued.code}`);
    expect(inbox).toHaveLength(1);
    const [mail] = inbox;
    expect(mail?.to).toEqual(['kari@example.no']);
    expect(mail?.from).toBe('noreply@example.org');
    const body = text(mail?.data ?? '');
    expect(body).toContain('Hei, Kari Nordmann!');
    expect(body).toContain(issued.link);
    expect(body).toMatch(/Subject: .*Norsk Folkehjelp/);
    expect((await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, fx.anonymous())).ok).toBe(true);
  });

  it('still returns the code when the mail server is down', async () => {
    const { url } = await smtp();
    for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
    const fx = await openAccountsFixture({ accounts: { sendCode: createMailer({ url, from: 'noreply@example.org' }) } });
    const issued = await fx.admin('users.invite', { personId: await fx.person('Kari', { email: 'kari@example.no' }) });
    expect(issued.mailed).toBe(false);
    expect((await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, fx.anonymous())).ok).toBe(true);
  });
});
