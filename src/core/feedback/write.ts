// Writing «Innspill»: recording an entry, the faggruppe's status and signed answer, and
// duplicates. A duplicate takes the status and answer of the entry it points to, then and
// whenever that one is answered, so each unit reads its answer on its own entry.
// Each write runs in one transaction: all or nothing.
import type { EntityManager } from 'typeorm';
import { CLOSING_STATUSES, type FeedbackKind, type FeedbackStatus } from '../../shared/types-feedback';
import { FeedbackEntry, Person, Stage, Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { readSetting } from '../services/settings';

export interface CreateInput {
  unitId: number;
  kind: FeedbackKind;
  title: string;
  description: string;
  raisedById: number | null;
  stageId: number | null;
}

export async function createFeedback(em: EntityManager, input: CreateInput, at: Date): Promise<number> {
  const unit = await em.findOneBy(Unit, { id: input.unitId });
  if (!unit) throw notFound('unit', input.unitId);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code });
  if (input.raisedById === null) {
    if (!(await readSetting(em, 'feedbackAnonymous', false))) throw new AppError('FEEDBACK_ANONYMOUS_OFF', 'Anonymous entries are off');
  } else {
    const person = await em.findOneBy(Person, { id: input.raisedById });
    if (!person) throw notFound('person', input.raisedById);
    if (person.erasedAt) throw new AppError('PERSON_ERASED', `Person ${person.id} is erased`, { id: person.id });
  }
  if (input.stageId !== null && !(await em.existsBy(Stage, { id: input.stageId }))) throw notFound('stage', input.stageId);
  const entry = em.create(FeedbackEntry, {
    unitId: input.unitId, kind: input.kind, title: input.title, description: input.description,
    raisedById: input.raisedById, anonymous: input.raisedById === null, stageId: input.stageId,
    status: 'new', answer: '', answerSignedAs: '', answeredAt: null, createdAt: at, votes: 1, duplicateOfId: null, merged: false,
  });
  return (await em.save(entry)).id;
}

async function entryOf(em: EntityManager, id: number): Promise<FeedbackEntry> {
  const entry = await em.findOneBy(FeedbackEntry, { id });
  if (!entry) throw notFound('feedback', id);
  return entry;
}

function duplicateError(reason: string, details: Record<string, unknown>): AppError {
  return new AppError('FEEDBACK_DUPLICATE', `Duplicate rule: ${reason}`, { reason, ...details });
}

/** Copies the kept entry's status and answer to its duplicates. */
async function passOn(em: EntityManager, kept: FeedbackEntry): Promise<void> {
  await em.update(FeedbackEntry, { duplicateOfId: kept.id }, {
    status: kept.status, answer: kept.answer, answerSignedAs: kept.answerSignedAs, answeredAt: kept.answeredAt,
  });
}

export interface AnswerInput {
  id: number;
  status: FeedbackStatus;
  answer?: string;
  signedAs: string;
}

export async function answerFeedback(em: EntityManager, input: AnswerInput, at: Date): Promise<void> {
  const entry = await entryOf(em, input.id);
  if (entry.duplicateOfId !== null) throw duplicateError('answerKept', { id: entry.id, keptId: entry.duplicateOfId });
  const answer = input.answer ?? entry.answer;
  if (CLOSING_STATUSES.includes(input.status) && answer === '') {
    throw new AppError('FEEDBACK_ANSWER_REQUIRED', `Status ${input.status} needs an answer`, { status: input.status, id: entry.id });
  }
  // The answer is dated and signed when its text is written or changed, not when only the status moves.
  if (input.answer !== undefined && input.answer !== entry.answer) {
    entry.answer = input.answer;
    entry.answeredAt = input.answer === '' ? null : at;
    entry.answerSignedAs = input.answer === '' ? '' : input.signedAs;
  }
  entry.status = input.status;
  await em.save(entry);
  await passOn(em, entry);
}

/** The two ends of a link or merge, checked: no chains, so every duplicate points straight at a kept entry. */
async function pairOf(em: EntityManager, id: number, intoId: number): Promise<{ entry: FeedbackEntry; kept: FeedbackEntry }> {
  const entry = await entryOf(em, id);
  const kept = await entryOf(em, intoId);
  if (kept.duplicateOfId !== null) throw duplicateError('keptIsDuplicate', { id: kept.id, keptId: kept.duplicateOfId });
  if (entry.merged) throw duplicateError('alreadyMerged', { id: entry.id, keptId: entry.duplicateOfId });
  return { entry, kept };
}

function follow(entry: FeedbackEntry, kept: FeedbackEntry): void {
  Object.assign(entry, {
    duplicateOfId: kept.id, status: kept.status, answer: kept.answer, answerSignedAs: kept.answerSignedAs, answeredAt: kept.answeredAt,
  });
}

export async function linkFeedback(em: EntityManager, id: number, intoId: number): Promise<void> {
  const { entry, kept } = await pairOf(em, id, intoId);
  // An entry that others point at takes them along: they become duplicates of the new kept entry.
  await em.update(FeedbackEntry, { duplicateOfId: entry.id }, { duplicateOfId: kept.id });
  follow(entry, kept);
  await em.save(entry);
  await passOn(em, kept);
}

/** Moves the entry's votes, and its own duplicates, to the kept entry; the entry stays for its unit, pointing there. */
export async function mergeFeedback(em: EntityManager, id: number, intoId: number): Promise<void> {
  const { entry, kept } = await pairOf(em, id, intoId);
  await em.update(FeedbackEntry, { duplicateOfId: entry.id }, { duplicateOfId: kept.id });
  kept.votes += entry.votes;
  entry.votes = 0;
  entry.merged = true;
  follow(entry, kept);
  await em.save([kept, entry]);
  await passOn(em, kept);
}

export async function unlinkFeedback(em: EntityManager, id: number): Promise<void> {
  const entry = await entryOf(em, id);
  if (entry.duplicateOfId === null) throw duplicateError('notDuplicate', { id: entry.id });
  if (entry.merged) throw duplicateError('alreadyMerged', { id: entry.id, keptId: entry.duplicateOfId });
  entry.duplicateOfId = null;
  await em.save(entry);
}
