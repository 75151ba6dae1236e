// The problem catalog: editable login problems with their self-help guides.
// The real cases are seeded by migration; users may add, edit and delete.
import { parseLinks } from '../../shared/links';
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ProblemDto, SupportTier } from '../../shared/types-support';
import { Problem } from '../db/entities';
import { AppError, notFound } from '../errors';
import { searchKey } from '../text';
import { moveProblemFigures } from './figures-store';

/** Lists are stored one item per line, so an item must not contain a line break. */
function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

function joinLines(items: string[]): string {
  return items.map((item) => item.replace(/\s*\n\s*/g, ' ')).join('\n');
}

/** Codes are matched whole and case-insensitively; stored upper-case, once each. */
export function normalizeCodes(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().replace(/\s+/g, '').toUpperCase()).filter(Boolean))];
}

/** Fragments are matched case-insensitively in running text; stored lower-case, once each. */
export function normalizeFragments(fragments: string[]): string[] {
  return [...new Set(fragments.map((f) => searchKey(f).replace(/\s+/g, ' ')).filter(Boolean))];
}

function toDto(p: Problem, caseCount: number): ProblemDto {
  return {
    id: p.id, key: p.key, titleNb: p.titleNb, titleEn: p.titleEn, symptomsNb: p.symptomsNb,
    symptomsEn: p.symptomsEn, stepsNb: splitLines(p.stepsNb), stepsEn: splitLines(p.stepsEn),
    resolveTier: p.resolveTier as SupportTier, needsNb: p.needsNb, needsEn: p.needsEn,
    codes: splitLines(p.codes), fragments: splitLines(p.fragments), sortOrder: p.sortOrder, caseCount,
    links: parseLinks(p.links),
  };
}

/** In catalog order, each with how many cases (open or closed) point to it. */
export async function listProblems(em: EntityManager, onlyId?: number): Promise<ProblemDto[]> {
  const problems = await em.find(Problem, {
    where: onlyId === undefined ? {} : { id: onlyId },
    order: { sortOrder: 'ASC', id: 'ASC' },
  });
  const counts: Array<{ problemId: number; n: number }> = await em.query(
    'SELECT problem_id AS "problemId", COUNT(*) AS n FROM support_case WHERE problem_id IS NOT NULL GROUP BY problem_id',
  );
  const cases = new Map(counts.map((c) => [c.problemId, Number(c.n)]));
  return problems.map((p) => toDto(p, cases.get(p.id) ?? 0));
}

async function problemDto(em: EntityManager, id: number): Promise<ProblemDto> {
  const [dto] = await listProblems(em, id);
  if (!dto) throw notFound('problem', id);
  return dto;
}

async function requireProblem(em: EntityManager, id: number): Promise<Problem> {
  const problem = await em.findOneBy(Problem, { id });
  if (!problem) throw notFound('problem', id);
  return problem;
}

/** A title may not repeat another problem's title in the same language (case-insensitive): the guide list would be ambiguous. */
async function assertTitlesFree(em: EntityManager, titles: { nb?: string; en?: string }, exceptId?: number): Promise<void> {
  const others = (await em.find(Problem)).filter((p) => p.id !== exceptId);
  const takenNb = new Set(others.map((p) => searchKey(p.titleNb)));
  const takenEn = new Set(others.map((p) => searchKey(p.titleEn)));
  const clash = [
    titles.nb !== undefined && takenNb.has(searchKey(titles.nb)) ? titles.nb : undefined,
    titles.en !== undefined && takenEn.has(searchKey(titles.en)) ? titles.en : undefined,
  ].find((t) => t !== undefined);
  if (clash !== undefined) throw new AppError('NAME_TAKEN', `Problem title ${clash} is taken`, { name: clash });
}

/** Appends the problem to the catalog. */
export async function createProblem(em: EntityManager, input: InputOf<'problems.create'>): Promise<ProblemDto> {
  await assertTitlesFree(em, { nb: input.titleNb, en: input.titleEn });
  const [max]: Array<{ last: number | null }> = await em.query('SELECT MAX(sort_order) AS last FROM problem');
  const last = max?.last ?? null;
  const saved = await em.save(em.create(Problem, {
    key: null, titleNb: input.titleNb, titleEn: input.titleEn, symptomsNb: input.symptomsNb,
    symptomsEn: input.symptomsEn, stepsNb: joinLines(input.stepsNb), stepsEn: joinLines(input.stepsEn),
    resolveTier: input.resolveTier, needsNb: input.needsNb, needsEn: input.needsEn,
    codes: joinLines(normalizeCodes(input.codes)), fragments: joinLines(normalizeFragments(input.fragments)),
    sortOrder: last === null ? 0 : Number(last) + 1, links: JSON.stringify(input.links),
  }));
  return problemDto(em, saved.id);
}

/** Changes only the fields given. */
export async function updateProblem(em: EntityManager, input: InputOf<'problems.update'>): Promise<ProblemDto> {
  const problem = await requireProblem(em, input.id);
  await assertTitlesFree(em, { nb: input.titleNb, en: input.titleEn }, problem.id);
  if (input.titleNb !== undefined) problem.titleNb = input.titleNb;
  if (input.titleEn !== undefined) problem.titleEn = input.titleEn;
  if (input.symptomsNb !== undefined) problem.symptomsNb = input.symptomsNb;
  if (input.symptomsEn !== undefined) problem.symptomsEn = input.symptomsEn;
  if (input.stepsNb !== undefined) problem.stepsNb = joinLines(input.stepsNb);
  if (input.stepsEn !== undefined) problem.stepsEn = joinLines(input.stepsEn);
  if (input.resolveTier !== undefined) problem.resolveTier = input.resolveTier;
  if (input.needsNb !== undefined) problem.needsNb = input.needsNb;
  if (input.needsEn !== undefined) problem.needsEn = input.needsEn;
  if (input.codes !== undefined) problem.codes = joinLines(normalizeCodes(input.codes));
  if (input.fragments !== undefined) problem.fragments = joinLines(normalizeFragments(input.fragments));
  if (input.links !== undefined) problem.links = JSON.stringify(input.links);
  await em.save(problem);
  return problemDto(em, problem.id);
}

/** Cases that matched the problem keep their history with no problem (the foreign key sets it to null). */
export async function deleteProblem(em: EntityManager, id: number): Promise<{ id: number }> {
  await requireProblem(em, id);
  await em.delete(Problem, { id });
  await moveProblemFigures(em, id);
  return { id };
}
