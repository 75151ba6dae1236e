import { afterEach } from 'vitest';
import { runTestCleanups } from './cleanup';

afterEach(runTestCleanups);
