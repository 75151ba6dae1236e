import { connect } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { testHost } from './helpers';

describe('host: a client that aborts mid-request', () => {
  it('logs one line (method, path, "aborted") and no stack', async () => {
    const { host } = await testHost();
    const lines: string[] = [];
    const log = (...args: unknown[]) => { lines.push(args.map((a) => (a instanceof Error ? String(a.stack) : String(a))).join(' ')); };
    const error = vi.spyOn(console, 'error').mockImplementation(log);
    const warn = vi.spyOn(console, 'warn').mockImplementation(log);
    try {
      const socket = connect(host.port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write([
        'POST /api/units.create HTTP/1.1',
        `Host: 127.0.0.1:${host.port}`,
        `Authorization: Bearer ${host.token}`,
        'Content-Type: application/json',
        'Content-Length: 1000',
        '',
        '{"code":"12',
      ].join('\r\n'));
      await new Promise((r) => setTimeout(r, 100));
      socket.destroy();
      await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0), { timeout: 2000 });
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      error.mockRestore();
      warn.mockRestore();
    }
    expect(lines).toEqual(['[forankring] POST /api/units.create aborted']);
  });
});
