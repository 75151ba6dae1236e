// The lookup's answer: a code or phrase hit is the answer with other possible
// guides behind it; an unknown code is named honestly; words only hint.
import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/db';

async function answer(core: TestCore, text: string) {
  return core.call('problems.lookup', { text });
}

describe('problems.lookup answer', () => {
  it('an exact code is the answer, first; words never join a code hit', async () => {
    const core = await openTestCore();
    const found = await answer(core, 'AADSTS50053 passord konto låst mobil');
    expect(found.match).toBe('code');
    expect(found.unknownCodes).toEqual([]);
    expect(found.guides[0]).toMatchObject({ matchedBy: 'code', matched: 'AADSTS50053', words: [], problem: { key: 'entra_account_locked' } });
    expect(found.guides.every((g) => g.matchedBy !== 'words')).toBe(true);
  });

  it('a code and a phrase: the code first, the phrase among the other possible guides', async () => {
    const core = await openTestCore();
    const found = await answer(core, 'AADSTS50076. Your account is locked.');
    expect(found.match).toBe('code');
    expect(found.guides.map((g) => [g.problem.key, g.matchedBy])).toEqual([
      ['entra_mfa_required', 'code'],
      ['entra_account_locked', 'phrase'],
    ]);
  });

  it('a phrase alone is a confident answer too', async () => {
    const core = await openTestCore();
    const found = await answer(core, 'Kontoen din er låst. Prøv igjen senere.');
    expect(found).toMatchObject({ match: 'phrase', unknownCodes: [], guides: [{ matchedBy: 'phrase', problem: { key: 'entra_account_locked' } }] });
  });

  it('a code written like the catalog\'s but unknown to it is named, with no guide claimed for it', async () => {
    const core = await openTestCore();
    const found = await answer(core, 'Sign-in failed: aadsts90099: The application has not been authorized.');
    expect(found.unknownCodes).toEqual(['AADSTS90099']);
    expect(found.match).not.toBe('code');
    expect(found.guides.some((g) => g.matchedBy === 'code')).toBe(false);
    // BankID codes keep the catalog's hyphen, however they were typed.
    expect((await answer(core, 'feilkode bid 99z9')).unknownCodes).toEqual(['BID-99Z9']);
    expect((await answer(core, 'BID-1439 og AADSTS12345')).unknownCodes).toEqual(['AADSTS12345']);
  });

  it('words only hint: at most three closest guides, each with the words it shares, as typed', async () => {
    const core = await openTestCore();
    const found = await answer(core, 'popup åpnes ikke bankid');
    expect(found.match).toBe('words');
    expect(found.guides.length).toBeGreaterThan(0);
    expect(found.guides.length).toBeLessThanOrEqual(3);
    expect(found.guides[0]).toMatchObject({ matchedBy: 'words', matched: null, problem: { key: 'bankid_popup_blocked' } });
    expect(found.guides[0]?.words).toEqual(expect.arrayContaining(['popup', 'åpnes', 'bankid']));
    const best = found.guides[0]?.words.length ?? 0;
    for (const g of found.guides) expect(g.words.length * 2).toBeGreaterThanOrEqual(best);
  });

  it('nothing at all: match none, no guides', async () => {
    const core = await openTestCore();
    expect(await answer(core, 'qwxz zzyzx')).toEqual({ match: 'none', unknownCodes: [], guides: [] });
  });

  it('finds the added guides by their codes and phrases, the longest phrase winning', async () => {
    const core = await openTestCore();
    for (const [text, key, by] of [
      ['AADSTS90072: The external account that the user signs in with doesn\'t exist on the tenant', 'entra_other_tenant', 'code'],
      ['AADSTS50058: A silent sign-in request was sent but no user is signed in.', 'entra_silent_sign_in', 'code'],
      ['AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured', 'entra_reply_address', 'code'],
      ['Medlemmet har glemt passordet sitt', 'entra_forgot_password', 'phrase'],
      ['MinID: får ingen kode på SMS', 'minid_sms_code', 'phrase'],
      // «fikk ikke varsel» is the BankID guide's; the longer Authenticator phrase wins.
      ['fikk ikke varsel i Authenticator', 'authenticator_no_prompt', 'phrase'],
      ['Logg inn med Vipps virker ikke', 'vipps_sign_in', 'phrase'],
    ] as const) {
      const found = await answer(core, text);
      expect({ text, key: found.guides[0]?.problem.key, by: found.match }).toEqual({ text, key, by });
    }
  });
});
