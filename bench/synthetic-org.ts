// A deterministic synthetic membership organization for benches: a national
// office, regions, districts, chapters, groups and subgroups. Later benches
// (people, assignments) build on the same units.
import { seededRandom, type Random } from './support/random';

export const LEVEL_NAMES = ['Landsforbund', 'Region', 'Krets', 'Lokallag', 'Gruppe', 'Undergruppe'] as const;

export interface SyntheticUnit {
  /** Text with leading zeros: '00', '03', '0312'. Each code starts with its parent's. */
  code: string;
  name: string;
  parentCode: string | null;
  level: string;
  /** 0 = the national office. */
  depth: number;
  members: number | null;
}

export interface OrgOptions {
  units?: number;
  seed?: number;
}

// Units per level below the national office, as parts of the rest; 5,000 units give 10/60/400/1500/3029.
const REGIONS = 10;
const LOWER_SHARES = [60, 400, 1500, 3029];

const REGION_NAMES = [
  'Østlandet', 'Innlandet', 'Sørlandet', 'Vestlandet', 'Rogaland', 'Møre og Romsdal',
  'Trøndelag', 'Nordland', 'Troms', 'Finnmark', 'Viken', 'Telemark', 'Vestfold', 'Agder', 'Svalbard',
];

// Real names that occur more than once in Norway, and made-up ones from common parts: names repeat by design.
const PLACES = [
  'Herøy', 'Våler', 'Os', 'Nes', 'Bø', 'Sande', 'Hol', 'Ål', 'Åmot', 'Frøya', 'Søgne', 'Lærdal',
  'Kvæfjord', 'Sørreisa', 'Ørsta', 'Hå', 'Øyer', 'Bærum', 'Tønsberg', 'Ås',
];
const PLACE_STARTS = ['Bjørk', 'Fjell', 'Sjø', 'Strand', 'Møll', 'Ask', 'Rød', 'Lyng', 'Skog', 'Øst', 'Nord', 'Sønd', 'Bakk', 'Grøn', 'Hå'];
const PLACE_ENDS = ['vik', 'dal', 'berg', 'nes', 'øy', 'heim', 'stad', 'ås', 'lia', 'fjord', 'mo', 'våg', 'sæter', 'bø'];
const GROUPS = ['Barnegruppa', 'Ungdomsgruppa', 'Seniorgruppa', 'Turgruppa', 'Koret', 'Strikkekafeen', 'Besøkstjenesten', 'Sjakkgruppa', 'Leksehjelpa'];
const SUBGROUPS = ['Øst', 'Vest', 'Nord', 'Sør', 'Sentrum', 'Tirsdag', 'Torsdag', 'Lørdag', 'Små', 'Store'];

function placeName(rng: Random): string {
  return rng.chance(0.35) ? rng.pick(PLACES) : `${rng.pick(PLACE_STARTS)}${rng.pick(PLACE_ENDS)}`;
}

function unitName(rng: Random, depth: number, index: number): string {
  switch (depth) {
    case 0: return 'Landsforbundet Åpne Dører';
    case 1: return `Region ${REGION_NAMES[index % REGION_NAMES.length] ?? ''}${index >= REGION_NAMES.length ? ` ${Math.floor(index / REGION_NAMES.length) + 1}` : ''}`;
    case 2: return `${placeName(rng)} krets`;
    case 3: return `${placeName(rng)} lokallag`;
    case 4: return `${rng.pick(GROUPS)} ${placeName(rng)}`;
    default: return `${rng.pick(GROUPS)} ${rng.pick(SUBGROUPS).toLocaleLowerCase('nb')}`;
  }
}

// Direct members: the national office has none of its own; chapters carry most.
const MEMBER_RANGES: Array<[number, number]> = [[0, 0], [0, 40], [0, 60], [10, 900], [3, 120], [2, 40]];

function members(rng: Random, depth: number): number | null {
  if (depth === 0 || rng.chance(0.04)) return null;
  const [min, max] = MEMBER_RANGES[depth] ?? [0, 10];
  return rng.int(min, max);
}

function levelCounts(total: number): number[] {
  if (total < 1 + REGIONS) throw new Error(`an organization needs at least ${1 + REGIONS} units`);
  const rest = total - 1 - REGIONS;
  const sum = LOWER_SHARES.reduce((a, b) => a + b, 0);
  const lower = LOWER_SHARES.slice(0, -1).map((share) => Math.round((rest * share) / sum));
  lower.push(rest - lower.reduce((a, b) => a + b, 0));
  return [1, REGIONS, ...lower];
}

/** The units in tree order (each parent before its children, siblings by code), as an export would list them. */
export function generateOrganization({ units = 5000, seed = 2024 }: OrgOptions = {}): SyntheticUnit[] {
  const rng = seededRandom(seed);
  const counts = levelCounts(units);
  const byDepth: SyntheticUnit[][] = [];
  counts.forEach((count, depth) => {
    const parents = depth === 0 ? [] : (byDepth[depth - 1] ?? []);
    // Parent of each unit first, so code widths fit the widest fan-out.
    const parentOf = Array.from({ length: count }, () => (depth === 0 ? null : rng.pick(parents)));
    const children = new Map<SyntheticUnit | null, number>();
    for (const p of parentOf) children.set(p, (children.get(p) ?? 0) + 1);
    const width = Math.max(2, String(Math.max(...children.values())).length);
    const seen = new Map<SyntheticUnit | null, number>();
    byDepth[depth] = parentOf.map((parent, index) => {
      const n = (seen.get(parent) ?? 0) + 1;
      seen.set(parent, n);
      const ownCode = depth === 0 ? '00' : String(n).padStart(width, '0');
      return {
        // Regions are 01, 02 ...; below them each code extends its parent's: 03 -> 0312 -> 031204.
        code: parent === null || depth === 1 ? ownCode : `${parent.code}${ownCode}`,
        name: unitName(rng, depth, index),
        parentCode: parent?.code ?? null,
        level: LEVEL_NAMES[depth] ?? `Nivå ${depth + 1}`,
        depth,
        members: members(rng, depth),
      };
    });
  });
  return byDepth.flat().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const ORG_CSV_HEADERS = ['kode', 'navn', 'overordnet', 'nivå', 'medlemmer'] as const;

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The file a user would import: semicolon-separated UTF-8 with Norwegian headers and CRLF, as Excel saves it. */
export function organizationCsv(units: readonly SyntheticUnit[]): string {
  const lines = [ORG_CSV_HEADERS.join(';')];
  for (const u of units) {
    lines.push([u.code, u.name, u.parentCode ?? '', u.level, u.members === null ? '' : String(u.members)].map(csvField).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
