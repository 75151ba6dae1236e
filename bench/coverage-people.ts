// Deterministic people and assignments on top of the synthetic organization,
// for the coverage bench: 50,000 people and 100,000 assignments with a
// realistic mix (most current, some ended, some expiring, some vacant, some
// units with nobody), plus a few champions who carry one role in many chapters
// and a few people who hold many different required roles.
import { addDays } from '../src/core/ownership/dates';
import { seededRandom, type Random } from './support/random';
import type { SyntheticUnit } from './synthetic-org';

export type BenchRoleKey =
  | 'system_owner' | 'technical_owner' | 'functional_owner' | 'functional_group'
  | 'sponsor' | 'super_user' | 'local_support' | 'chapter_leader';

/**
 * The catalog adapted to the synthetic organization's six levels, as an
 * organization would edit it: the seeded requirements (ranks 0-2) stay, the
 * chapter roles are also required at rank 3 (lokallag), groups need a leader,
 * subgroups a support contact, and groups may have super-users.
 */
export const BENCH_EXTRA_REQUIREMENTS: Array<{ role: BenchRoleKey; levelRank: number; minimum: number }> = [
  { role: 'super_user', levelRank: 3, minimum: 1 },
  { role: 'local_support', levelRank: 3, minimum: 1 },
  { role: 'chapter_leader', levelRank: 3, minimum: 1 },
  { role: 'chapter_leader', levelRank: 4, minimum: 1 },
  { role: 'super_user', levelRank: 4, minimum: 0 },
  { role: 'local_support', levelRank: 5, minimum: 1 },
];

/** The seeded requirements, for planning slots: [role, rank, minimum]. */
const SEEDED_REQUIREMENTS: Array<{ role: BenchRoleKey; levelRank: number; minimum: number }> = [
  { role: 'system_owner', levelRank: 0, minimum: 1 },
  { role: 'technical_owner', levelRank: 0, minimum: 1 },
  { role: 'functional_owner', levelRank: 0, minimum: 1 },
  { role: 'functional_group', levelRank: 0, minimum: 2 },
  { role: 'sponsor', levelRank: 1, minimum: 1 },
  { role: 'super_user', levelRank: 1, minimum: 1 },
  { role: 'super_user', levelRank: 2, minimum: 1 },
  { role: 'local_support', levelRank: 2, minimum: 1 },
  { role: 'chapter_leader', levelRank: 2, minimum: 1 },
];

export interface SyntheticPerson {
  name: string;
  email: string | null;
  phone: string | null;
  homeUnitCode: string;
  /** Erased for a data-protection request: name blank, contact details gone, assignments kept. */
  erased: boolean;
}

export interface SyntheticAssignment {
  /** Index into people. */
  person: number;
  unitCode: string;
  role: BenchRoleKey;
  startDate: string;
  endDate: string | null;
}

export interface OwnershipData {
  people: SyntheticPerson[];
  assignments: SyntheticAssignment[];
}

export interface OwnershipOptions {
  people?: number;
  assignments?: number;
  seed?: number;
  /** The day the bench's core sees as today. */
  today?: string;
  expiryDays?: number;
}

interface Slot {
  unitCode: string;
  role: BenchRoleKey;
  minimum: number;
  /** Slots that may take extra holders without changing their planned state. */
  open: boolean;
}

type Planned = Omit<SyntheticAssignment, 'person'>;

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Per', 'Solveig', 'Bjørn', 'Åse', 'Øystein', 'Mari', 'Jørgen', 'Sigrid', 'Håkon', 'Liv', 'Tor', 'Ærlig', 'Nora', 'Emil', 'Frida'];
const LAST = ['Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakke', 'Sæther', 'Løvås', 'Østby', 'Dahl', 'Strøm', 'Aas', 'Fjeld'];

/** Past terms of one to three years, back to back, ending where `until` starts. */
function pastTerms(rng: Random, slot: Slot, until: string, count: number): Planned[] {
  const out: Planned[] = [];
  let end = until;
  for (let i = 0; i < count; i++) {
    const start = addDays(end, -rng.int(365, 1095));
    out.push({ unitCode: slot.unitCode, role: slot.role, startDate: start, endDate: end });
    end = start;
  }
  return out;
}

function current(rng: Random, slot: Slot, today: string, endDate: string | null): Planned {
  return { unitCode: slot.unitCode, role: slot.role, startDate: addDays(today, -rng.int(1, 1500)), endDate };
}

