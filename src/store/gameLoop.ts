// requestAnimationFrame -> fixed-step engine ticks: real time x speed accumulates, and each frame
// dispatches at most ONE `clock/advanced` with the whole game seconds due (one store update a frame).
import { useEffect } from 'react';
import type { GameStore } from './gameStore';

/** A long frame (a tab switch, a debugger pause) never turns into a burst of game time. */
export const MAX_FRAME_MS = 250;

export interface LoopClock {
  now(): number;
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
  isHidden(): boolean;
}

const browserClock: LoopClock = {
  now: () => performance.now(),
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  isHidden: () => document.hidden,
};

/** Seconds due for a frame: exported for tests. Returns the whole seconds and the carried remainder. */
export function accumulate(carry: number, deltaMs: number, speed: number): { seconds: number; carry: number } {
  const total = carry + (Math.min(Math.max(deltaMs, 0), MAX_FRAME_MS) * speed) / 1000;
  const seconds = Math.floor(total);
  return { seconds, carry: total - seconds };
}

export function startGameLoop(store: GameStore, clock: LoopClock = browserClock): () => void {
  let last: number | null = null;
  let carry = 0;
  let handle = 0;
  let stopped = false;
  const frame = (time: number) => {
    if (stopped) return;
    const { paused, speed, game, dispatch } = store.getState();
    if (paused || clock.isHidden() || game.phase !== 'running') {
      // Paused or hidden: time does not build up while nobody is watching.
      last = null;
    } else {
      const delta = last === null ? 0 : time - last;
      last = time;
      const next = accumulate(carry, delta, speed);
      carry = next.carry;
      if (next.seconds > 0) dispatch({ type: 'clock/advanced', seconds: next.seconds });
    }
    handle = clock.requestFrame(frame);
  };
  handle = clock.requestFrame(frame);
  return () => {
    stopped = true;
    clock.cancelFrame(handle);
  };
}

/** Runs the game loop while the component is mounted. */
export function useGameLoop(store: GameStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    return startGameLoop(store);
  }, [store, enabled]);
}
