import { useCallback, useState } from 'react';

/**
 * Whether a field has focus, with the handlers that track it: what Material's `useFocus` gave
 * the plain controls. Our own so the form page does not import `@jsonforms/material-renderers`
 * (one module, with MUI behind it) for three lines.
 */
export function useFocus(): [boolean, () => void, () => void] {
  const [focused, setFocused] = useState(false);
  const onFocus = useCallback(() => setFocused(true), []);
  const onBlur = useCallback(() => setFocused(false), []);
  return [focused, onFocus, onBlur];
}
