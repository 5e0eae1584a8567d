// Scheduling around the browser's frames, shared by the game loop, the game-day store and the composer.

/** Calls `callback` in the next animation frame; a background tab (no frames) still gets it within a quarter second. */
export function nextFrame(callback: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(once);
  const timer = window.setTimeout(once, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * Runs `callback` in a task of its own right after the current one: posted from a frame callback, as
 * soon as that frame is painted (a message task; setTimeout may be clamped to 4 ms or more).
 */
export function nextTask(callback: () => void): () => void {
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
}

/**
 * Runs `work` once the browser has painted the next frame. What the player did shows first (the
 * composer cleared on Enter), and the work it starts (the engine's step, the log laying out the new
 * message) waits for that paint instead of holding it back; the work's own result shows one frame later.
 */
export function afterNextPaint(work: () => void): void {
  nextFrame(() => nextTask(work));
}
