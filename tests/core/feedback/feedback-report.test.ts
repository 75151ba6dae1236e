// «Innspill» in the national and region status reports: open entries and the share answered
// within N days, per region in the national report and per unit in a region's.
import { describe, expect, it } from 'vitest';
import { buildNationalReport } from '../../../src/core/reports/build-national';
import { buildRegionReport } from '../../../src/core/reports/build-region';
import { buildReport, reportRequest, tableOf, tableRecords, totalsRecord } from '../reports/fixture';
import { NOON_MARCH_15, openFixture, smallOrg } from '../ownership/coverage-fixture';

const DAY = 24 * 60 * 60 * 1000;

describe('feedback in the status reports', () => {
  it('shows open entries and the share answered within N days per region, and per unit of a region', async () => {
    const fx = await openFixture(new Date(NOON_MARCH_15.getTime() - 20 * DAY));
    const org = await smallOrg(fx.core);
    await fx.core.call('settings.update', { feedbackAnonymous: true, feedbackAnswerDays: 10 });
    const raise = (unitId: number, title: string) => fx.core.call('feedback.create', { unitId, kind: 'need', title, raisedById: null });
    const quick = await raise(org.herøy.id, 'Kurs');
    const slow = await raise(org.våler.id, 'Kalender');
    await raise(org.bø.id, 'Mobil');
    fx.setNow(new Date(NOON_MARCH_15.getTime() - 18 * DAY));
    await fx.core.call('feedback.answer', { id: quick.id, status: 'done', answer: 'Satt opp', signedAs: 'Faggruppen' });
    fx.setNow(NOON_MARCH_15);
    await fx.core.call('feedback.answer', { id: slow.id, status: 'planned', answer: 'Til høsten', signedAs: 'Faggruppen' });

    const national = tableOf(await buildReport(fx.core, buildNationalReport, reportRequest('national')), 'feedback');
    expect(national.title).toBe('Innspill');
    expect(national.columns.map((c) => c.label)).toEqual([
      'Kode', 'Region', 'Åpne innspill', 'Meldt for minst 10 dager siden eller besvart', 'Besvart innen 10 dager', 'Andel besvart innen 10 dager',
    ]);
    // The national office's own row (it has no entries here), then the regions.
    expect(tableRecords(national).map((r) => [r.Region, r['Åpne innspill'], r['Andel besvart innen 10 dager']])).toEqual([
      ['Nasjonalt nivå', 0, null],
      ['Østlandet', 1, 0.5],
      ['Vestlandet', 1, 0],
    ]);
    expect(totalsRecord(national)).toMatchObject({ 'Åpne innspill': 2, 'Besvart innen 10 dager': 1 });

    const region = tableOf(await buildReport(fx.core, buildRegionReport, reportRequest('region', { unit: '01', lang: 'en' })), 'feedback');
    expect(region.title).toBe('Feedback');
    expect(tableRecords(region).map((r) => [r.Unit, r['Open entries'], r['Share answered within 10 days']])).toEqual([
      ['Østlandet', 0, null],
      ['Herøy', 0, 1],
      ['Våler', 1, 0],
    ]);
    expect(totalsRecord(region)).toMatchObject({ 'Open entries': 1, 'Share answered within 10 days': 0.5 });
  });
});
