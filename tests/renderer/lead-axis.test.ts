import { describe, expect, it } from 'vitest';
import { leadAxis } from '../../src/renderer/screens/timeline/lead-axis';

describe('leadAxis', () => {
  it('includes 0 when every region finished early, so no bar is drawn as nothing', () => {
    const { domain, ticks } = leadAxis([-62, -58, -60]);
    expect(domain[0]).toBeLessThanOrEqual(-62);
    expect(domain[1]).toBe(0);
    expect(ticks).toContain(0);
  });

  it('includes 0 when every region finished late', () => {
    expect(leadAxis([8, 12]).domain).toEqual([0, 15]);
  });

  it('spans both sides with round ticks', () => {
    const { domain, ticks } = leadAxis([-7, 23]);
    expect(domain).toEqual([-10, 30]);
    expect(ticks).toEqual([-10, 0, 10, 20, 30]);
  });

  it('gives a usable axis when every value is 0', () => {
    expect(leadAxis([0])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
