import { describe, expect, it, vi } from 'vitest';
import { accumulate, MAX_FRAME_MS, SHOW_EARLY_MS, startGameLoop, unreadCounts, type LoopClock, type Speed } from '../../src/store';
import { replay } from '../../src/engine';
import { makeStore } from './helpers/game';

describe('game store', () => {
  it('applies engine actions and keeps the last rejection for the toast', () => {
    const store = makeStore();
    expect(store.getState().dispatch({ type: 'command/claimed' })).toBeNull();
    expect(store.getState().game.command.ic).toBe('you');
    const rejection = store.getState().dispatch({ type: 'command/claimed' });
    expect(rejection).toMatch(/already has command/);
    expect(store.getState().toast?.text).toBe(rejection);
  });

  it('applies a batch with a single store update', () => {
    const store = makeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().dispatchMany([{ type: 'command/claimed' }, { type: 'severity/declared', level: 1 }]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().game.severity.level).toBe(1);
  });

  it('counts unread messages outside the tab on screen', () => {
    const store = makeStore();
    store.getState().dispatch({ type: 'message/posted', place: 'thread', kind: 'hypothesis', text: 'Could it be the cache?' });
    expect(unreadCounts(store.getState()).thread).toBe(1);
    store.getState().setTab('thread');
    expect(unreadCounts(store.getState()).thread).toBe(0);
    store.getState().dispatch({ type: 'command/claimed' });
    expect(unreadCounts(store.getState()).main).toBe(1);
  });
});

