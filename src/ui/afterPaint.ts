/**
 * Runs `work` once the browser has painted the next frame. What the player did shows first (the
 * composer cleared on Enter), and the work it starts (the engine's step, the log laying out the new
 * message) waits for that paint instead of holding it back; the work's own result shows one frame
 * later. A background tab paints no frames: the work then runs within a quarter second anyway.
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, 250);
  // A task posted from a frame callback runs after that frame's paint.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}
