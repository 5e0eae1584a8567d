// requestAnimationFrame -> fixed-step engine ticks: real time x speed accumulates into whole game seconds.
// The engine's work and React's never share a task: between frames the loop computes one
// `clock/advanced` with the seconds due, in a task of its own, and the next frame publishes the result
// (one store update a frame at most). A storm's burst of alerts then costs one task for the engine and
// one frame for the screen, instead of one long task for both.
import { useEffect } from 'react';
import { attempt, type GameState } from '../engine';
import type { GameStore } from './gameStore';

/** A long frame (a tab switch, a debugger pause) never turns into a burst of game time. */
export const MAX_FRAME_MS = 250;

export interface LoopClock {
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
  /** Runs `callback` in a task of its own soon after the current one; returns a cancel function. */
  afterFrame(callback: () => void): () => void;
  isHidden(): boolean;
  /** Calls `callback` on each key press or pointer press of the player; returns an unsubscribe function. */
  onInput(callback: () => void): () => void;
}

const browserClock: LoopClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  afterFrame: (callback) => {
    // A message task runs as soon as the frame is painted (setTimeout may be clamped to 4 ms or more).
    const channel = new MessageChannel();
    let live = true;
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (live) callback();
    };
    channel.port2.postMessage(null);
    return () => {
      live = false;
      channel.port1.close();
    };
  },
  isHidden: () => document.hidden,
  onInput: (callback) => {
    const options = { capture: true, passive: true };
    window.addEventListener('keydown', callback, options);
    window.addEventListener('pointerdown', callback, options);
    return () => {
      window.removeEventListener('keydown', callback, options);
      window.removeEventListener('pointerdown', callback, options);
    };
  },
};

/** Seconds due for a frame: exported for tests. Returns the whole seconds and the carried remainder. */
export function accumulate(carry: number, deltaMs: number, speed: number): { seconds: number; carry: number } {
  const total = carry + (Math.min(Math.max(deltaMs, 0), MAX_FRAME_MS) * speed) / 1000;
  const seconds = Math.floor(total);
  return { seconds, carry: total - seconds };
}

interface Computed {
  base: GameState;
  next: GameState;
  seconds: number;
}

export function startGameLoop(store: GameStore, clock: LoopClock = browserClock): () => void {
  let last: number | null = null;
  let carry = 0;
  /** Whole game seconds due and not yet handed to the engine. */
  let due = 0;
  let computed: Computed | null = null;
  let cancelCompute: (() => void) | null = null;
  let handle = 0;
  let stopped = false;
  // The player's input comes first: the frame after a key or pointer press paints what it did, and the
  // game's next tick waits one frame (never two in a row, so the clock cannot be held back).
  let inputWaiting = false;
  let heldBack = false;
  const offInput = clock.onInput(() => {
    inputWaiting = true;
  });

  const compute = () => {
    cancelCompute = null;
    const seconds = due;
    const base = store.getState().game;
    if (stopped || seconds === 0 || base.phase !== 'running') return;
    due = 0;
    const result = attempt(base, { type: 'clock/advanced', seconds });
    // A refusal goes through the store's own dispatch, so the player sees it.
    if (result.rejection) store.getState().dispatch({ type: 'clock/advanced', seconds });
    else computed = { base, next: result.state, seconds };
  };

  const frame = (time: number) => {
    if (stopped) return;
    const state = store.getState();
    if (state.paused || clock.isHidden() || state.game.phase !== 'running') {
      // Paused or hidden: time does not build up while nobody is watching, and an advance computed
      // before the pause is not shown after it.
      last = null;
      carry = 0;
      due = 0;
      computed = null;
      cancelCompute?.();
      cancelCompute = null;
    } else {
      if (computed && inputWaiting && !heldBack) {
        heldBack = true;
      } else if (computed) {
        // The player acted since it was computed: its seconds are due again, from the new state.
        if (!state.adopt(computed.base, computed.next)) due += computed.seconds;
        computed = null;
        heldBack = false;
      }
      inputWaiting = false;
      const delta = last === null ? 0 : time - last;
      last = time;
      const next = accumulate(carry, delta, state.speed);
      carry = next.carry;
      due += next.seconds;
      if (due > 0 && cancelCompute === null && computed === null) cancelCompute = clock.afterFrame(compute);
    }
    handle = clock.requestFrame(frame);
  };
  handle = clock.requestFrame(frame);
  return () => {
    stopped = true;
    clock.cancelFrame(handle);
    cancelCompute?.();
    offInput();
  };
}

/** Runs the game loop while the component is mounted. */
export function useGameLoop(store: GameStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    return startGameLoop(store);
  }, [store, enabled]);
}
