/**
 * The value axis of the lead-time chart: it always includes 0, so every bar grows from 0
 * and a region near the others' value is not drawn as nothing (an axis fitted to the data,
 * say −62 to −58, hid the regions at its end). Ends are rounded out to a round step.
 */
export function leadAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // All on time: an axis of one point would draw nothing at all.
  if (lo === hi) return { domain: [0, 1], ticks: [0, 1] };
  const step = roundStep((hi - lo) / 5);
  const domain: [number, number] = [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  const ticks: number[] = [];
  for (let v = domain[0]; v <= domain[1] + step / 2; v += step) ticks.push(Math.round(v));
  return { domain, ticks };
}

/** The smallest of 1, 2, 5, 10, 20, 50 … days that is at least `raw`. */
function roundStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
}
