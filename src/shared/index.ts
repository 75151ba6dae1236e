export * from './contract';
export * from './errors';
export * from './types';
export * from './schemas';
export * from './limits';
export * from './types-ownership';
export * from './method-spec';
export * from './types-rollout';
