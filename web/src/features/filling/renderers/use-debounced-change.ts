import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * The typed text of a field and its change handler: the answer changes `timeout` ms after the last
 * keystroke and at once when the field loses focus, as Material's `useDebouncedChange` did (its
 * behaviour, here without importing `@jsonforms/material-renderers` and with it MUI). A new answer
 * from outside (a restored draft, a resolved conflict) replaces the text.
 */
export function useDebouncedChange<E extends Field>(
  handleChange: (path: string, value: unknown) => void,
  empty: string,
  data: unknown,
  path: string,
  toValue: (ev: ChangeEvent<E>) => unknown,
  focused: boolean,
  timeout = 300,
): [unknown, (ev: ChangeEvent<E>) => void] {
  const [input, setInput] = useState<unknown>(data ?? empty);
  useEffect(() => setInput(data ?? empty), [data, empty]);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: unknown } | null>(null);
  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    handleChange(path, p.value);
  }, [handleChange, path]);
  // Leaving the field commits what was typed, without waiting for the timer.
  useEffect(() => {
    if (!focused) flush();
  }, [focused, flush]);
  // A field that goes away (another section, another page) still hands over its last keystrokes.
  useEffect(() => flush, [flush]);
  const onChange = useMemo(
    () => (ev: ChangeEvent<E>) => {
      const value = toValue(ev);
      setInput(value ?? empty);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { value, timer: setTimeout(flush, timeout) };
    },
    [toValue, empty, flush, timeout],
  );
  return [input, onChange];
}
