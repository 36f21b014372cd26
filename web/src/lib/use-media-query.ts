import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether `query` matches now, kept current as the window changes: MUI's useMediaQuery without
 * MUI, so the shell can adapt to a phone before any MUI code has loaded. Read during render
 * (no first render with the wrong answer and a second one to correct it).
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}