describe('game loop', () => {
  it('accumulates real time x speed into whole seconds and clamps long frames', () => {
    expect(accumulate(0, 500, 1)).toEqual({ seconds: 0, carry: 0.25 });
    expect(accumulate(0.9, 100, 1).seconds).toBe(1);
    expect(accumulate(0, 10_000, 8).seconds).toBe(Math.floor((MAX_FRAME_MS * 8) / 1000));
  });

  /**
   * A hand-driven clock: `frame(t)` wakes the sleeps due by `t`, runs the frame the loop asked for (if
   * it asked for one) and then the tasks after it. `asked` counts the frames the loop asked for.
   */
  function manualClock() {
    let pending: ((t: number) => void) | null = null;
    let tasks: (() => void)[] = [];
    let sleeps: { at: number; wake: () => void }[] = [];
    const state = { hidden: false, now: 0, asked: 0 };
    let inputs: (() => void)[] = [];
    const clock: LoopClock = {
      requestFrame: (cb) => {
        pending = cb;
        return ++state.asked;
      },
      cancelFrame: () => (pending = null),
      afterFrame: (cb) => {
        tasks.push(cb);
        return () => (tasks = tasks.filter((t) => t !== cb));
      },
      isHidden: () => state.hidden,
      sleep: (ms, wake) => {
        const sleep = { at: state.now + ms, wake };
        sleeps.push(sleep);
        return () => (sleeps = sleeps.filter((s) => s !== sleep));
      },
      onInput: (cb) => {
        inputs.push(cb);
        return () => (inputs = inputs.filter((i) => i !== cb));
      },
    };
    const press = () => inputs.forEach((input) => input());
    const between = () => {
      const due = tasks;
      tasks = [];
      for (const task of due) task();
    };
    /** Timers fire at `t`; no frame runs (as in a hidden tab). */
    const wake = (t: number) => {
      state.now = t;
      const woken = sleeps.filter((s) => s.at <= t);
      sleeps = sleeps.filter((s) => s.at > t);
      for (const sleep of woken) sleep.wake();
    };
    /** The frame alone, without the tasks after it; whether the loop had asked for it. */
    const frameAlone = (t: number) => {
      wake(t);
      const run = pending;
      pending = null;
      run?.(t);
      return run !== null;
    };
    const frame = (t: number) => {
      const ran = frameAlone(t);
      between();
      return ran;
    };
    const sleeping = () => sleeps.length > 0;
    return { clock, frame, frameAlone, between, state, press, sleeping, wake };
  }

  it('computes each advance between frames and publishes it after the next frame, one store update a frame', () => {
    const store = makeStore();
    const { clock, frame, state } = manualClock();
    const listener = vi.fn();
    store.getState().setSpeed(8);
    store.subscribe(listener);
    const stop = startGameLoop(store, clock);
    frame(0);
    frame(250); // woken from its sleep, the loop computed the second about to be due: this frame shows it...
    expect(store.getState().game.time).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
    frame(266); // ...and 250 ms x 8 = 2 s were due: the other one was computed after that frame, shown now
    expect(store.getState().game.time).toBe(2);
    expect(listener).toHaveBeenCalledTimes(2);
    frame(282); // 2 x 16 ms at 8x: a quarter of a game second, carried
    expect(store.getState().game.time).toBe(2);
    frame(407); // + 125 ms at 8x: one more second, shown on the next frame
    frame(423);
    expect(store.getState().game.time).toBe(3);
    state.hidden = true;
    frame(5000);
    frame(5016);
    expect(store.getState().game.time).toBe(3);
    state.hidden = false;
    frame(5100); // first frame after coming back only restarts the clock
    frame(5225);
    frame(5241);
    expect(store.getState().game.time).toBe(4);
    store.getState().setPaused(true);
    frame(6000);
    frame(7000);
    expect(store.getState().game.time).toBe(4);
    stop();
  });

  /** A store at `speed`, its loop on a hand-driven clock. */
  function playing(speed: Speed) {
    const store = makeStore();
    const manual = manualClock();
    store.getState().setSpeed(speed);
    const stop = startGameLoop(store, manual.clock);
    return { store, stop, ...manual };
  }

  /** Frames every 16 ms from `from` to `to` (inclusive); returns how many the loop asked for and ran. */
  const frames = (frame: (t: number) => boolean, from: number, to: number) => {
    let ran = 0;
    for (let t = from; t <= to; t += 16) if (frame(t)) ran++;
    return ran;
  };

  it('publishes a game second in a task after the frame that finds it due, never in the frame', () => {
    const { store, stop, frame, frameAlone, between } = playing(8);
    frame(0);
    frameAlone(125); // woken just before the second, computed it; its frame finds it due...
    expect(store.getState().game.time).toBe(0); // ...but React's render of it is not that frame's work
    between();
    expect(store.getState().game.time).toBe(1);
    frameAlone(250);
    store.getState().setPaused(true); // paused between the frame and its task: the second is not shown
    between();
    expect(store.getState().game.time).toBe(1);
    stop();
  });

  it('sleeps through the frames with nothing due and wakes in time for each game second', () => {
    const { store, stop, frame } = playing(8);
    const ran = frames(frame, 0, 2000); // 2 s of a 60 Hz screen: 126 frames on offer
    // 16 game seconds, each shown in the frame it falls due...
    expect(store.getState().game.time).toBe(16);
    // ...and in that frame only (plus the loop's first), not the 7 or 8 a second every frame would cost:
    // each wake computes the coming second, and the frame it asks for shows it.
    expect(ran).toBe(16 + 1);
    stop();
  });

  it('shows a game second at most half a frame early, and gains no time by it', () => {
    const { store, stop, frame } = playing(8);
    for (let t = 0; t <= 10_000; t++) {
      frame(t); // a frame whenever the loop asks for one, to the millisecond
      const time = store.getState().game.time;
      expect(time).toBeLessThanOrEqual(Math.floor(((t + SHOW_EARLY_MS) * 8) / 1000));
      expect(time).toBeGreaterThanOrEqual(Math.floor((t * 8) / 1000));
    }
    expect(store.getState().game.time).toBe(80);
    stop();
  });

  it('loses no game time over a sleep longer than a long frame (1x sleeps most of each second)', () => {
    const { store, stop, frame } = playing(1);
    const ran = frames(frame, 0, 5040); // the fifth second is due at 5000 ms
    expect(store.getState().game.time).toBe(5);
    expect(ran).toBe(5 + 1);
    stop();
  });

  it('asks for no frames while paused, and the first after the pause only restarts the clock', () => {
    const { store, stop, frame, sleeping } = playing(8);
    frames(frame, 0, 512);
    const time = store.getState().game.time;
    store.getState().setPaused(true);
    frame(528); // the frame already asked for sees the pause...
    expect(frames(frame, 544, 5000)).toBe(0); // ...and then none are asked for
    expect(sleeping()).toBe(false);
    expect(store.getState().game.time).toBe(time);
    store.getState().setPaused(false);
    expect(frame(5016)).toBe(true); // asked for at once
    expect(store.getState().game.time).toBe(time); // the paused 4.5 s never count
    frames(frame, 5032, 5032 + 1000);
    expect(store.getState().game.time).toBeGreaterThanOrEqual(time + 7);
    stop();
  });

  it('counts no game time for a tab hidden while the loop slept', () => {
    const { store, stop, frame, state, wake } = playing(1);
    frame(0); // sleeps until just before 1 s
    state.hidden = true;
    wake(1000); // woken while hidden: the browser holds the frame it asks for
    state.hidden = false;
    expect(frame(60_000)).toBe(true); // shown a minute later: this frame only restarts the clock
    frames(frame, 60_016, 60_016 + 500);
    expect(store.getState().game.time).toBe(0);
    stop();
  });

  it('wakes from a sleep when the player speeds the game up', () => {
    const { store, stop, frame, sleeping } = playing(1);
    frame(0);
    expect(sleeping()).toBe(true); // 1x: the next second is almost a second away
    expect(frame(16)).toBe(false);
    store.getState().setSpeed(8);
    expect(sleeping()).toBe(false);
    expect(frame(32)).toBe(true);
    frames(frame, 48, 48 + 500);
    expect(store.getState().game.time).toBeGreaterThanOrEqual(3); // 0.5 s at 8x, not 1x's wait
    stop();
  });

  it('stops asking for frames and sleeping once stopped', () => {
    const { store, stop, frame, sleeping } = playing(2);
    frame(0);
    stop();
    expect(sleeping()).toBe(false);
    expect(frames(frame, 16, 3000)).toBe(0);
    expect(store.getState().game.time).toBe(0);
  });

  it('paints the frame after a key press before the next tick, and holds a tick back one frame at most', () => {
    const { store, stop, frame, press } = playing(8);
    frame(0);
    frame(250); // 2 s due: one shown, one computed after the frame
    expect(store.getState().game.time).toBe(1);
    press();
    frame(266); // the press's frame: the tick waits
    expect(store.getState().game.time).toBe(1);
    press();
    frame(282); // held back once already: shown now, whatever the player does
    expect(store.getState().game.time).toBe(2);
    stop();
  });

  it('never overwrites a move the player made between the engine tick and the frame', () => {
    const { store, stop, frame } = playing(8);
    frame(0);
    frame(250); // 2 s due: one shown, the other computed from the state before the claim
    expect(store.getState().game.time).toBe(1);
    store.getState().dispatch({ type: 'command/claimed' });
    frame(251); // the computed advance is refused; its second is computed again from the new state
    expect(store.getState().game.command.ic).toBe('you');
    expect(store.getState().game.time).toBe(1);
    frame(252);
    expect(store.getState().game.command.ic).toBe('you');
    expect(store.getState().game.time).toBe(2);
    stop();
  });
});

describe('game store played by the bots', () => {
  it.each(['checkout-bad-deploy', 'db-pool-exhaustion', 'payment-provider-degradation'])('plays %s to the end, publishing the engine\'s own state', async (id) => {
    const { BOTS } = await import('../../src/bots');
    for (const bot of BOTS) {
      const store = makeStore(11, id);
      for (let steps = 0; steps < 5000 && store.getState().game.phase === 'running'; steps++) {
        const action = bot.play(store.getState().game);
        const rejection = store.getState().dispatch(action ?? { type: 'clock/advanced', seconds: 30 });
        if (rejection) store.getState().dispatch({ type: 'clock/advanced', seconds: 30 });
      }
      while (store.getState().game.phase === 'running') store.getState().dispatch({ type: 'clock/advanced', seconds: 3600 });
      const game = store.getState().game;
      expect(game.phase).toBe('ended');
      // What the store shows is what the engine computes from the log, nothing more.
      const replayed = replay(game.scenario, game.seed, game.log);
      expect(replayed.ok && JSON.stringify(replayed.state)).toBe(JSON.stringify(game));
    }
  }, 60_000);
});
