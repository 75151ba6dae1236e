import { describe, expect, it } from 'vitest';
import { api, raw, testHost } from './helpers';

describe('host: /api', () => {
  it('binds to 127.0.0.1 and hands out a URL with a 256-bit token', async () => {
    const { host } = await testHost();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    const other = await testHost();
    expect(other.host.token).not.toBe(host.token);
  });

  it('runs a valid call through the dispatcher', async () => {
    const { host } = await testHost();
    const created = await api(host, 'levels.create', { name: 'Lokallag' });
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.json).toMatchObject({ ok: true, value: { name: 'Lokallag', rank: 0 } });
    const list = await api(host, 'levels.list', {});
    expect(list.json).toEqual({ ok: true, value: [expect.objectContaining({ name: 'Lokallag', unitCount: 0 })] });
    // A domain error is still an envelope with HTTP 200.
    const dup = await api(host, 'levels.create', { name: 'Lokallag' });
    expect(dup.status).toBe(200);
    expect(dup.json.error?.code).toBe('LEVEL_NAME_TAKEN');
  });

  it('refuses a missing or wrong token with 401 FORBIDDEN and runs nothing', async () => {
    const { host } = await testHost();
    const missing = await api(host, 'levels.create', { name: 'A' }, { token: null });
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await api(host, 'levels.create', { name: 'A' }, { token: host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(wrong.status).toBe(401);
    const short = await api(host, 'levels.create', { name: 'A' }, { token: 'x' });
    expect(short.status).toBe(401);
    expect((await api(host, 'levels.list', {})).json).toEqual({ ok: true, value: [] });
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    const { host } = await testHost();
    const res = await api(host, 'levels.explode', {});
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD', details: { method: 'levels.explode' } } });
    expect((await api(host, 'toString', {})).status).toBe(404);
  });

  it('returns INVALID_INPUT with the field paths for bad input', async () => {
    const { host } = await testHost();
    const res = await api(host, 'units.create', { code: 'has space', name: '', levelId: 'x', parentId: null });
    expect(res.status).toBe(200);
    expect(res.json.error?.code).toBe('INVALID_INPUT');
    const paths = (res.json.error?.details?.issues as Array<{ path: string }>).map((i) => i.path).sort();
    expect(paths).toEqual(['code', 'levelId', 'name']);
  });

  it('answers malformed JSON with 400 INVALID_INPUT', async () => {
    const { host } = await testHost();
    const res = await api(host, 'levels.create', null, { body: '{"name": "Lokallag"' });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await api(host, 'levels.list', {})).json).toEqual({ ok: true, value: [] });
  });

  it('treats an empty body as {}', async () => {
    const { host } = await testHost();
    const res = await api(host, 'app.status', null, { body: '' });
    expect(res.json).toMatchObject({ ok: true, value: { unitCount: 0, version: 'test' } });
  });

  it('refuses a body over 16 MiB with 413, declared or streamed', async () => {
    const { host } = await testHost();
    const big = JSON.stringify({ fileName: 'a.csv', base64: 'A'.repeat(16 * 1024 * 1024) });
    const declared = await api(host, 'units.importPreview', null, { body: big });
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });

    // Chunked, with no Content-Length: the limit is enforced while counting.
    const streamed = await new Promise<number>((resolve, reject) => {
      void import('node:http').then(({ request }) => {
        const req = request({
          host: '127.0.0.1', port: host.port, path: '/api/units.importPreview', method: 'POST',
          headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
        const chunk = Buffer.alloc(1024 * 1024, 0x41);
        let sent = 0;
        const pump = () => {
          while (sent < 20 && !req.destroyed) {
            sent += 1;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!req.destroyed) req.end();
        };
        pump();
      });
    });
    expect(streamed).toBe(413);
    // The host is still healthy afterwards.
    expect((await api(host, 'levels.list', {})).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, and accepts localhost', async () => {
    const { host } = await testHost();
    const auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    const evil = await raw(host.port, { path: '/api/levels.list', method: 'POST', headers: { ...auth, Host: `evil.example:${host.port}` }, body: '{}' });
    expect(evil.status).toBe(403);
    const wrongPort = await raw(host.port, { path: '/api/levels.list', method: 'POST', headers: { ...auth, Host: '127.0.0.1:1' }, body: '{}' });
    expect(wrongPort.status).toBe(403);
    const page = await raw(host.port, { path: `/?token=${host.token}`, headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(host.token);
    const local = await raw(host.port, { path: '/api/levels.list', method: 'POST', headers: { ...auth, Host: `localhost:${host.port}` }, body: '{}' });
    expect(local.status).toBe(200);
    expect(JSON.parse(local.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses API calls from a foreign Origin with 403', async () => {
    const { host } = await testHost();
    const auth = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    const foreign = await raw(host.port, { path: '/api/levels.create', method: 'POST', headers: { ...auth, Origin: 'http://evil.example' }, body: '{"name":"X"}' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const own = await raw(host.port, { path: '/api/levels.list', method: 'POST', headers: { ...auth, Origin: host.origin }, body: '{}' });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toEqual({ ok: true, value: [] });
  });

  it('answers anything but POST on /api with 405', async () => {
    const { host } = await testHost();
    const res = await fetch(`${host.origin}/api/levels.list`, { headers: { Authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});
