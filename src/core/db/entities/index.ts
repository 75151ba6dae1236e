import { ActivityLog } from './ActivityLog';
import { Assignment } from './Assignment';
import { Attendance } from './Attendance';
import { BulkChange } from './BulkChange';
import { Level } from './Level';
import { Person } from './Person';
import { Role } from './Role';
import { RoleRequirement } from './RoleRequirement';
import { Setting } from './Setting';
import { Stage } from './Stage';
import { StageProgress } from './StageProgress';
import { TrainingSession } from './TrainingSession';
import { TrainingType } from './TrainingType';
import { Unit } from './Unit';
import { Wave } from './Wave';
import { WaveMember } from './WaveMember';
import { WaveStageDate } from './WaveStageDate';

export {
  ActivityLog, Assignment, Attendance, BulkChange, Level, Person, Role, RoleRequirement, Setting, Stage,
  StageProgress, TrainingSession, TrainingType, Unit, Wave, WaveMember, WaveStageDate,
};
export const ENTITIES = [
  Level, Unit, Setting, Person, Role, RoleRequirement, Assignment,
  Stage, Wave, WaveStageDate, WaveMember, StageProgress, ActivityLog, BulkChange,
  TrainingType, TrainingSession, Attendance,
];
