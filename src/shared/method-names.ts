// The names of every contract method, free of zod so the sandboxed preload can
// allow-list them without bundling the schemas. contract.ts must define exactly
// these (checked at compile time by \`satisfies\`).
export const METHOD_NAMES = [
  'app.status',
  'settings.get',
  'settings.update',
  'demo.load',
  'levels.list',
  'levels.create',
  'levels.rename',
  'levels.delete',
  'units.tree',
  'units.get',
  'units.search',
  'units.create',
  'units.update',
  'units.move',
  'units.archive',
  'units.restore',
  'units.delete',
  'units.importPreview',
  'units.import',
  'units.export',
  'people.search',
  'people.get',
  'people.create',
  'people.update',
  'people.exportData',
  'people.erase',
  'people.importPreview',
  'people.import',
  'people.export',
  'roles.list',
  'roles.create',
  'roles.update',
  'roles.delete',
  'assignments.list',
  'assignments.create',
  'assignments.end',
  'assignments.replaceBoard',
  'assignments.export',
  'coverage.gaps',
  'coverage.overloaded',
  'coverage.exportGaps',
  'units.card',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && NAMES.has(name);
}
