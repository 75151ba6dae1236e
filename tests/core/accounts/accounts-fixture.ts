// A core with accounts, as the team server's host uses it: sign-in goes through the
// dispatcher with an anonymous caller, and a token becomes a caller via authenticate.
import type { Caller } from '../../../src/core/call-context';
import type { OpenCoreOptions } from '../../../src/core';
import { openFixture, type Fixture } from '../ownership/coverage-fixture';

export const PASSWORD = 'riktig hest batteri stift';

export interface AccountsFixture extends Fixture {
  anonymous(address?: string): Caller;
  /** Invites the person (admin or not), accepts the code with PASSWORD, and returns the session token. */
  enrol(personId: number, admin?: boolean): Promise<{ userId: number; token: string }>;
  as(token: string, address?: string): Promise<Caller>;
  /** The local owner's call, failing the test on an error. */
  admin: Fixture['core']['call'];
}

export async function openAccountsFixture(options: { now?: Date; accounts?: OpenCoreOptions['accounts'] } = {}): Promise<AccountsFixture> {
  const fx = await openFixture(options.now, options.accounts);
  const anonymous = (address = '203.0.113.7'): Caller => ({ userId: null, personId: null, local: false, sessionId: null, address, device: 'Testleser' });
  return {
    ...fx,
    anonymous,
    admin: fx.core.call,
    enrol: async (personId, admin = false) => {
      const issued = await fx.core.call('users.invite', { personId, admin });
      const answer = await fx.core.dispatch('auth.acceptCode', { code: issued.code, password: PASSWORD }, anonymous());
      if (!answer.ok) throw new Error(`accept failed: ${answer.error.code}`);
      const value = answer.value as { token: string };
      return { userId: issued.userId, token: value.token };
    },
    as: (token, address = '203.0.113.7') => fx.core.authenticate(token, { address, device: 'Testleser' }),
  };
}
