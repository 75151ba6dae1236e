import { Level } from './Level';
import { Setting } from './Setting';
import { Unit } from './Unit';

export { Level, Setting, Unit };
export const ENTITIES = [Level, Unit, Setting];
