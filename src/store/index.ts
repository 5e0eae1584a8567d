export { createGameStore, unreadCounts, SPEEDS, type GameStore, type GameStoreState, type Speed, type Toast } from './gameStore';
export { GameStoreProvider, useGameStore, useGameStoreShallow, useGameStoreApi } from './context';
export { useGameLoop, startGameLoop, accumulate, MAX_FRAME_MS, SHOW_EARLY_MS, type LoopClock } from './gameLoop';
export { afterNextPaint } from './frames';
