import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/web-security';
import { raw, testHost } from './helpers';

describe('host: pages and static files', () => {
  it('refuses GET / without the right token with a 401 page in nb and en', async () => {
    const { host } = await testHost();
    for (const path of ['/', '/?token=', '/?token=wrong', '/enheter']) {
      const res = await fetch(`${host.origin}${path}`);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain('npm run serve');
      expect(html).toContain('lang="nb"');
      expect(html).toContain('lang="en"');
      expect(html).toContain('tilgangsnøkkelen');
      expect(html).toContain('access key');
      expect(html).not.toContain(host.token);
    }
  });

  it('serves index.html with the token meta tag and strict headers', async () => {
    const { host } = await testHost();
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head).toContain(`<meta name="forankring-token" content="${host.token}">`);
    expect(html).toContain('<div id="root"></div>');

    // Any app path with the token serves the page too, so a reload works.
    const deep = await fetch(`${host.origin}/enheter/15?token=${host.token}`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain(`content="${host.token}"`);
  });

  it('serves assets without a token, with their content types', async () => {
    const { host } = await testHost();
    const js = await fetch(`${host.origin}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('document.title = "ok";\n');
    const css = await fetch(`${host.origin}/assets/app.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    // The renderer uses relative asset URLs, so a deep page asks below its own path.
    expect((await fetch(`${host.origin}/enheter/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${host.origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${host.origin}/assets/`)).status).not.toBe(200);
  });

  it('answers other verbs on pages with 405', async () => {
    const { host } = await testHost();
    const res = await fetch(host.url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.text()).toBe('Denne forespørselen støttes ikke.\nThis request is not supported.\n');
  });

  it.each([
    '/assets/../../package.json',
    '/assets/../secret.txt',
    '/../secret.txt',
    '/assets/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2E%2E/package.json',
    '/assets/..%2fsecret.txt',
    '/assets/..%2F..%2Fpackage.json',
    '/assets/..%5csecret.txt',
    '/assets/..\\secret.txt',
    '/assets/%252e%252e/secret.txt',
    '/assets/app.js%00.png',
    '/%E0%A4%A',
    '/secret.txt',
    '//etc/passwd',
  ])('refuses the path %s', async (path) => {
    const { host } = await testHost();
    const res = await raw(host.port, { path: `${path}${path.includes('?') ? '&' : '?'}token=${host.token}` });
    expect(res.status).not.toBe(200);
    expect(res.body).not.toContain('TOP-SECRET');
    expect(res.body).not.toContain('"name": "forankring"');
    expect(res.body).not.toContain('root:');
  });
});
