// The error lookup: codes anywhere in pasted text, then message fragments,
// then words in titles and symptoms, in both languages.
import { describe, expect, it } from 'vitest';
import { PROBLEM_SEED as FIRST_SEED } from '../../../src/core/db/migrations/1764100000000-Support.seed';
import { MORE_GUIDES } from '../../../src/core/db/migrations/1765500000000-MoreGuides.seed';

/** The catalog a new database gets: the first seed, then the guides added later. */
const PROBLEM_SEED = [...FIRST_SEED, ...MORE_GUIDES];
import { openTestCore, type TestCore } from '../../support/db';

const SEEDED_CODES = PROBLEM_SEED.flatMap((p) => p.codes.map((code) => ({ code, key: p.key })));

/** How members and the sign-in pages actually present a code. */
const MESSAGES: Array<(code: string) => string> = [
  (code) => code,
  (code) => code.toLowerCase(),
  (code) => `Sign-in failed: ${code.toLowerCase()}: something went wrong. Please try again later.`,
  (code) => `Feilkode ${code}`,
  (code) => `Innloggingen mislyktes (${code.toLowerCase()}). Kontakt brukerstøtte.`,
  (code) => `Request Id: 4f0c…\nCorrelation Id: 9b2e…\nTimestamp: 2026-03-02T09:14:11Z\nMessage: ${code}: see details.`,
  (code) => `«${code}»—fikk denne på mobilen`,
];

async function lookup(core: TestCore, text: string) {
  return (await core.call('problems.lookup', { text })).guides;
}

describe('problems.lookup', () => {
  it('the seed covers every code the issue names', () => {
    const codes = new Set(SEEDED_CODES.map((c) => c.code));
    for (const code of [
      'AADSTS50126', 'AADSTS50034', 'AADSTS50053', 'AADSTS50055', 'AADSTS50144', 'AADSTS50057', 'AADSTS50076',
      'AADSTS50079', 'AADSTS50072', 'AADSTS50074', 'AADSTS50088', 'AADSTS50020', 'AADSTS500208', 'AADSTS50105',
      'AADSTS65001', 'AADSTS50173', 'AADSTS700082', 'AADSTS53000', 'AADSTS53003',
      'BID-1403', 'BID-1439', 'BID-14B1', 'BID-14D1', 'BID-1433',
    ]) expect(codes.has(code), code).toBe(true);
  });

  it('finds every seeded code inside real-looking messages, in any case, as the first match', async () => {
    const core = await openTestCore();
    for (const { code, key } of SEEDED_CODES) {
      for (const message of MESSAGES) {
        const text = message(code);
        const [first] = await lookup(core, text);
        expect({ text, key: first?.problem.key, by: first?.matchedBy, matched: first?.matched }).toEqual({
          text, key, by: 'code', matched: code,
        });
      }
    }
  });

  it('finds grouped codes to the same guide, and each code only once per result', async () => {
    const core = await openTestCore();
    const expired = await lookup(core, 'AADSTS50144: password expired (also seen AADSTS50055)');
    expect(expired.filter((m) => m.problem.key === 'entra_password_expired')).toHaveLength(1);
    expect(expired[0]).toMatchObject({ matched: 'AADSTS50144', problem: { key: 'entra_password_expired' } });
    const blocked = await lookup(core, 'BID-1403');
    expect(blocked[0]?.problem.key).toBe((await lookup(core, 'bid-1439'))[0]?.problem.key);
  });

  it('ranks several codes by where they occur, before any fragment match', async () => {
    const core = await openTestCore();
    const matches = await lookup(core, 'First AADSTS50076, then AADSTS50079. Your account is locked.');
    expect(matches.slice(0, 3).map((m) => [m.problem.key, m.matchedBy, m.matched])).toEqual([
      ['entra_mfa_required', 'code', 'AADSTS50076'],
      ['entra_mfa_not_registered', 'code', 'AADSTS50079'],
      ['entra_account_locked', 'phrase', 'your account is locked'],
    ]);
    expect(new Set(matches.map((m) => m.problem.id)).size).toBe(matches.length);
    expect(matches.length).toBeLessThanOrEqual(10);
  });

  it('reads codes written with a space or without the prefix, as the sign-in log shows them', async () => {
    const core = await openTestCore();
    expect((await lookup(core, 'Error Code: 50053'))[0]).toMatchObject({ matched: 'AADSTS50053', matchedBy: 'code' });
    expect((await lookup(core, 'feilkode BID 14d1'))[0]).toMatchObject({ matched: 'BID-14D1', matchedBy: 'code' });
  });

  it('does not match a near-miss code', async () => {
    const core = await openTestCore();
    for (const [text, notCode] of [
      ['AADSTS500530', 'AADSTS50053'],
      ['Sign-in failed: AADSTS5005300', 'AADSTS50053'],
      ['feil BID-14B10', 'BID-14B1'],
      ['XBID-1439', 'BID-1439'],
      ['aadsts5012', 'AADSTS50126'],
      ['ref 1500530', 'AADSTS50053'],
    ] as const) {
      const matches = await lookup(core, text);
      expect({ text, codes: matches.filter((m) => m.matchedBy === 'code').map((m) => m.matched) }).toEqual({ text, codes: [] });
      expect(matches.some((m) => m.matched === notCode)).toBe(false);
    }
  });

  it('matches message fragments case-insensitively, with Norwegian letters and curly apostrophes', async () => {
    const core = await openTestCore();
    for (const [text, key] of [
      ['Kontoen din er LÅST. Prøv igjen senere.', 'entra_account_locked'],
      ['Your account is locked. Contact your support person.', 'entra_account_locked'],
      ['Error validating credentials due to invalid username or password.', 'entra_wrong_password'],
      ['Din BankID er sperret. Kontakt banken.', 'bankid_blocked'],
      ['Det oppstod et tidsavbrudd', 'bankid_timeout'],
      ['We couldn’t find an account with that username.', 'entra_account_not_found'],
      ['MinID er sperret', 'minid_blocked'],
      ['Passordet ditt er utløpt', 'entra_password_expired'],
      ['Need admin approval', 'entra_consent_missing'],
    ] as const) {
      const [first] = await lookup(core, text);
      expect({ text, key: first?.problem.key, by: first?.matchedBy }).toEqual({ text, key, by: 'phrase' });
    }
  });

  it('searches titles and symptoms in both languages, ranking by how many words match', async () => {
    const core = await openTestCore();
    for (const [text, key] of [
      ['MinID: koden fra brevet er for gammel', 'minid_activation_expired'],
      ['MinID activation letter', 'minid_activation_expired'],
      ['popup åpnes ikke bankid', 'bankid_popup_blocked'],
      // Typed without Norwegian letters, as on a foreign keyboard.
      ['popup apnes ikke bankid', 'bankid_popup_blocked'],
      ['popup aapnes ikke bankid', 'bankid_popup_blocked'],
      ['Samme e-postadresse privat Microsoft-konto organisasjonskonto', 'entra_wrong_account_type'],
      ['kontoen deaktivert', 'entra_account_disabled'],
      ['sees no menus or member lists', 'missing_role_permissions'],
    ] as const) {
      const matches = await lookup(core, text);
      expect({ text, key: matches[0]?.problem.key, by: matches[0]?.matchedBy }).toEqual({ text, key, by: 'words' });
      expect(matches.every((m) => m.matched === null)).toBe(true);
    }
  });

  it('returns nothing for text that names no known problem', async () => {
    const core = await openTestCore();
    expect(await lookup(core, 'qwxz zzyzx')).toEqual([]);
  });
});
