/**
 * Where a key moves the focus in an open menu of `count` items from item `from`, as the WAI-ARIA
 * menu button pattern has it (and MUI's Menu did): ↓/↑ to the next/previous item, wrapping round,
 * Home/End to the first/last. `disabled` items are passed over. Any other key `undefined`: Enter
 * and Space press the item, Escape and Tab close the menu (the caller's).
 */
export function menuKeyTarget(key: string, from: number, disabled: readonly boolean[]): number | undefined {
  const count = disabled.length;
  if (!disabled.some((d) => !d)) return undefined;
  const step = (start: number, by: 1 | -1) => {
    let i = start;
    do i = (i + by + count) % count;
    while (disabled[i]);
    return i;
  };
  switch (key) {
    case 'ArrowDown':
      return step(from, 1);
    case 'ArrowUp':
      return step(from < 0 ? 0 : from, -1);
    case 'Home':
      return step(-1, 1);
    case 'End':
      return step(0, -1);
    default:
      return undefined;
  }
}
