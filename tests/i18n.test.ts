import { describe, expect, it } from 'vitest';
import { createI18n, NAMESPACES, resources } from '../src/shared/i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(tree: Tree): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.set(`${prefix}${k}`, [...v.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort().join(','));
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(tree, '');
  return out;
}

describe('i18n', () => {
  for (const ns of NAMESPACES) {
    it(`nb and en have the same keys in "${ns}"`, () => {
      const nb = resources.nb[ns] as unknown as Tree;
      const en = resources.en[ns] as unknown as Tree;
      expect(keys(en).sort()).toEqual(keys(nb).sort());
    });

    it(`nb and en use the same interpolation values in "${ns}"`, () => {
      const nb = placeholders(resources.nb[ns] as unknown as Tree);
      const en = placeholders(resources.en[ns] as unknown as Tree);
      for (const [key, vars] of nb) expect({ key, vars: en.get(key) }).toEqual({ key, vars });
    });

    it(`no "${ns}" string is empty`, () => {
      for (const lang of ['nb', 'en'] as const) {
        const tree = resources[lang][ns] as unknown as Tree;
        for (const key of keys(tree)) {
          const value = key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);
          expect({ lang, key, value: typeof value === 'string' && value.trim().length > 0 }).toEqual({ lang, key, value: true });
        }
      }
    });
  }

  it('translates an error code with its details in both languages', async () => {
    const nb = await createI18n('nb');
    const en = await createI18n('en');
    expect(nb.t('errors:code.CODE_TAKEN', { code: '1515', name: 'Herøy' })).toBe('Koden 1515 brukes allerede av Herøy.');
    expect(en.t('errors:code.CODE_TAKEN', { code: '1515', name: 'Herøy' })).toBe('The code 1515 is already used by Herøy.');
  });
});
