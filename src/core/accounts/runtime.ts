import type { SendCode, SendMessage } from './mail';
import { createSignInLimits, type SignInLimits } from './limiter';

/** What the accounts need beyond the database: set by the shell that serves them (src/host). */
export interface AccountsRuntime {
  limits: SignInLimits;
  /** E-mails invitation and reset codes; null without SMTP settings (the code is shown for copying only). */
  sendCode: SendCode | null;
  /** Sends stage and wave messages (messages.send); null without SMTP settings. */
  sendMessage: SendMessage | null;
  /** The address users open, for the links in invitations; null when the server does not know it. */
  publicUrl: () => string | null;
}

export function createAccountsRuntime(options: Partial<Omit<AccountsRuntime, 'limits'>> = {}): AccountsRuntime {
  return { limits: createSignInLimits(), sendCode: options.sendCode ?? null, sendMessage: options.sendMessage ?? null, publicUrl: options.publicUrl ?? (() => null) };
}
