/**
 * Runs `callback` once the browser has painted the next frame (a task after the next animation
 * frame), or after `latestMs` at the latest, because a hidden tab draws no frames. Returns a
 * function that cancels it. For work the user does not wait for, kept out of the input-to-paint
 * path (the catalogue's filter repaint).
 */
export function afterNextPaint(callback: () => void, latestMs = 250): () => void {
  let settled = false;
  let frame: number | undefined;
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  const cancel = () => {
    settled = true;
    for (const timer of timers) clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  const fire = () => {
    if (settled) return;
    cancel();
    callback();
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => timers.push(setTimeout(fire, 0)));
  timers.push(setTimeout(fire, latestMs));
  return cancel;
}
