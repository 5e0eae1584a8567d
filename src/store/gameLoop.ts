// requestAnimationFrame -> fixed-step engine ticks: real time x speed accumulates into whole game seconds.
// The engine's work, React's and the browser's never share a task: the loop computes each
// `clock/advanced` in a task of its own; the frame that finds it due publishes it in a task right after
// that frame (one store update a frame at most), where React renders it; and the next frame lays out
// and paints it. A storm's second then costs three short tasks instead of one long one, and a key press
// waits behind one of them at most.
// Frames with nothing to show are not asked for: between game seconds the loop sleeps until the next one
// is nearly due, computes it on waking, and asks for the one frame that shows it; while the game is
// paused or over it asks for none at all. A frame the page asks for costs style, paint and a compositor
// commit even when nothing moved: at 8x, a frame every vsync was 7 frames in 8 with nothing to show.
import { useEffect } from 'react';
import { attempt, type GameState } from '../engine';
import { nextTask } from './frames';
import type { GameStore } from './gameStore';

/** A long frame (a tab switch, a debugger pause) never turns into a burst of game time. */
export const MAX_FRAME_MS = 250;

/** The loop wakes this long before a game second is due, computes it, and asks for the frame that shows it. */
export const WAKE_EARLY_MS = 4;
/**
 * A game second due within this long of a frame is shown in that frame (half a 60 Hz frame): the next
 * frame would show it later than this one shows it early. The time is carried, so none is gained.
 */
export const SHOW_EARLY_MS = 8;
/** Shorter waits than this are spent in frames: a sleep that short saves nothing. */
const MIN_SLEEP_MS = 40;

export interface LoopClock {
  requestFrame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
  /** Runs `callback` in a task of its own soon after the current one; returns a cancel function. */
  afterFrame(callback: () => void): () => void;
  isHidden(): boolean;
  /** Calls `callback` once after `ms` milliseconds; returns a cancel function. */
  sleep(ms: number, callback: () => void): () => void;
  /** Calls `callback` on each key press or pointer press of the player; returns an unsubscribe function. */
  onInput(callback: () => void): () => void;
}

const browserClock: LoopClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  afterFrame: nextTask,
  isHidden: () => document.hidden,
  sleep: (ms, callback) => {
    const timer = window.setTimeout(callback, ms);
    return () => window.clearTimeout(timer);
  },
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

/**
 * Seconds due for a frame: exported for tests. Returns the whole seconds and the carried remainder.
 * `maxMs` caps the frame's length (a frame after a planned sleep may be as long as the sleep).
 */
export function accumulate(carry: number, deltaMs: number, speed: number, maxMs = MAX_FRAME_MS): { seconds: number; carry: number } {
  const total = carry + (Math.min(Math.max(deltaMs, 0), maxMs) * speed) / 1000;
  const seconds = Math.floor(total);
  return { seconds, carry: total - seconds };
}

/** An advance computed between frames, waiting for the frame that shows it. */
interface Computed {
  base: GameState;
  next: GameState;
  seconds: number;
}

