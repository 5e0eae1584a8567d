import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, nextFrame, nextTask } from '../../src/store/frames';

// A hand-run screen: frames run only when `paint()` is called; timers are fake.
let frames: Map<number, () => void>;
let lastFrame = 0;
const paint = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const run of due) run();
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => (frames.set(++lastFrame, run), lastFrame));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('frames', () => {
  it('runs a callback in the next frame, once, or after a quarter second in a tab with no frames', () => {
    const inFrame = vi.fn();
    nextFrame(inFrame);
    paint();
    vi.advanceTimersByTime(1000);
    expect(inFrame).toHaveBeenCalledTimes(1);

    const hidden = vi.fn();
    nextFrame(hidden);
    vi.advanceTimersByTime(249);
    expect(hidden).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hidden).toHaveBeenCalledTimes(1);
    paint();
    expect(hidden).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    nextFrame(cancelled)();
    paint();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs a task after the current one, unless cancelled', async () => {
    vi.useRealTimers();
    const order: string[] = [];
    nextTask(() => order.push('task'));
    nextTask(() => order.push('cancelled'))();
    order.push('current');
    await vi.waitFor(() => expect(order).toEqual(['current', 'task']));
    await wait(20);
    expect(order).toEqual(['current', 'task']);
  });

  it('runs work after the next frame, not in it', async () => {
    vi.useRealTimers();
    const work = vi.fn();
    afterNextPaint(work);
    await wait(20);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    paint();
    expect(work).not.toHaveBeenCalled(); // the frame itself does not run it
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
  });
});
