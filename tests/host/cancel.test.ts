// The web host cancels a call whose client aborted its fetch: the read waiting in the
// queue never runs, and the calls after it are answered as usual.
import { describe, expect, it, vi } from 'vitest';
import { READERS } from '../../src/core/db/read-connections';
import { testHost } from './helpers';

// units.tree's query, counted, with a gate the first calls wait at: long reads in front,
// one on each of SQLite's readers, so the next read has to queue.
const tree = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { calls: 0, gate, open: () => open() };
});
vi.mock('../../src/core/services/units', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/services/units')>();
  return {
    ...original,
    listTree: async (...args: Parameters<typeof original.listTree>) => {
      tree.calls += 1;
      if (tree.calls <= READERS) await tree.gate;
      return original.listTree(...args);
    },
  };
});

describe('host: a cancelled call', () => {
  it('drops a queued read whose client aborted, and answers the next one', async () => {
    const { host } = await testHost();
    const post = (signal?: AbortSignal) =>
      fetch(`${host.origin}/api/units.tree`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: '{}',
        ...(signal ? { signal } : {}),
      });
    const first = Array.from({ length: READERS }, () => post());
    await vi.waitFor(() => expect(tree.calls).toBe(READERS));
    const wanted = new AbortController();
    const stale = post(wanted.signal);
    // Long enough for the host to read the request and queue it behind the first.
    await new Promise((r) => setTimeout(r, 300));
    wanted.abort();
    await expect(stale).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    tree.open();

    for (const answer of first) expect(await (await answer).json()).toEqual({ ok: true, value: [] });
    expect(await (await post()).json()).toEqual({ ok: true, value: [] });
    // The ones in front and the last ran; the aborted one never did.
    expect(tree.calls).toBe(READERS + 1);
  });
});
