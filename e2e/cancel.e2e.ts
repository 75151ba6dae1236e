// The renderer cancels what it no longer wants: a search a newer key has made stale, and
// a screen's load when the user leaves it. The aborted fetch closes its connection, which
// the host takes as the cancel (tests/host/cancel.test.ts shows the core then drops it).
import { expect, test } from './fixtures';
import { callApi, openApp, orgTree } from './support';
import type { Page, Request } from '@playwright/test';

/** Holds each answer of a method back, so the renderer has a call in flight to cancel. */
async function slowDown(page: Page, method: string, ms: number): Promise<void> {
  await page.route(`**/api/${method}`, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    // The renderer may have aborted the call meanwhile; then there is nothing to answer.
    await route.continue().catch(() => undefined);
  });
}

function abortedCalls(page: Page, method: string): Request[] {
  const aborted: Request[] = [];
  page.on('requestfailed', (request) => {
    if (request.url().endsWith(`/api/${method}`)) aborted.push(request);
  });
  return aborted;
}

test('a newer search cancels the one in flight, and leaving a screen cancels its load', async ({ page, host }) => {
  await callApi(page, host, 'demo.load');
  await openApp(page, host, 'organization');
  await expect(orgTree(page).getByRole('treeitem').first()).toBeVisible();

  await slowDown(page, 'units.search', 1500);
  const searches = abortedCalls(page, 'units.search');
  const search = page.getByRole('searchbox', { name: 'Søk etter enhet' });
  // Waited for from before the typing: on a busy machine the debounced call can leave before fill() returns.
  const first = page.waitForRequest('**/api/units.search');
  await search.fill('Her');
  await first;
  await search.fill('Herøy');
  await expect.poll(() => searches.length).toBe(1);
  expect(searches[0]?.postDataJSON()).toMatchObject({ query: 'Her' });
  // The newer search is answered and shown.
  await expect(page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button')).toHaveCount(2);
  expect(searches).toHaveLength(1);

  await slowDown(page, 'rollout.timeline', 1500);
  const timelines = abortedCalls(page, 'rollout.timeline');
  const loading = page.waitForRequest('**/api/rollout.timeline');
  await page.getByRole('link', { name: 'Tidslinje' }).click();
  await loading;
  await page.getByRole('link', { name: 'Organisasjon' }).click();
  await expect.poll(() => timelines.length).toBe(1);
});
