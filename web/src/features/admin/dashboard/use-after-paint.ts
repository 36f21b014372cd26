import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after `ready` turned true, then true for good. The
 * dashboard's data arrives as one synchronous update whose effects React runs before the paint:
 * what waits for this (the heat map, the gap table) is rendered in the next task, so the ranking
 * reaches the screen without waiting for the blocks below it.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!ready || after) return;
    // A frame callback runs just before that frame's paint; a task it posts runs after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAfter(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, after]);
  return after;
}