/** A slot's own history, drawn to give it one planned state. */
function planSlot(rng: Random, slot: Slot, today: string, expiryDays: number): Planned[] {
  const need = Math.max(slot.minimum, 1);
  const roll = rng.next();
  if (roll < 0.06) return []; // missing: never held
  if (roll < 0.14) return pastTerms(rng, slot, addDays(today, -rng.int(0, 400)), rng.int(1, 2)); // vacant
  if (roll < 0.17) {
    // Nobody yet, someone starting next month (missing or vacant until then).
    const future = { unitCode: slot.unitCode, role: slot.role, startDate: addDays(today, rng.int(1, 60)), endDate: null };
    return [future, ...pastTerms(rng, slot, addDays(today, -rng.int(10, 200)), rng.int(0, 1))];
  }
  if (roll < 0.27) {
    // Expiring: the minimum held, the first holder leaving within the window.
    const leaving = current(rng, slot, today, addDays(today, rng.int(1, expiryDays)));
    const staying = Array.from({ length: need - 1 }, () => current(rng, slot, today, null));
    return [leaving, ...staying, ...pastTerms(rng, slot, leaving.startDate, rng.int(0, 1))];
  }
  slot.open = true;
  const holders = Array.from({ length: need + (rng.chance(0.2) ? 1 : 0) }, () =>
    current(rng, slot, today, rng.chance(0.2) ? addDays(today, rng.int(expiryDays + 1, 900)) : null),
  );
  const [first] = holders;
  return [...holders, ...(first ? pastTerms(rng, slot, first.startDate, rng.int(0, 2)) : [])];
}

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** The same people and assignments for the same units and seed, every run. */
export function generateOwnership(units: readonly SyntheticUnit[], options: OwnershipOptions = {}): OwnershipData {
  const { people: peopleCount = 50_000, assignments: total = 100_000, seed = 77, today = '2026-03-15', expiryDays = 30 } = options;
  const rng = seededRandom(seed);
  const requirements = [...SEEDED_REQUIREMENTS, ...BENCH_EXTRA_REQUIREMENTS];
  const slots: Slot[] = units.flatMap((u) =>
    requirements.filter((r) => r.levelRank === u.depth).map((r) => ({ unitCode: u.code, role: r.role, minimum: r.minimum, open: false })),
  );

  // Champions first: one super-user for many chapters; then people with several different required roles.
  const special: Array<Planned & { person: number }> = [];
  const chapters = units.filter((u) => u.depth === 3);
  let nextSpecial = 0;
  for (let c = 0; c < 12; c++, nextSpecial++) {
    const count = rng.int(5, 14);
    const start = rng.int(0, chapters.length - count);
    for (const chapter of chapters.slice(start, start + count)) {
      special.push({ person: nextSpecial, unitCode: chapter.code, role: 'super_user', startDate: addDays(today, -rng.int(30, 900)), endDate: null });
    }
  }
  for (let b = 0; b < 6; b++, nextSpecial++) {
    const chapter = rng.pick(chapters);
    for (const role of ['super_user', 'local_support', 'chapter_leader'] as const) {
      special.push({ person: nextSpecial, unitCode: chapter.code, role, startDate: addDays(today, -rng.int(30, 900)), endDate: null });
    }
    special.push({ person: nextSpecial, unitCode: chapter.parentCode ?? '', role: 'super_user', startDate: addDays(today, -rng.int(30, 900)), endDate: null });
  }

  const planned: Planned[] = slots.flatMap((slot) => planSlot(rng, slot, today, expiryDays));
  // The rest of the budget goes to slots that are filled or only allowed: more holders, longer histories.
  const open = slots.filter((s) => s.open || s.minimum === 0);
  while (planned.length + special.length < total) {
    const slot = rng.pick(open);
    planned.push(
      rng.chance(0.65)
        ? current(rng, slot, today, rng.chance(0.1) ? addDays(today, rng.int(expiryDays + 1, 900)) : null)
        : pastTerms(rng, slot, addDays(today, -rng.int(1, 3000)), 1)[0] as Planned,
    );
  }
  planned.length = total - special.length;

  // Everyone else holds about two roles, spread at random over the tree.
  const regular = peopleCount - nextSpecial;
  const order = shuffle(rng, planned.map((_, i) => i));
  const assignments: SyntheticAssignment[] = [
    ...special,
    ...order.map((index, i) => ({ ...(planned[index] as Planned), person: nextSpecial + (i % regular) })),
  ];

  const people: SyntheticPerson[] = Array.from({ length: peopleCount }, (_, i) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const erased = i >= nextSpecial && rng.chance(0.005);
    return {
      name: erased ? '' : `${first} ${last}`,
      email: erased || rng.chance(0.15) ? null : `${first}.${last}.${i}@example.no`.toLocaleLowerCase('nb'),
      phone: erased || rng.chance(0.4) ? null : `+47 ${rng.int(400, 999)} ${String(rng.int(0, 99999)).padStart(5, '0')}`,
      homeUnitCode: rng.pick(units).code,
      erased,
    };
  });
  return { people, assignments };
}
