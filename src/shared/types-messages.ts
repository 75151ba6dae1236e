// Result types for the messages of each stage and wave (src/core/messages): what each
// role does now in a stage, a wave's dated communication plan, the messages filled per
// recipient, and what was sent to whom.
import type { ExportedFile, Lang } from './types';

/** The roles a stage's "what to do now" speaks to, by their seeded role keys. */
export const GUIDANCE_ROLES = ['chapter_leader', 'super_user', 'local_support'] as const;
export type GuidanceRole = (typeof GUIDANCE_ROLES)[number];

/** before: ahead of the wave's start; stage: at one of its stages; after: the follow-up after its end. */
export const MESSAGE_TIMINGS = ['before', 'stage', 'after'] as const;
export type MessageTiming = (typeof MESSAGE_TIMINGS)[number];

/**
 * The one placeholder syntax: `{{name}}` (spaces inside the braces allowed), with these
 * names in every language. Anything else between double braces is refused by name.
 */
export const PLACEHOLDERS = [
  'recipient', 'unit', 'unit_code', 'wave', 'wave_start', 'wave_end', 'stage', 'stage_date', 'stage_dates',
  'role_holders', 'gaps', 'escalation', 'guides', 'what_to_do',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** How a message left Forankring. */
export const SEND_CHANNELS = ['csv', 'eml', 'copy', 'smtp'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

export interface StageGuidance {
  stageId: number;
  roleKey: GuidanceRole;
  textNb: string;
  textEn: string;
}

export interface MessageTemplate {
  subjectNb: string;
  bodyNb: string;
  subjectEn: string;
  bodyEn: string;
}

export interface WaveMessage extends MessageTemplate {
  id: number;
  waveId: number;
  timing: MessageTiming;
  /** The stage a 'stage' message belongs to; null before and after. */
  stageId: number | null;
  /** The day it is meant to go out (Oslo calendar date). */
  sendOn: string;
  /** The audience: holders of this role in every unit of the wave at this level. */
  roleId: number;
  levelId: number;
  /** Units it has been sent to, by any channel. */
  sentUnits: number;
}

export interface MessagePlan {
  waveId: number;
  /** By send date. */
  messages: WaveMessage[];
  /** The wave's active units, by code, for choosing one to preview. */
  units: Array<{ id: number; code: string; name: string; levelId: number }>;
  /** Whether SMTP settings are given, so "send" can go through nodemailer. */
  canSend: boolean;
}

/** One message filled for one recipient (or for a unit where nobody holds the audience role). */
/** The ZIP of a message's .eml files, and how many it holds (one per recipient). */
export interface EmlArchive extends ExportedFile {
  count: number;
}

export interface FilledMessage {
  unitId: number;
  unitCode: string;
  unitName: string;
  /** null: nobody holds the role here, so there is nobody to send to. */
  personId: number | null;
  name: string;
  email: string | null;
  lang: Lang;
  subject: string;
  body: string;
}

export interface MessagePreview {
  unitId: number;
  recipients: FilledMessage[];
}

export interface SentRecord {
  id: number;
  messageId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  personId: number | null;
  personName: string;
  channel: SendChannel;
  subject: string;
  /** ISO instant. */
  sentAt: string;
  sentBy: string;
}

/** A unit of the wave whose message for its current stage has not gone out. */
export interface MissingMessage {
  unitId: number;
  unitCode: string;
  unitName: string;
  stageId: number;
  messageId: number;
  sendOn: string;
}

export interface SendResult {
  sent: number;
  /** Recipients without an e-mail address, and units where nobody holds the role. */
  skipped: number;
  failed: number;
}
