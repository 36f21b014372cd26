import { isDescriptionHidden, showAsRequired, type ControlProps } from '@jsonforms/core';
import type { FieldFrameProps } from './FieldFrame';
import { useFocus } from './use-focus';

/** The UI schema options (and form-wide config) a plain field reads, as Material's controls read them. */
export interface PlainFieldOptions {
  showUnfocusedDescription?: boolean;
  hideRequiredAsterisk?: boolean;
  focus?: boolean;
  multi?: boolean;
  restrict?: boolean;
}

/**
 * What every plain control derives from its JSON Forms props the way Material's input control
 * did: the focus (the description shows while focused, a debounced change is flushed on blur),
 * the options (`config` merged under the UI schema's), the frame's props and the input's
 * accessibility attributes.
 */
export function usePlainField(props: ControlProps) {
  const [focused, onFocus, onBlur] = useFocus();
  const { id, label, errors, description, visible, required, enabled, config, uischema } = props;
  const options: PlainFieldOptions = { ...(config as object), ...uischema.options };
  const showDescription = !isDescriptionHidden(visible, description, focused, !!options.showUnfocusedDescription);
  const mark = showAsRequired(!!required, !!options.hideRequiredAsterisk);
  const valid = errors.length === 0;
  const helpId = `${id}-help`;
  const frame: Omit<FieldFrameProps, 'children'> = { id, label, required: mark, errors, description, showDescription, enabled, onFocus, onBlur };
  const aria = {
    id: `${id}-input`,
    disabled: !enabled,
    autoFocus: !!options.focus,
    'aria-invalid': !valid || undefined,
    'aria-required': !!required || undefined,
    'aria-describedby': !valid || (showDescription && description) ? helpId : undefined,
  };
  return { focused, options, frame, aria };
}
