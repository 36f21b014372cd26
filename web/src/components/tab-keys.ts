/**
 * Where a key moves the focus in a row of `count` tabs from tab `from`, as the WAI-ARIA tabs
 * pattern has it: ←/→ to the neighbour (wrapping round), Home/End to the first/last; any other
 * key `undefined` (left to the browser: Enter and Space press the focused tab, Tab leaves the row).
 */
export function tabKeyTarget(key: string, from: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (from + 1) % count;
    case 'ArrowLeft':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
