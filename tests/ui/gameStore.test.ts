import { describe, expect, it, vi } from 'vitest';
import { accumulate, MAX_FRAME_MS, startGameLoop, unreadCounts, type LoopClock } from '../../src/store';
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

  it('dispatches at most one clock/advanced per frame and stops while hidden or paused', () => {
    const store = makeStore();
    const frames: ((t: number) => void)[] = [];
    let hidden = false;
    const clock: LoopClock = { now: () => 0, requestFrame: (cb) => frames.push(cb), cancelFrame: () => undefined, isHidden: () => hidden };
    const listener = vi.fn();
    store.getState().setSpeed(8);
    store.subscribe(listener);
    const stop = startGameLoop(store, clock);
    const frame = (t: number) => frames[frames.length - 1]!(t);
    frame(0);
    frame(250); // 250 ms x 8 = 2 s
    expect(store.getState().game.time).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
    hidden = true;
    frame(5000);
    expect(store.getState().game.time).toBe(2);
    hidden = false;
    frame(5100); // first frame after coming back only restarts the clock
    frame(5225);
    expect(store.getState().game.time).toBe(3);
    store.getState().setPaused(true);
    frame(6000);
    frame(7000);
    expect(store.getState().game.time).toBe(3);
    stop();
  });
});

describe('game store with frozen (immer) state', () => {
  it.each(['checkout-bad-deploy', 'db-pool-exhaustion', 'payment-provider-degradation'])('plays %s to the end with the bots without mutating frozen state', async (id) => {
    const { BOTS } = await import('../../src/bots');
    for (const bot of BOTS) {
      const store = makeStore(11, id);
      for (let steps = 0; steps < 5000 && store.getState().game.phase === 'running'; steps++) {
        const action = bot.play(store.getState().game);
        const rejection = store.getState().dispatch(action ?? { type: 'clock/advanced', seconds: 30 });
        if (rejection) store.getState().dispatch({ type: 'clock/advanced', seconds: 30 });
      }
      while (store.getState().game.phase === 'running') store.getState().dispatch({ type: 'clock/advanced', seconds: 3600 });
      expect(Object.isFrozen(store.getState().game)).toBe(true);
      expect(store.getState().game.phase).toBe('ended');
    }
  }, 60_000);
});
