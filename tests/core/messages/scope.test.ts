// The sent log and the missing list are computed over the caller's units: a super-user
// of region A sees region A's chapters only, though the wave spans both regions.
import { describe, expect, it } from 'vitest';
import { openScopeFixture } from '../access/scope-fixture';

describe('messages over the caller\'s units', () => {
  it('lists the missing and the sent of the own region only', async () => {
    const fx = await openScopeFixture();
    const asRegion = async <T>(method: 'messages.missing' | 'messages.sentLog') => {
      const answer = await fx.core.dispatch(method, { waveId: fx.rows.waveId }, fx.callers.region);
      if (!answer.ok) throw new Error(answer.error.code);
      return answer.value as T;
    };
    const everywhere = await fx.core.call('messages.missing', { waveId: fx.rows.waveId });
    expect(everywhere.map((m) => m.unitId).sort()).toEqual([fx.units.a1, fx.units.a2, fx.units.b1, fx.units.b2].sort());
    const own = await asRegion<Array<{ unitId: number }>>('messages.missing');
    expect(own.map((m) => m.unitId).sort()).toEqual([fx.units.a1, fx.units.a2].sort());
    await fx.core.call('messages.exportMerge', { id: fx.rows.messageId, format: 'csv' });
    const sent = await asRegion<Array<{ unitId: number }>>('messages.sentLog');
    // The chapter leaders of A1 (Lise) and B1 (Olga) got it; region A sees Lise's row only.
    expect(sent.map((s) => s.unitId)).toEqual([fx.units.a1]);
    expect((await fx.core.call('messages.sentLog', { waveId: fx.rows.waveId })).map((s) => s.unitId).sort()).toEqual([fx.units.a1, fx.units.b1].sort());
    // A chapter leader cannot preview another region's chapter.
    const preview = await fx.core.dispatch('messages.preview', {
      waveId: fx.rows.waveId, unitId: fx.units.b1, roleId: fx.roles.chapter_leader, subjectNb: '{{unit}}', bodyNb: '', subjectEn: '', bodyEn: '',
    }, fx.callers.chapter);
    expect(preview).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
