import { AccessGrant } from './AccessGrant';
import { ActivityLog } from './ActivityLog';
import { Assignment } from './Assignment';
import { Attendance } from './Attendance';
import { CaseEvent } from './CaseEvent';
import { CaseTierClock } from './CaseTierClock';
import { BulkChange } from './BulkChange';
import { Level } from './Level';
import { Person } from './Person';
import { Problem } from './Problem';
import { Role } from './Role';
import { RoleRequirement } from './RoleRequirement';
import { Setting } from './Setting';
import { SlaPolicy } from './SlaPolicy';
import { Stage } from './Stage';
import { StageProgress } from './StageProgress';
import { SupportCase } from './SupportCase';
import { SupportDay } from './SupportDay';
import { SupportDayMinutes } from './SupportDayMinutes';
import { SupportDayProblem } from './SupportDayProblem';
import { TrainingSession } from './TrainingSession';
import { TrainingType } from './TrainingType';
import { AuditEvent } from './AuditEvent';
import { Unit } from './Unit';
import { Wave } from './Wave';
import { WaveMember } from './WaveMember';
import { WaveStageDate } from './WaveStageDate';
import { UserAccount } from './UserAccount';
import { UserSession } from './UserSession';
import { UserToken } from './UserToken';
import { UndoEntry } from './UndoEntry';
import { FeedbackEntry } from './FeedbackEntry';
import { UnitRolloutState } from './UnitRolloutState';
import { TrainingPersonState } from './TrainingPersonState';
import { UsageMonth } from './UsageMonth';
import { UsageTarget } from './UsageTarget';
import { MessageSent } from './MessageSent';
import { StageGuidance } from './StageGuidance';
import { WaveMessage } from './WaveMessage';

export {
  AccessGrant, ActivityLog, AuditEvent, Assignment, FeedbackEntry, Attendance, BulkChange, CaseEvent, CaseTierClock, Level, Person, Problem, Role, RoleRequirement,
  Setting, SlaPolicy, Stage, StageProgress, SupportCase, SupportDay, SupportDayMinutes, SupportDayProblem, TrainingSession, TrainingType, Unit, UndoEntry, UserAccount, UserSession, UserToken, Wave, WaveMember, WaveStageDate,
  UsageMonth, UsageTarget,
  MessageSent, StageGuidance, WaveMessage,
};
export { UnitRolloutState, TrainingPersonState };
export const ENTITIES = [
  Level, Unit, Setting, Person, Role, RoleRequirement, Assignment,
  Stage, Wave, WaveStageDate, WaveMember, StageProgress, ActivityLog, BulkChange,
  TrainingType, TrainingSession, Attendance,
  Problem, SlaPolicy, SupportCase, CaseEvent, CaseTierClock, SupportDay, SupportDayMinutes, SupportDayProblem,
  AccessGrant, AuditEvent,
  UserAccount, UserSession, UserToken,
  UndoEntry,
  FeedbackEntry,
  UnitRolloutState, TrainingPersonState,
  UsageMonth, UsageTarget,
  StageGuidance, WaveMessage, MessageSent,
];
