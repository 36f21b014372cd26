import { describe, expect, it } from 'vitest';
import { menuKeyTarget } from './menu-keys';

// The account menu: the user's name (disabled), language, password, sign-out.
const ACCOUNT = [true, false, false, false];

describe('menuKeyTarget', () => {
  it('moves down and up through the items, wrapping round past the disabled name', () => {
    expect(menuKeyTarget('ArrowDown', 1, ACCOUNT)).toBe(2);
    expect(menuKeyTarget('ArrowDown', 3, ACCOUNT)).toBe(1);
    expect(menuKeyTarget('ArrowUp', 1, ACCOUNT)).toBe(3);
    expect(menuKeyTarget('ArrowUp', 3, ACCOUNT)).toBe(2);
  });

  it('goes to the first and last item that can be chosen with Home and End', () => {
    expect(menuKeyTarget('Home', 3, ACCOUNT)).toBe(1);
    expect(menuKeyTarget('End', 1, ACCOUNT)).toBe(3);
    expect(menuKeyTarget('End', 1, [false, false, true])).toBe(1);
  });

  it('from nowhere (focus still on the menu), ↓ takes the first item and ↑ the last', () => {
    expect(menuKeyTarget('ArrowDown', -1, ACCOUNT)).toBe(1);
    expect(menuKeyTarget('ArrowUp', -1, ACCOUNT)).toBe(3);
  });

  it('leaves other keys, and a menu with nothing to choose, to the browser', () => {
    expect(menuKeyTarget('Enter', 1, ACCOUNT)).toBeUndefined();
    expect(menuKeyTarget('Tab', 1, ACCOUNT)).toBeUndefined();
    expect(menuKeyTarget('ArrowDown', 0, [true, true])).toBeUndefined();
  });
});
