// Invitations and reset links by e-mail, where the server was given SMTP settings
// (`forankring server --smtp-url …`). The settings come from the command line or the
// environment, never from the database, so no method can read the SMTP password.
import nodemailer from 'nodemailer';
import { reportT } from '../reports/translate';
import type { Lang } from '../../shared/types';
import type { IssuedCode } from '../../shared/types-accounts';

export interface MailSettings {
  /** smtp://user:password@host:587 or smtps://…; nodemailer's own URL form. */
  url: string;
  /** The sender: "Forankring <noreply@example.org>". */
  from: string;
}

export type SendCode = (to: { name: string; email: string }, issued: IssuedCode, lang: Lang, organization: string) => Promise<void>;

/** A filled stage or wave message (src/core/messages), plain text. */
export type SendMessage = (message: { to: { name: string; email: string }; subject: string; text: string }) => Promise<void>;

/** Codes and messages through one transport, made from the server's SMTP settings. */
export function createMail(settings: MailSettings): { sendCode: SendCode; sendMessage: SendMessage } {
  const transport = nodemailer.createTransport(settings.url);
  const sendMessage: SendMessage = async ({ to, subject, text }) => {
    await transport.sendMail({ from: settings.from, to: { name: to.name, address: to.email }, subject, text });
  };
  return { sendCode: codeSender(settings, transport), sendMessage };
}

export function createMailer(settings: MailSettings): SendCode {
  return createMail(settings).sendCode;
}

function codeSender(settings: MailSettings, transport: ReturnType<typeof nodemailer.createTransport>): SendCode {
  return async (to, issued, lang, organization) => {
    const t = await reportT(lang);
    // Without units yet there is no organization's name to give; the texts then leave it out.
    const vars = { name: to.name, organization, code: issued.code, link: issued.link ?? '', hours: hoursLeft(issued), context: organization === '' ? 'noOrg' : undefined };
    const body = [
      t(`common:mail.${issued.kind}.greeting`, vars),
      '',
      t(`common:mail.${issued.kind}.body`, vars),
      '',
      issued.link ? t('common:mail.openLink', vars) : t('common:mail.enterCode', vars),
      '',
      t('common:mail.expires', vars),
      t('common:mail.notYou'),
    ].join('\n');
    await transport.sendMail({ from: settings.from, to: { name: to.name, address: to.email }, subject: t(`common:mail.${issued.kind}.subject`, vars), text: body });
  };
}

function hoursLeft(issued: IssuedCode): number {
  return Math.round((Date.parse(issued.expiresAt) - Date.now()) / 3_600_000);
}
