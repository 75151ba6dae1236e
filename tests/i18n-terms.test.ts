// One name per thing: the support terms that used to come in two variants
// ("no problem chosen", "target breaches") are spelled one way in every
// namespace (UI, reports, CLI, errors) and in both languages.
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../src/shared/i18n';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

const texts = (lang: 'nb' | 'en') => NAMESPACES.flatMap((ns) => entries(resources[lang][ns] as unknown as Tree, `${ns}:`));
const value = (lang: 'nb' | 'en', key: string) => new Map(texts(lang)).get(key);

/** The retired variants of each term. */
const RETIRED = {
  nb: [/ikke valgt problem/i, /uten kjent problem/i, /brutte?\s+\S*frist/i, /frist\S*\s+brutt/i, /frister\s+\S+\s+brøt/i],
  en: [/no known problem/i, /missed targets?/i, /targets? missed/i],
} as const;

const TERMS = {
  nb: { noProblem: 'Uten valgt problem', breaches: 'Brudd på tidsmål' },
  en: { noProblem: 'No problem chosen', breaches: 'Target breaches' },
} as const;

describe('support terms', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`uses no retired variant in any namespace (${lang})`, () => {
      const found = texts(lang).filter(([, text]) => RETIRED[lang].some((re) => re.test(text)));
      expect(found).toEqual([]);
    });

    it(`names a case without a problem, and target breaches, the same in the UI and the reports (${lang})`, () => {
      expect([value(lang, 'ui:support.noProblem'), value(lang, 'report:support.problem.unknown')]).toEqual([TERMS[lang].noProblem, TERMS[lang].noProblem]);
      expect([
        value(lang, 'ui:support.metrics.region.breaches'),
        value(lang, 'report:status.column.breaches'),
        value(lang, 'report:support.region.column.breaches'),
      ]).toEqual([TERMS[lang].breaches, TERMS[lang].breaches, TERMS[lang].breaches]);
    });
  }
});

// The method's own words: a rollout has «steg» (stages), a support path has «ledd» (tiers),
// and a volunteer organization has newcomers, not new employees.
const RETIRED_METHOD = {
  nb: [/\btrinn/i, /nyansatt/i],
  en: [/next step below/i, /next step:/i, /new hires?\b/i, /new employees?\b/i],
} as const;

describe('method terms', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`says stage, tier and newcomer one way in every namespace (${lang})`, () => {
      const found = texts(lang).filter(([, text]) => RETIRED_METHOD[lang].some((re) => re.test(text)));
      expect(found).toEqual([]);
    });
  }
});
