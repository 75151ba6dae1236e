// «Innspill»: the entry workflow rules, duplicates with their votes kept, the faggruppe's
// list and the figures per region, on the driver the run chooses (SQLite or PostgreSQL).
import { describe, expect, it } from 'vitest';
import { NOON_MARCH_15, openFixture, smallOrg } from '../ownership/coverage-fixture';

const DAY = 24 * 60 * 60 * 1000;

async function setup() {
  const fx = await openFixture();
  const org = await smallOrg(fx.core);
  const kari = await fx.person('Kari Nordmann', { email: 'kari@example.org' });
  const raise = async (unitId: number, title: string, extra: Record<string, unknown> = {}) =>
    fx.core.call('feedback.create', { unitId, kind: 'need', title, raisedById: kari, ...extra });
  return { ...fx, org, kari, raise };
}

describe('recording an entry', () => {
  it('records a worry for a unit with its raiser and stage, as new and unanswered', async () => {
    const fx = await setup();
    const [stage] = await fx.core.call('stages.list');
    const entry = await fx.raise(fx.org.herøy.id, 'Frykter dobbeltarbeid', { kind: 'worry', description: 'To systemer en stund', stageId: stage?.id });
    expect(entry).toMatchObject({
      unitCode: '0101', regionName: 'Østlandet', kind: 'worry', title: 'Frykter dobbeltarbeid', description: 'To systemer en stund',
      raisedBy: { id: fx.kari, name: 'Kari Nordmann' }, anonymous: false, stageId: stage?.id, status: 'new', answer: null,
      votes: 1, totalVotes: 1, duplicateOf: null, merged: false, createdAt: NOON_MARCH_15.toISOString(),
    });
  });

  it('refuses an anonymous entry until the setting allows it', async () => {
    const fx = await setup();
    const off = await fx.core.raw('feedback.create', { unitId: fx.org.bø.id, kind: 'idea', title: 'Felles kalender', raisedById: null });
    expect(off).toMatchObject({ ok: false, error: { code: 'FEEDBACK_ANONYMOUS_OFF' } });
    await fx.core.call('settings.update', { feedbackAnonymous: true });
    const on = await fx.core.call('feedback.create', { unitId: fx.org.bø.id, kind: 'idea', title: 'Felles kalender', raisedById: null });
    expect(on).toMatchObject({ anonymous: true, raisedBy: null });
  });

  it('refuses an archived unit and an unknown person, writing nothing', async () => {
    const fx = await setup();
    await fx.core.call('units.archive', { id: fx.org.våler.id });
    expect(await fx.raise(fx.org.våler.id, 'X').catch((e: Error) => e.message)).toContain('UNIT_ARCHIVED');
    expect(await fx.raise(fx.org.bø.id, 'X', { raisedById: 9999 }).catch((e: Error) => e.message)).toContain('NOT_FOUND');
    expect((await fx.core.call('feedback.list', {})).total).toBe(0);
  });
});

