import { describe, expect, it, vi } from 'vitest';
import { accumulate, MAX_FRAME_MS, startGameLoop, unreadCounts, type LoopClock } from '../../src/store';
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

  /** A hand-driven clock: `frame(t)` runs the next animation frame, `between()` the tasks after it. */
  function manualClock() {
    const frames: ((t: number) => void)[] = [];
    let tasks: (() => void)[] = [];
    const state = { hidden: false };
    let inputs: (() => void)[] = [];
    const clock: LoopClock = {
      requestFrame: (cb) => frames.push(cb),
      cancelFrame: () => undefined,
      afterFrame: (cb) => {
        tasks.push(cb);
        return () => (tasks = tasks.filter((t) => t !== cb));
      },
      isHidden: () => state.hidden,
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
    const frame = (t: number) => {
      frames[frames.length - 1]!(t);
      between();
    };
    return { clock, frame, between, state, press };
  }

  it('computes each advance between frames and shows it on the next frame, one store update a frame', () => {
    const store = makeStore();
    const { clock, frame, state } = manualClock();
    const listener = vi.fn();
    store.getState().setSpeed(8);
    store.subscribe(listener);
    const stop = startGameLoop(store, clock);
    frame(0);
    frame(250); // 250 ms x 8 = 2 s, computed after this frame...
    expect(store.getState().game.time).toBe(0);
    expect(listener).not.toHaveBeenCalled();
    frame(266); // ...and shown on the next one
    expect(store.getState().game.time).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
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

  it('paints the frame after a key press before the next tick, and holds a tick back one frame at most', () => {
    const store = makeStore();
    const { clock, frame, press } = manualClock();
    store.getState().setSpeed(8);
    const stop = startGameLoop(store, clock);
    frame(0);
    frame(250); // 2 s computed
    press();
    frame(266); // the press's frame: the tick waits
    expect(store.getState().game.time).toBe(0);
    press();
    frame(282); // held back once already: shown now, whatever the player does
    expect(store.getState().game.time).toBe(2);
    stop();
  });

  it('never overwrites a move the player made between the engine tick and the frame', () => {
    const store = makeStore();
    const { clock, frame } = manualClock();
    store.getState().setSpeed(8);
    const stop = startGameLoop(store, clock);
    frame(0);
    frame(250); // 2 s computed from the state before the claim
    store.getState().dispatch({ type: 'command/claimed' });
    frame(251); // the computed advance is refused; its seconds are computed again from the new state
    expect(store.getState().game.command.ic).toBe('you');
    expect(store.getState().game.time).toBe(0);
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
