// The organization's logo: a PNG or JPEG told by its own bytes, at most 200 kB, put at the
// head of every report; anything else is refused in words and nothing changes.
import { describe, expect, it } from 'vitest';
import { buildPrintJob } from '../../src/core/reports/render-html';
import { reportT } from '../../src/core/reports/translate';
import { buildNationalReport } from '../../src/core/reports/build-national';
import { openTestCore } from '../support/db';
import { buildReport, reportRequest } from './reports/fixture';

// A real 1×1 PNG, and the first bytes of a JPEG and a GIF.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64');

describe('the organization logo', () => {
  it('keeps a PNG or a JPEG, by its bytes, and takes it away again', async () => {
    const core = await openTestCore();
    expect(await core.call('organization.logo')).toBeNull();
    expect(await core.call('organization.setLogo', { base64: PNG })).toEqual({ mime: 'image/png', base64: PNG });
    expect(await core.call('organization.logo')).toEqual({ mime: 'image/png', base64: PNG });
    expect((await core.call('organization.setLogo', { base64: JPEG }))?.mime).toBe('image/jpeg');
    expect(await core.call('organization.setLogo', { base64: null })).toBeNull();
    expect(await core.call('organization.logo')).toBeNull();
  });

  it('refuses another kind of image, or one too large, and keeps the logo it had', async () => {
    const core = await openTestCore();
    await core.call('organization.setLogo', { base64: PNG });
    const gif = await core.raw('organization.setLogo', { base64: GIF });
    expect(gif.ok ? null : gif.error).toMatchObject({ code: 'LOGO_INVALID', details: { reason: 'type', maxKb: 200 } });
    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(201 * 1024)]).toString('base64');
    const large = await core.raw('organization.setLogo', { base64: big });
    expect(large.ok ? null : large.error).toMatchObject({ code: 'LOGO_INVALID', details: { reason: 'size' } });
    expect(await core.call('organization.logo')).toEqual({ mime: 'image/png', base64: PNG });
    // A settings change does not carry the image into the audit trail.
    const trail: Array<{ changes: string }> = await core.ds.query(`SELECT changes FROM audit_event WHERE method = 'organization.setLogo'`);
    expect(trail).toHaveLength(1);
    expect(trail.map((e) => e.changes).join('')).not.toContain(PNG.slice(0, 24));
  });

  it('heads the national report’s PDF', async () => {
    const core = await openTestCore();
    await core.call('demo.load', {});
    await core.call('organization.setLogo', { base64: PNG });
    const model = await buildReport(core, buildNationalReport, reportRequest('national'));
    expect(model.logo).toEqual({ mime: 'image/png', base64: PNG });
    const job = buildPrintJob(model, await reportT('nb'));
    expect(job.html).toContain(`<img class="logo" alt="" src="data:image/png;base64,${PNG}">`);
  });
});
