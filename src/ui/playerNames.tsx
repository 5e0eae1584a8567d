// Who the players are in a game day: several people share one game, so "You" is only this seat and
// the other seats are named. Solo play has no provider and keeps "You" for the single player.
import { createContext, useContext, type ReactNode } from 'react';

export interface PlayerNames {
  /** This device's player id; null for the facilitator and spectators. */
  me: string | null;
  /** Player id (a seat) -> the person's display name, or "Bot". */
  names: Record<string, string>;
  /** Player id -> the seat's title, e.g. "Operations lead". */
  titles: Record<string, string>;
}

const PlayerNamesContext = createContext<PlayerNames | null>(null);

export function PlayerNamesProvider({ value, children }: { value: PlayerNames; children: ReactNode }) {
  return <PlayerNamesContext.Provider value={value}>{children}</PlayerNamesContext.Provider>;
}

/** The game day's names, or null in solo play. */
export const usePlayerNames = (): PlayerNames | null => useContext(PlayerNamesContext);
