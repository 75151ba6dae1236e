// Contract entries for the messages of each stage and wave: the stages' "what to do
// now" per role, a wave's dated communication plan, filling, exporting, sending, and
// the sent log with the units still missing their message.
import { z } from 'zod';
import { exportOptionsSchema, isoDateSchema, method } from './method-spec';
import { idSchema, text } from './schemas';
import type { ExportedFile } from './types';
import {
  GUIDANCE_ROLES, MESSAGE_TIMINGS,
  type EmlArchive, type FilledMessage, type MessagePlan, type MessagePreview, type MissingMessage, type SendResult, type SentRecord,
  type StageGuidance, type WaveMessage,
} from './types-messages';

const subject = text().trim().max(300);
const body = text().max(20_000);
const template = {
  subjectNb: subject, bodyNb: body, subjectEn: subject, bodyEn: body,
};
const messageFields = {
  timing: z.enum(MESSAGE_TIMINGS),
  stageId: idSchema.nullable().default(null),
  sendOn: isoDateSchema,
  roleId: idSchema,
  levelId: idSchema,
  ...template,
};
const TEMPLATE_ERRORS = ['NOT_FOUND', 'MESSAGE_PLACEHOLDER_UNKNOWN', 'MESSAGE_STAGE_REQUIRED'] as const;
const guidanceText = text().max(4000);

export const messageMethods = {
  /** Every stage's "what to do now" for the three roles, empty where none is written. */
  'messages.guidance': method<StageGuidance[]>()(z.object({}).strict()),
  'messages.setGuidance': method<StageGuidance>()(
    z.object({ stageId: idSchema, roleKey: z.enum(GUIDANCE_ROLES), textNb: guidanceText, textEn: guidanceText }).strict(),
    ['NOT_FOUND'],
  ),
  'messages.plan': method<MessagePlan>()(z.object({ waveId: idSchema }).strict(), ['NOT_FOUND']),
  'messages.create': method<WaveMessage>()(z.object({ waveId: idSchema, ...messageFields }).strict(), TEMPLATE_ERRORS),
  'messages.update': method<WaveMessage>()(z.object({ id: idSchema, ...messageFields }).strict(), TEMPLATE_ERRORS),
  'messages.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  /** A draft filled for one unit of the wave, for each holder of the audience role there. */
  'messages.preview': method<MessagePreview>()(
    z.object({ waveId: idSchema, unitId: idSchema, stageId: idSchema.nullable().default(null), roleId: idSchema, ...template }).strict(),
    ['NOT_FOUND', 'MESSAGE_PLACEHOLDER_UNKNOWN'],
  ),
  /** The mail merge: one row per recipient (name, e-mail, subject, body); recorded in the sent log. */
  'messages.exportMerge': method<ExportedFile>()(exportOptionsSchema.extend({ id: idSchema }).strict(), ['NOT_FOUND']),
  /**
   * One ZIP with an .eml file per recipient with an address, named after the wave in `lang`;
   * recorded in the sent log. `existing`: the .eml names already in the folder the files go to
   * (the CLI); a clash refuses it all (EML_FILE_EXISTS) and records nothing.
   */
  'messages.eml': method<EmlArchive>()(
    z.object({
      id: idSchema, lang: z.enum(['nb', 'en']).default('nb'), existing: z.array(text().max(255)).max(100_000).default([]),
    }).strict(),
    ['NOT_FOUND', 'EML_FILE_EXISTS'],
  ),
  /** One recipient's filled message, to copy into a mail program; recorded in the sent log. */
  'messages.copy': method<FilledMessage>()(
    z.object({ id: idSchema, unitId: idSchema, personId: idSchema }).strict(), ['NOT_FOUND'],
  ),
  /** Through nodemailer with the server's SMTP settings; each message that went is recorded. */
  'messages.send': method<SendResult>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'MAIL_UNAVAILABLE']),
  'messages.sentLog': method<SentRecord[]>()(z.object({ waveId: idSchema }).strict(), ['NOT_FOUND']),
  'messages.missing': method<MissingMessage[]>()(z.object({ waveId: idSchema }).strict(), ['NOT_FOUND']),
} as const;
