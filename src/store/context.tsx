// The React binding: a game store handed down by context, read through selectors.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { GameStore, GameStoreState } from './gameStore';

const GameStoreContext = createContext<GameStore | null>(null);

export function GameStoreProvider({ store, children }: { store: GameStore; children: ReactNode }) {
  return <GameStoreContext.Provider value={store}>{children}</GameStoreContext.Provider>;
}

export function useGameStoreApi(): GameStore {
  const store = useContext(GameStoreContext);
  if (!store) throw new Error('useGameStore must be used inside <GameStoreProvider>');
  return store;
}

/** Reads one value from the game store; re-renders only when it changes. */
export function useGameStore<T>(selector: (state: GameStoreState) => T): T {
  return useStore(useGameStoreApi(), selector);
}

/** Reads a derived object or list, compared shallowly. */
export function useGameStoreShallow<T>(selector: (state: GameStoreState) => T): T {
  return useStore(useGameStoreApi(), useShallow(selector));
}
