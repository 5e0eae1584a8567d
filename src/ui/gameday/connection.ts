// The game day this tab takes part in: one connection (a GameDayPort) and its room store, made on
// first use and kept across the game-day screens.
import { createRoomStore, type RoomStore } from '../../store/gameDayStore';
import type { GameDayPort } from '../../store/gameDayPort';
import { forgetIdentity } from './identity';

export type PortFactory = () => Promise<GameDayPort>;
export interface GameDay {
  port: GameDayPort;
  store: RoomStore;
}

let factory: PortFactory = async () => (await import('./socketPort')).connectSocketPort();
let current: Promise<GameDay> | null = null;

/** Tests hand in a fake connection. */
export function setPortFactory(next: PortFactory): void {
  current = null;
  factory = next;
}

/** The tab's game-day connection, made on first use. */
export function gameDay(): Promise<GameDay> {
  current ??= factory().then((port) => ({ port, store: createRoomStore(port) }));
  return current;
}

/** Leaves the game day: closes the connection and forgets the seat. */
export async function leaveGameDay(): Promise<void> {
  const connection = current;
  current = null;
  forgetIdentity();
  if (!connection) return;
  try {
    const { port, store } = await connection;
    store.destroy();
    port.close();
  } catch {
    // the connection never came up
  }
}
