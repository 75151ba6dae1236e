// The stages' "what to do now" per role, and a wave's communication plan: dated
// messages with their audience and templates, each template checked before it is saved.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import { GUIDANCE_ROLES, type GuidanceRole, type StageGuidance as GuidanceDto, type MessageTiming, type WaveMessage as MessageDto } from '../../shared/types-messages';
import { Level, MessageSent, Role, Stage, StageGuidance, Wave, WaveMessage } from '../db/entities';
import { AppError, notFound } from '../errors';
import { checkTemplate } from './placeholders';

export async function listGuidance(em: EntityManager): Promise<GuidanceDto[]> {
  const stages = await em.find(Stage, { order: { sortOrder: 'ASC', id: 'ASC' } });
  const rows = await em.find(StageGuidance);
  const text = new Map(rows.map((r) => [`${r.stageId}:${r.roleKey}`, r]));
  return stages.flatMap((s) => GUIDANCE_ROLES.map((roleKey): GuidanceDto => {
    const row = text.get(`${s.id}:${roleKey}`);
    return { stageId: s.id, roleKey, textNb: row?.textNb ?? '', textEn: row?.textEn ?? '' };
  }));
}

export async function setGuidance(em: EntityManager, input: InputOf<'messages.setGuidance'>): Promise<GuidanceDto> {
  if (!(await em.existsBy(Stage, { id: input.stageId }))) throw notFound('stage', input.stageId);
  const row = (await em.findOneBy(StageGuidance, { stageId: input.stageId, roleKey: input.roleKey }))
    ?? em.create(StageGuidance, { stageId: input.stageId, roleKey: input.roleKey });
  Object.assign(row, { textNb: input.textNb.trim(), textEn: input.textEn.trim() });
  await em.save(row);
  return { stageId: row.stageId, roleKey: row.roleKey as GuidanceRole, textNb: row.textNb, textEn: row.textEn };
}

async function sentUnits(em: EntityManager, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ messageId: number; n: number | string }> = await em.createQueryBuilder(MessageSent, 's')
    .select('s.message_id', 'messageId').addSelect('COUNT(DISTINCT s.unit_id)', 'n')
    .where('s.message_id IN (:...ids)', { ids }).groupBy('s.message_id').getRawMany();
  return new Map(rows.map((r) => [Number(r.messageId), Number(r.n)]));
}

function toDto(m: WaveMessage, sent: number): MessageDto {
  return {
    id: m.id, waveId: m.waveId, timing: m.timing as MessageTiming, stageId: m.stageId, sendOn: m.sendOn,
    roleId: m.roleId, levelId: m.levelId, subjectNb: m.subjectNb, bodyNb: m.bodyNb, subjectEn: m.subjectEn, bodyEn: m.bodyEn,
    sentUnits: sent,
  };
}

export async function listMessages(em: EntityManager, waveId: number): Promise<MessageDto[]> {
  if (!(await em.existsBy(Wave, { id: waveId }))) throw notFound('wave', waveId);
  const rows = await em.find(WaveMessage, { where: { waveId }, order: { sendOn: 'ASC', id: 'ASC' } });
  const sent = await sentUnits(em, rows.map((r) => r.id));
  return rows.map((r) => toDto(r, sent.get(r.id) ?? 0));
}

export async function requireMessage(em: EntityManager, id: number): Promise<WaveMessage> {
  const row = await em.findOneBy(WaveMessage, { id });
  if (!row) throw notFound('message', id);
  return row;
}

export async function getMessage(em: EntityManager, id: number): Promise<MessageDto> {
  const row = await requireMessage(em, id);
  return toDto(row, (await sentUnits(em, [id])).get(id) ?? 0);
}

type Fields = Omit<InputOf<'messages.create'>, 'waveId'>;

async function checkFields(em: EntityManager, input: Fields): Promise<void> {
  checkTemplate(input);
  if (input.timing === 'stage' && input.stageId === null) throw new AppError('MESSAGE_STAGE_REQUIRED', 'a stage message needs its stage');
  if (input.stageId !== null && !(await em.existsBy(Stage, { id: input.stageId }))) throw notFound('stage', input.stageId);
  if (!(await em.existsBy(Role, { id: input.roleId }))) throw notFound('role', input.roleId);
  if (!(await em.existsBy(Level, { id: input.levelId }))) throw notFound('level', input.levelId);
}

const fieldsOf = (input: Fields) => ({
  timing: input.timing, stageId: input.timing === 'stage' ? input.stageId : null, sendOn: input.sendOn,
  roleId: input.roleId, levelId: input.levelId,
  subjectNb: input.subjectNb, bodyNb: input.bodyNb, subjectEn: input.subjectEn, bodyEn: input.bodyEn,
});

export async function createMessage(em: EntityManager, input: InputOf<'messages.create'>): Promise<MessageDto> {
  if (!(await em.existsBy(Wave, { id: input.waveId }))) throw notFound('wave', input.waveId);
  await checkFields(em, input);
  const row = await em.save(em.create(WaveMessage, { waveId: input.waveId, ...fieldsOf(input) }));
  return getMessage(em, row.id);
}

export async function updateMessage(em: EntityManager, input: InputOf<'messages.update'>): Promise<MessageDto> {
  const row = await requireMessage(em, input.id);
  await checkFields(em, input);
  Object.assign(row, fieldsOf(input));
  await em.save(row);
  return getMessage(em, row.id);
}

export async function deleteMessage(em: EntityManager, id: number): Promise<{ id: number }> {
  await requireMessage(em, id);
  await em.delete(WaveMessage, { id });
  return { id };
}
