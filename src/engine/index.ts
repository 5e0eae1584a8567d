// The engine's public face: what the store, the CLI, the bots, the scorer and the server use.
export { createGame, step, attempt, type GameOptions, type StepResult } from './step';
export { replay, exportReplay, logHash, type ReplayFile, type ReplayResult } from './replay';
export { ACTIONS, ACTION_LIST, definitionOf, type ActionDefinition, type ActionCategory } from './actions';
export { formatClock, WORLD_TICK, SAMPLE_EVERY } from './time';
export { GENERIC_MITIGATIONS, INVESTIGATION_COST } from './work';
export { nameOf } from './people';
export * from './types';
