// The arithmetic of adoption: a unit's (or a roll-up's) sums in a month against its level's
// targets. "Below" is decided on whole numbers (active × 100 < holders × percent), so a
// unit exactly at its target is never counted below it by a rounding error.
import type { UsageFigures } from '../../shared/types-usage';

export interface Sums {
  activeUsers: number;
  signIns: number;
  holders: number;
  members: number;
}

export interface Target {
  percent: number | null;
  /** Sign-ins per member × 100. */
  hundredths: number | null;
}

export const NO_TARGET: Target = { percent: null, hundredths: null };

export function figuresOf(sums: Sums, target: Target): UsageFigures {
  const { activeUsers, signIns, holders, members } = sums;
  // More active users than role holders (members who are not role holders also sign in) is full attainment.
  const active = Math.min(activeUsers, holders);
  const checks: Array<{ got: number; want: number }> = [];
  if (target.percent !== null && holders > 0) checks.push({ got: active * 100, want: holders * target.percent });
  if (target.hundredths !== null && members > 0) checks.push({ got: signIns * 100, want: members * target.hundredths });
  return {
    activeUsers, signIns, holders, members,
    activeShare: holders > 0 ? active / holders : null,
    signInsPerMember: members > 0 ? signIns / members : null,
    targetPercent: target.percent,
    targetSignIns: target.hundredths === null ? null : target.hundredths / 100,
    attainment: checks.length === 0 ? null : Math.min(...checks.map((c) => c.got / c.want)),
    below: checks.some((c) => c.got < c.want),
  };
}
