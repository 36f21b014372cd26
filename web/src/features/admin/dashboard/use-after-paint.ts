import { useEffect, useState } from 'react';

/**
 * Runs `fn` in a task after the browser's next paint, and returns a cancel. A frame callback runs
 * just before that frame's paint; a task it posts runs after it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until the browser has painted once after `ready` turned true, then true for good. The
 * dashboard's data arrives as one synchronous update whose effects React runs before the paint:
 * what waits for this (the heat map) is rendered in the next task, so the ranking reaches the
 * screen without waiting for the blocks below it. Held by the block that waits, not the page, so
 * turning true re-renders that block alone.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    return afterNextPaint(() => setAfter(true));
  }, [ready, after]);
  return after;
}
