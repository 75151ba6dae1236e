// Sending a wave message through nodemailer with SMTP settings, against a real SMTP
// server on loopback (smtp-server), as the team server does with --smtp-url.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMail } from '../../../src/core/accounts/mail';
import { openMessagesFixture } from './messages-fixture';

const servers: SMTPServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function smtp(): Promise<{ url: string; inbox: Array<{ to: string[]; data: string }> }> {
  const inbox: Array<{ to: string[]; data: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, inbox };
}

/** Bytes written as =XX (quoted-printable, encoded words) back to UTF-8 text. */
const unquote = (text: string) => Buffer.from(text.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** The message with folded headers unfolded, RFC 2047 encoded words and quoted-printable undone. */
function decoded(data: string): string {
  const split = data.search(/\r?\n\r?\n/);
  const head = data.slice(0, split).replace(/\?=\s+=\?utf-8\?Q\?/gi, '').replace(/\r?\n[ \t]+/g, ' ');
  const words = head.replace(/=\?utf-8\?Q\?([^?]*)\?=/gi, (_, q: string) => unquote(q.replace(/_/g, ' ')));
  return `${words}\n\n${unquote(data.slice(split).replace(/=\r?\n/g, ''))}`;
}

describe('sending by e-mail', () => {
  it('delivers each recipient their own filled message, and records it as sent by SMTP', async () => {
    const { url, inbox } = await smtp();
    const mail = createMail({ url, from: 'Forankring <noreply@example.org>' });
    const fx = await openMessagesFixture({ sendMessage: mail.sendMessage });
    const message = await fx.stageMessage();
    expect((await fx.core.call('messages.plan', { waveId: fx.wave.id })).canSend).toBe(true);
    const result = await fx.core.call('messages.send', { id: message.id });
    expect(result).toEqual({ sent: 2, skipped: 0, failed: 0 });
    expect(inbox.map((m) => m.to)).toEqual([['kari@example.no'], ['ola@example.no']]);
    const ola = decoded(inbox[1]?.data ?? '');
    expect(ola).toMatch(/Subject: Våler: Forankret innen \d{1,2}\. mars 2026/);
    expect(ola).toContain('Hei Ola Hansen!');
    const log = await fx.core.call('messages.sentLog', { waveId: fx.wave.id });
    expect(log.map((s) => [s.unitCode, s.channel])).toEqual(expect.arrayContaining([['0101', 'smtp'], ['0102', 'smtp']]));
  });

  it('counts a refused recipient as failed and records only what went', async () => {
    const { url } = await smtp();
    for (const server of servers.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
    const fx = await openMessagesFixture({ sendMessage: createMail({ url, from: 'noreply@example.org' }).sendMessage });
    const message = await fx.stageMessage();
    expect(await fx.core.call('messages.send', { id: message.id })).toEqual({ sent: 0, skipped: 0, failed: 2 });
    expect(await fx.core.call('messages.sentLog', { waveId: fx.wave.id })).toEqual([]);
  });
});
