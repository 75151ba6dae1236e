// The rule for finding a person in free text (person-match.ts, documented in the README).
import { describe, expect, it } from 'vitest';
import { personMatcher } from '../../../src/core/ownership/person-match';

const kari = personMatcher({ name: 'Kari Ødegård', email: 'kari.odegard@example.no', phone: '+47 412 34 567' });

describe('personMatcher', () => {
  it('finds the whole name in any case and spacing, not inside a longer word', () => {
    expect(kari.scrub('Ring KARI ØDEGÅRD i morgen')).toBe('Ring slettet person i morgen');
    expect(kari.scrub('kari   ødegård, leder')).toBe('slettet person, leder');
    expect(kari.mentions('Kari Ødegårdsen')).toBe(false);
    expect(kari.mentions('Karianne Ødegård')).toBe(false);
    expect(kari.mentions('Ødegård alene')).toBe(false);
  });

  it('finds the e-mail in any case, but not as part of another address', () => {
    expect(kari.scrub('Skriv til Kari.Odegard@EXAMPLE.no.')).toBe('Skriv til slettet person.');
    expect(kari.mentions('anne.kari.odegard@example.no')).toBe(false);
  });

  it('finds a Norwegian phone with or without spaces, dots, hyphens and +47 / 0047 / 47', () => {
    for (const form of ['41234567', '412 34 567', '41 23 45 67', '412.34.567', '412-34-567', '+47 41234567', '+4741234567', '0047 412 34 567', '47 41 23 45 67']) {
      expect(kari.scrub(`tlf. ${form}, takk`)).toBe('tlf. slettet person, takk');
    }
    expect(kari.mentions('141234567')).toBe(false);
    expect(kari.mentions('412345670')).toBe(false);
  });

  it('finds a foreign number by its digits with + or 00, and ignores numbers too short to tell apart', () => {
    const sven = personMatcher({ name: 'Sven Berg', email: null, phone: '+46 70 123 45 67' });
    expect(sven.scrub('ring 0046 70 123 45 67')).toBe('ring slettet person');
    expect(sven.scrub('ring +46701234567')).toBe('ring slettet person');
    const short = personMatcher({ name: 'Bo', email: null, phone: '1234' });
    expect(short.scrub('rom 1234, Bo')).toBe('rom 1234, slettet person');
  });

  it('gives a SQL condition that never misses what the rule matches, and none for an erased person', () => {
    expect(kari.candidateSql('note')?.params).toEqual(['%Kari%', '%kari.odegard@example.no%', '%41234567%']);
    // A name without three ASCII letters in a row cannot be narrowed by LIKE: every non-empty value is read.
    expect(personMatcher({ name: 'Åse Øy', email: null, phone: null }).candidateSql('note')).toEqual({ sql: "note <> ''", params: [] });
    expect(personMatcher({ name: '', email: null, phone: null }).candidateSql('note')).toBeNull();
  });
});
