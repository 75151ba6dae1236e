// Stage colours for charts. Every colour has at least 3:1 contrast against the
// white panel (WCAG 1.4.11), and neighbouring stages differ in hue, based on the
// Okabe–Ito palette that stays distinguishable with common colour-vision deficiencies.
const STAGE_COLOURS = ['#0072B2', '#D55E00', '#CC79A7', '#009E73', '#6a3d9a', '#8c510a', '#5e6b78', '#007a87'] as const;

/** Units with every stage done. */
export const ALL_DONE_COLOUR = '#1b2631';

export const PLANNED_COLOUR = '#8a96a3';
export const ACTUAL_COLOUR = '#1d5d8c';
export const TODAY_COLOUR = '#b02a21';

/** The colour of the stage at this position in the checklist. */
export function stageColour(index: number): string {
  return STAGE_COLOURS[index % STAGE_COLOURS.length] ?? STAGE_COLOURS[0];
}
