// Every migration, in order. One class per schema change; each has an upgrade test in tests/core/migrations.
import { OrgTree1763800000000 } from './1763800000000-OrgTree';
import { Ownership1763900000000 } from './1763900000000-Ownership';
import { Rollout1764000000000 } from './1764000000000-Rollout';
import { Support1764100000000 } from './1764100000000-Support';
import { BoardRoles1764200000000 } from './1764200000000-BoardRoles';
import { CaseCorrections1764300000000 } from './1764300000000-CaseCorrections';
import { UniqueKeys1764400000000 } from './1764400000000-UniqueKeys';
import { Audit1764600000000 } from './1764600000000-Audit';
import { Access1764700000000 } from './1764700000000-Access';
import { SearchText1764900000000 } from './1764900000000-SearchText';
import { Accounts1765100000000 } from './1765100000000-Accounts';
import { MoreGuides1765500000000 } from './1765500000000-MoreGuides';
import { Feedback1765640000000 } from './1765640000000-Feedback';
import { UndoEntries1765700000000 } from './1765700000000-UndoEntries';
import { SupportFigures1766100000000 } from './1766100000000-SupportFigures';
import { Gathering1766400000000 } from './1766400000000-Gathering';
import { UnitState1766500000000 } from './1766500000000-UnitState';
import { TrainingState1766600000000 } from './1766600000000-TrainingState';
import { Usage1766300000000 } from './1766300000000-Usage';
import { StageMessages1766200000000 } from './1766200000000-StageMessages';

export const MIGRATIONS = [
  OrgTree1763800000000, Ownership1763900000000, Rollout1764000000000, Support1764100000000,
  BoardRoles1764200000000, CaseCorrections1764300000000, UniqueKeys1764400000000, Audit1764600000000,
  Access1764700000000, SearchText1764900000000, Accounts1765100000000, MoreGuides1765500000000,
  Feedback1765640000000, UndoEntries1765700000000, SupportFigures1766100000000,
  StageMessages1766200000000, Usage1766300000000, Gathering1766400000000, UnitState1766500000000,
  TrainingState1766600000000,
];
