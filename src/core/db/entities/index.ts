import { Assignment } from './Assignment';
import { Level } from './Level';
import { Person } from './Person';
import { Role } from './Role';
import { RoleRequirement } from './RoleRequirement';
import { Setting } from './Setting';
import { Unit } from './Unit';

export { Assignment, Level, Person, Role, RoleRequirement, Setting, Unit };
export const ENTITIES = [Level, Unit, Setting, Person, Role, RoleRequirement, Assignment];
