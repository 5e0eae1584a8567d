// React access to the tab's game-day connection and its room store.
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RoomStoreState } from '../../store/gameDayStore';
import { gameDay, type GameDay } from './connection';

export type GameDayLoad = { status: 'loading' } | { status: 'ready'; gameDay: GameDay } | { status: 'failed'; message: string };

/** Opens (or reuses) the tab's connection. */
export function useGameDayConnection(): GameDayLoad {
  const [load, setLoad] = useState<GameDayLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    gameDay().then(
      (ready) => live && setLoad({ status: 'ready', gameDay: ready }),
      (error: unknown) => live && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}

export const GameDayContext = createContext<GameDay | null>(null);

export function useGameDay(): GameDay {
  const value = useContext(GameDayContext);
  if (!value) throw new Error('useGameDay must be used inside <GameDayContext.Provider>');
  return value;
}

/** One value of the room store; re-renders only when it changes. */
export function useRoom<T>(selector: (state: RoomStoreState) => T): T {
  return useStore(useGameDay().store, selector);
}

export function useRoomShallow<T>(selector: (state: RoomStoreState) => T): T {
  return useStore(useGameDay().store, useShallow(selector));
}
