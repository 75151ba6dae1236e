// Links to e-learning and instruction videos on a training type and a guide (https only,
// checked by the contract), and the admin's allow-list of link hosts stored as a setting.
import { describe, expect, it } from 'vitest';
import { openTrainingFixture } from './fixture';

const MODULE = { kind: 'elearning', label: 'Modul 1: Medlemsregister', url: 'https://kurs.example.no/modul-1' } as const;
const VIDEO = { kind: 'video', label: 'Slik logger du inn', url: 'https://video.example.no/watch?v=42' } as const;

describe('learning links', () => {
  it('are stored on a training type and a guide, and changed only when sent', async () => {
    const f = await openTrainingFixture();
    const type = await f.core.call('trainingTypes.create', { nameNb: 'Registerkurs', nameEn: 'Register course', links: [MODULE, VIDEO] });
    expect(type.links).toEqual([MODULE, VIDEO]);
    const renamed = await f.core.call('trainingTypes.update', { id: type.id, nameNb: 'Registerkurset' });
    expect(renamed.links).toEqual([MODULE, VIDEO]);
    expect((await f.core.call('trainingTypes.update', { id: type.id, links: [VIDEO] })).links).toEqual([VIDEO]);
    expect((await f.core.call('trainingTypes.list')).find((t) => t.id === type.id)?.links).toEqual([VIDEO]);
    // The seeded types have none.
    expect((await f.core.call('trainingTypes.list')).find((t) => t.key === 'gathering')?.links).toEqual([]);

    const guide = await f.core.call('problems.create', { titleNb: 'Ny i registeret', titleEn: 'New to the register', resolveTier: 'chapter', links: [{ ...VIDEO, label: '  Video  ' }] });
    expect(guide.links).toEqual([{ ...VIDEO, label: 'Video' }]);
    expect((await f.core.call('problems.update', { id: guide.id, stepsNb: ['Se videoen'] })).links).toEqual([{ ...VIDEO, label: 'Video' }]);
    expect((await f.core.call('problems.list')).find((p) => p.id === guide.id)?.links).toEqual([{ ...VIDEO, label: 'Video' }]);
  });

  it('must be https with a host name and a label, and nothing is written otherwise', async () => {
    const f = await openTrainingFixture();
    const bad = [
      { ...MODULE, url: 'http://kurs.example.no/' }, { ...MODULE, url: 'javascript:alert(1)' }, { ...MODULE, url: 'https://user:pw@kurs.example.no/' },
      { ...MODULE, url: 'https://10.0.0.1/' }, { ...MODULE, label: ' ' }, { ...MODULE, kind: 'podcast' },
    ];
    for (const link of bad) {
      const answer = await f.core.raw('trainingTypes.create', { nameNb: 'Feil', nameEn: 'Wrong', links: [MODULE, link] });
      expect(answer, JSON.stringify(link)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await f.core.call('trainingTypes.list')).some((t) => t.nameNb === 'Feil')).toBe(false);
    const tooMany = Array.from({ length: 11 }, (_, i) => ({ ...MODULE, label: `Modul ${i}` }));
    expect(await f.core.raw('problems.create', { titleNb: 'X', titleEn: 'X', resolveTier: 'chapter', links: tooMany })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the allow-list of link hosts', () => {
  it('is empty at first, stored lower-case and once each, and refuses wildcards and addresses', async () => {
    const f = await openTrainingFixture();
    expect((await f.core.call('settings.get')).externalHosts).toEqual([]);
    const saved = await f.core.call('settings.update', { externalHosts: [' Kurs.Example.NO ', 'video.example.no', 'kurs.example.no'] });
    expect(saved.externalHosts).toEqual(['kurs.example.no', 'video.example.no']);
    for (const bad of ['*.example.no', 'https://kurs.example.no', 'kurs.example.no/x', 'kurs.example.no:443', '10.0.0.1', 'localhost', 'kurs..example.no', '-a.example.no']) {
      const answer = await f.core.raw('settings.update', { externalHosts: ['ok.example.no', bad] });
      expect(answer, bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    // A refused list leaves the stored one as it was.
    expect((await f.core.call('settings.get')).externalHosts).toEqual(['kurs.example.no', 'video.example.no']);
    expect((await f.core.call('settings.update', { externalHosts: [] })).externalHosts).toEqual([]);
  });
});