describe('answering', () => {
  it('needs an answer before done or declined, and dates and signs it by role', async () => {
    const fx = await setup();
    const entry = await fx.raise(fx.org.herøy.id, 'Opplæring på kveldstid');
    const refused = await fx.core.raw('feedback.answer', { id: entry.id, status: 'done', signedAs: 'Faggruppen' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FEEDBACK_ANSWER_REQUIRED', details: { status: 'done' } } });
    expect((await fx.core.call('feedback.get', { id: entry.id })).status).toBe('new');
    // Moving along without an answer is fine until it closes.
    expect((await fx.core.call('feedback.answer', { id: entry.id, status: 'under_review', signedAs: 'Faggruppen' })).answer).toBeNull();
    const later = new Date(NOON_MARCH_15.getTime() + 3 * DAY);
    fx.setNow(later);
    const done = await fx.core.call('feedback.answer', { id: entry.id, status: 'planned', answer: 'Vi setter opp kveldskurs i april.', signedAs: 'Faggruppen' });
    expect(done).toMatchObject({ status: 'planned', answer: { text: 'Vi setter opp kveldskurs i april.', at: later.toISOString(), signedAs: 'Faggruppen' } });
    // The answer already there is enough to close it; its date stays the day it was written.
    fx.setNow(new Date(later.getTime() + DAY));
    const closed = await fx.core.call('feedback.answer', { id: entry.id, status: 'done', signedAs: 'Systemeier' });
    expect(closed.answer).toEqual({ text: 'Vi setter opp kveldskurs i april.', at: later.toISOString(), signedAs: 'Faggruppen' });
    // The unit reads it in its own view.
    const own = await fx.core.call('feedback.forUnit', { unitId: fx.org.herøy.id });
    expect(own.map((e) => [e.id, e.status, e.answer?.text])).toEqual([[entry.id, 'done', 'Vi setter opp kveldskurs i april.']]);
  });
});

describe('duplicates', () => {
  it('links with counts kept, and merges by moving the votes, all or nothing', async () => {
    const fx = await setup();
    const kept = await fx.raise(fx.org.herøy.id, 'Mobilapp');
    const linked = await fx.raise(fx.org.våler.id, 'App på telefonen');
    const merged = await fx.raise(fx.org.bø.id, 'Mobil');
    const alsoMerged = await fx.raise(fx.org.bø.id, 'Mobilversjon');
    await fx.core.call('feedback.link', { id: alsoMerged.id, intoId: merged.id });
    expect((await fx.core.call('feedback.get', { id: merged.id })).totalVotes).toBe(2);

    await fx.core.call('feedback.link', { id: linked.id, intoId: kept.id });
    // A merged entry takes its own duplicates along: 1 own + 1 linked + 1 merged + 1 carried over.
    const after = await fx.core.call('feedback.merge', { id: merged.id, intoId: kept.id });
    expect(after).toMatchObject({ id: kept.id, votes: 2, totalVotes: 4 });
    const gone = await fx.core.call('feedback.get', { id: merged.id });
    expect(gone).toMatchObject({ merged: true, votes: 0, duplicateOf: { id: kept.id, title: 'Mobilapp' } });
    expect((await fx.core.call('feedback.get', { id: alsoMerged.id })).duplicateOf?.id).toBe(kept.id);
    // The faggruppe's list leaves the merged entry out.
    const list = await fx.core.call('feedback.list', {});
    expect(list.rows.map((r) => r.id).sort()).toEqual([kept.id, linked.id, alsoMerged.id].sort());

    // Chains are refused, and nothing of a refused call is written.
    const chain = await fx.core.raw('feedback.merge', { id: kept.id, intoId: linked.id });
    expect(chain).toMatchObject({ ok: false, error: { code: 'FEEDBACK_DUPLICATE', details: { reason: 'keptIsDuplicate' } } });
    expect((await fx.core.call('feedback.get', { id: kept.id })).votes).toBe(2);
    expect(await fx.core.raw('feedback.link', { id: kept.id, intoId: kept.id })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('passes the kept entry’s answer on to its duplicates, which cannot be answered themselves', async () => {
    const fx = await setup();
    const kept = await fx.raise(fx.org.herøy.id, 'Mobilapp');
    const dup = await fx.raise(fx.org.bø.id, 'Mobilapp');
    await fx.core.call('feedback.link', { id: dup.id, intoId: kept.id });
    expect(await fx.core.raw('feedback.answer', { id: dup.id, status: 'planned', answer: 'x', signedAs: 'Faggruppen' }))
      .toMatchObject({ ok: false, error: { code: 'FEEDBACK_DUPLICATE', details: { reason: 'answerKept' } } });
    await fx.core.call('feedback.answer', { id: kept.id, status: 'declined', answer: 'Ikke i år.', signedAs: 'Faggruppen' });
    const [own] = await fx.core.call('feedback.forUnit', { unitId: fx.org.bø.id });
    expect(own).toMatchObject({ id: dup.id, status: 'declined', answer: { text: 'Ikke i år.', signedAs: 'Faggruppen' } });
    const free = await fx.core.call('feedback.unlink', { id: dup.id });
    expect(free).toMatchObject({ duplicateOf: null, status: 'declined' });
  });
});

describe('the faggruppe’s list and the figures', () => {
  it('filters by status, kind, region and stage, oldest unanswered first', async () => {
    const fx = await setup();
    const [stage] = await fx.core.call('stages.list');
    const first = await fx.raise(fx.org.bø.id, 'Eldst');
    fx.setNow(new Date(NOON_MARCH_15.getTime() + DAY));
    const answered = await fx.raise(fx.org.herøy.id, 'Besvart', { kind: 'problem' });
    await fx.core.call('feedback.answer', { id: answered.id, status: 'planned', answer: 'Ja', signedAs: 'Faggruppen' });
    fx.setNow(new Date(NOON_MARCH_15.getTime() + 2 * DAY));
    const newer = await fx.raise(fx.org.våler.id, 'Nyere', { kind: 'problem', stageId: stage?.id });
    const ids = async (input: Record<string, unknown>) => (await fx.core.call('feedback.list', input)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([first.id, newer.id, answered.id]);
    expect(await ids({ kind: 'problem' })).toEqual([newer.id, answered.id]);
    expect(await ids({ regionId: fx.org.east.id })).toEqual([newer.id, answered.id]);
    expect(await ids({ status: 'planned' })).toEqual([answered.id]);
    expect(await ids({ stageId: stage?.id })).toEqual([newer.id]);
    expect(await fx.core.raw('feedback.list', { regionId: fx.org.herøy.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('counts open entries per region, the share answered within N days, and the most-voted themes', async () => {
    const fx = await setup();
    await fx.core.call('settings.update', { feedbackAnswerDays: 7 });
    const quick = await fx.raise(fx.org.herøy.id, 'Mobilapp');
    const slow = await fx.raise(fx.org.våler.id, 'Kveldskurs');
    const young = await fx.raise(fx.org.bø.id, 'Mobilapp');
    await fx.core.call('feedback.link', { id: young.id, intoId: quick.id });
    fx.setNow(new Date(NOON_MARCH_15.getTime() + 2 * DAY));
    await fx.core.call('feedback.answer', { id: quick.id, status: 'done', answer: 'Kommer', signedAs: 'Faggruppen' });
    fx.setNow(new Date(NOON_MARCH_15.getTime() + 10 * DAY));
    await fx.core.call('feedback.answer', { id: slow.id, status: 'planned', answer: 'Til høsten', signedAs: 'Faggruppen' });
    const unanswered = await fx.raise(fx.org.våler.id, 'Ny', { kind: 'idea' });
    const summary = await fx.core.call('feedback.summary', {});
    expect(summary.days).toBe(7);
    const east = summary.regions.find((r) => r.regionName === 'Østlandet');
    // Herøy's answer came in 2 days, Våler's in 10; the new one is not due yet.
    expect(east).toMatchObject({ open: 2, due: 2, answeredInTime: 1, share: 0.5 });
    expect(east?.themes).toEqual([{ title: 'Kveldskurs', votes: 1 }, { title: 'Mobilapp', votes: 1 }, { title: 'Ny', votes: 1 }]);
    // The linked duplicate in the west takes the kept entry's answer, so it counts as answered in time.
    const west = summary.regions.find((r) => r.regionName === 'Vestlandet');
    expect(west).toMatchObject({ open: 0, due: 1, answeredInTime: 1, share: 1 });
    expect(summary.total).toMatchObject({ open: 2, due: 3, answeredInTime: 2 });
    expect(summary.total.themes[0]).toEqual({ title: 'Mobilapp', votes: 2 });
    expect(unanswered.status).toBe('new');
  });

  it('erasing a person removes them as the raiser and scrubs their name from the text', async () => {
    const fx = await setup();
    const entry = await fx.raise(fx.org.herøy.id, 'Kari Nordmann ønsker kurs');
    await fx.core.call('people.erase', { id: fx.kari });
    const after = await fx.core.call('feedback.get', { id: entry.id });
    expect(after.raisedBy).toBeNull();
    expect(after.anonymous).toBe(false);
    expect(after.title).not.toContain('Kari');
  });
});
