// The seeded problem catalog of the Support migration. Part of that migration:
// change it only together with a new migration, never in place once released.

export interface ProblemSeed {
  key: string;
  titleNb: string;
  titleEn: string;
  symptomsNb: string;
  symptomsEn: string;
  stepsNb: string[];
  stepsEn: string[];
  resolveTier: 'chapter' | 'region' | 'national' | 'vendor';
  needsNb: string;
  needsEn: string;
  /** Upper-case error codes, e.g. AADSTS50053, BID-1439. */
  codes: string[];
  /** Lower-case message fragments. */
  fragments: string[];
}

export const PROBLEM_SEED: ProblemSeed[] = [];