export function startGameLoop(store: GameStore, clock: LoopClock = browserClock): () => void {
  let last: number | null = null;
  let carry = 0;
  /** Whole game seconds due and not yet shown. */
  let due = 0;
  let computed: Computed | null = null;
  let cancelCompute: (() => void) | null = null;
  /** The frame asked for, if any (null while sleeping or idle). */
  let handle: number | null = null;
  let cancelSleep: (() => void) | null = null;
  /** How long the loop meant to sleep before the coming frame: that frame may be as long. */
  let slept = 0;
  let stopped = false;
  // The player's input comes first: the frame after a key or pointer press paints what it did, and the
  // game's next tick waits one frame (never two in a row, so the clock cannot be held back).
  let inputWaiting = false;
  let heldBack = false;
  const offInput = clock.onInput(() => {
    inputWaiting = true;
  });

  /** Computes the seconds due; `ahead`: the one second about to be due, on waking from a sleep. */
  const compute = (ahead = false) => {
    cancelCompute = null;
    const seconds = ahead ? 1 : due;
    const base = store.getState().game;
    if (stopped || seconds === 0 || computed !== null || base.phase !== 'running') return;
    const result = attempt(base, { type: 'clock/advanced', seconds });
    if (!result.rejection) computed = { base, next: result.state, seconds };
    // A refusal of seconds already due goes through the store's own dispatch, so the player sees it.
    else if (!ahead) store.getState().dispatch({ type: 'clock/advanced', seconds });
  };

  /**
   * Publishes an advance in a task after the frame that found it due: React renders it there, and the
   * next frame paints it (a frame that rendered it too was one long task). Dropped if the game was
   * paused or hidden meanwhile.
   */
  let cancelShow: (() => void) | null = null;
  const show = (shown: Computed) => {
    cancelShow = clock.afterFrame(() => {
      cancelShow = null;
      const state = store.getState();
      if (stopped || state.paused || state.game.phase !== 'running' || clock.isHidden()) return;
      if (state.adopt(shown.base, shown.next)) return;
      // The player acted since it was computed: its seconds are due again, computed from the new state
      // and shown by the next frame.
      due += shown.seconds;
      compute();
      askForFrame();
    });
  };

  const askForFrame = () => {
    if (stopped || handle !== null) return;
    cancelSleep?.();
    cancelSleep = null;
    handle = clock.requestFrame(frame);
  };

  const frame = (time: number) => {
    handle = null;
    if (stopped) return;
    const state = store.getState();
    const idle = state.paused || state.game.phase !== 'running';
    if (idle || clock.isHidden()) {
      // Paused or hidden: time does not build up while nobody is watching, and an advance computed
      // before the pause is not shown after it.
      last = null;
      carry = 0;
      due = 0;
      slept = 0;
      computed = null;
      cancelCompute?.();
      cancelCompute = null;
      cancelShow?.();
      cancelShow = null;
      // Paused or over: no frames until that changes (the store subscription below asks again).
      // Hidden: the browser holds the frame until the page shows again.
      if (!idle) askForFrame();
      return;
    }
    const delta = last === null ? 0 : time - last;
    last = time;
    const next = accumulate(carry, delta, state.speed, MAX_FRAME_MS + slept);
    slept = 0;
    carry = next.carry;
    due += next.seconds;
    if (due === 0 && ((1 - carry) * 1000) / state.speed <= SHOW_EARLY_MS) {
      due = 1;
      carry -= 1;
    }
    if (computed && computed.seconds <= due) {
      if (inputWaiting && !heldBack) {
        heldBack = true;
      } else {
        show(computed);
        due -= computed.seconds;
        computed = null;
        heldBack = false;
      }
    }
    inputWaiting = false;
    if (due > 0 && cancelCompute === null && computed === null) cancelCompute = clock.afterFrame(compute);
    // Nothing to compute or show before the next game second: sleep until just before it is due.
    if (due === 0 && cancelCompute === null && computed === null && handle === null) {
      const wait = ((1 - carry) * 1000) / state.speed - WAKE_EARLY_MS;
      if (wait >= MIN_SLEEP_MS) {
        slept = wait;
        cancelSleep = clock.sleep(wait, () => {
          cancelSleep = null;
          // Woken in a hidden tab: its frame waits until the page shows again, and that wait is not
          // game time (the next frame only restarts the clock).
          if (clock.isHidden()) last = null;
          else compute(true);
          askForFrame();
        });
        return;
      }
    }
    askForFrame();
  };

  // A new speed, a pause or its end changes when the next frame is wanted: ask for one now (it works
  // out what is due and sleeps again if nothing is).
  const offStore = store.subscribe((state, previous) => {
    if (state.speed !== previous.speed || state.paused !== previous.paused || state.game.phase !== previous.game.phase) askForFrame();
  });
  askForFrame();
  return () => {
    stopped = true;
    if (handle !== null) clock.cancelFrame(handle);
    cancelSleep?.();
    cancelCompute?.();
    cancelShow?.();
    offInput();
    offStore();
  };
}

/** Runs the game loop while the component is mounted. */
export function useGameLoop(store: GameStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    return startGameLoop(store);
  }, [store, enabled]);
}
