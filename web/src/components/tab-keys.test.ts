import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from './tab-keys';

describe('tabKeyTarget', () => {
  it('moves to the neighbour with the arrow keys, wrapping round at either end', () => {
    expect(tabKeyTarget('ArrowRight', 0, 7)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 6, 7)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 3, 7)).toBe(2);
    expect(tabKeyTarget('ArrowLeft', 0, 7)).toBe(6);
  });

  it('jumps to the first and last tab with Home and End', () => {
    expect(tabKeyTarget('Home', 4, 7)).toBe(0);
    expect(tabKeyTarget('End', 1, 7)).toBe(6);
  });

  it('leaves every other key to the browser (Enter and Space press the tab, Tab leaves the row)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowDown', 'a']) expect(tabKeyTarget(key, 2, 7)).toBeUndefined();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined();
  });
});
