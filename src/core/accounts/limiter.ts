// Sign-in limits, kept in the server's memory: per e-mail address as typed (so an
// unknown address is limited exactly like a real one, and the answer tells nothing),
// and per client address. Memory, not a table: a team server is one process, the
// counts are worthless after a restart, and no address is ever written to disk.

export interface LimitRule {
  /** Failures within the window that lock the key. */
  failures: number;
  windowMs: number;
  lockMs: number;
}

/** 5 wrong passwords for one e-mail in 15 minutes lock it for 15 minutes. */
export const PER_EMAIL: LimitRule = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** 20 failures from one address in 15 minutes (a spray over many e-mails) lock the address. */
export const PER_ADDRESS: LimitRule = { failures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

interface Entry {
  times: number[];
  lockedUntil: number;
}

/** Keeps memory bounded under a flood of distinct keys. */
const MAX_KEYS = 50_000;

export class Limiter {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly rule: LimitRule) {}

  /** Milliseconds until the key may try again; 0 when it may. */
  lockedFor(key: string, now: number): number {
    const entry = this.entries.get(key);
    return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
  }

  fail(key: string, now: number): void {
    const entry = this.entries.get(key) ?? { times: [], lockedUntil: 0 };
    entry.times = entry.times.filter((t) => t > now - this.rule.windowMs);
    entry.times.push(now);
    if (entry.times.length >= this.rule.failures) {
      entry.lockedUntil = now + this.rule.lockMs;
      entry.times = [];
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.prune(now);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.lockedUntil <= now && entry.times.every((t) => t <= now - this.rule.windowMs)) this.entries.delete(key);
    }
    // Still full: the oldest entries go (a Map iterates in insertion order).
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_KEYS) break;
      this.entries.delete(key);
    }
  }
}

export interface SignInLimits {
  email: Limiter;
  address: Limiter;
}

export function createSignInLimits(): SignInLimits {
  return { email: new Limiter(PER_EMAIL), address: new Limiter(PER_ADDRESS) };
}
