import { useSyncExternalStore } from 'react';

/** A flag that opens once and stays open, which one block sets and another waits for. */
export interface Latch {
  open(): void;
  isOpen(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * A latch between two blocks of a page: the block that waits re-renders alone when it opens, where
 * a state of the page would have re-rendered the whole page (its filters, the ranking's tables) in
 * the middle of the heat map's first window.
 */
export function createLatch(): Latch {
  let opened = false;
  const listeners = new Set<() => void>();
  return {
    open() {
      if (opened) return;
      opened = true;
      for (const l of [...listeners]) l();
    },
    isOpen: () => opened,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True once `latch` has opened; re-renders the caller (only) when it does. */
export function useLatch(latch: Latch): boolean {
  return useSyncExternalStore(latch.subscribe, latch.isOpen, latch.isOpen);
}
