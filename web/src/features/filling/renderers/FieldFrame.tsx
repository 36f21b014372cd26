import type { ReactNode } from 'react';

/** What a plain field shows around its input: the parts of JSON Forms' control props it reads. */
export interface FieldFrameProps {
  /** The control's id; the input inside must carry `${id}-input` (the label points at it). */
  id: string;
  label: string;
  required?: boolean;
  /** JSON Forms' error text for the field (our Chinese or English messages), '' when valid. */
  errors: string;
  description?: string;
  /** Shown only while the field has focus, as Material's input control showed it. */
  showDescription: boolean;
  enabled: boolean;
  onFocus(): void;
  onBlur(): void;
  children: ReactNode;
}

/**
 * A field's label above its input, the required mark, and the help line under it (the error, or
 * the description while focused; unfocused, the description's line stays, unseen, so nothing moves), as plain elements styled by `plain-field.css`: the frame
 * Material's FormControl, InputLabel and FormHelperText drew, without an Emotion-styled element
 * per part (four to six per field on a section's first render).
 */
export function FieldFrame({ id, label, required, errors, description, showDescription, enabled, onFocus, onBlur, children }: FieldFrameProps) {
  const valid = errors.length === 0;
  const help = !valid ? errors : showDescription ? description : undefined;
  return (
    <div className={`plain-field${valid ? '' : ' plain-field-error'}${enabled ? '' : ' plain-field-disabled'}`} id={id} onFocus={onFocus} onBlur={onBlur}>
      <label className="plain-field-label" htmlFor={`${id}-input`}>
        {label}
        {required && <span aria-hidden="true">{'\u2009*'}</span>}
      </label>
      {children}
      {help ? (
        <p id={`${id}-help`} className="plain-field-help">
          {help}
        </p>
      ) : (
        description && (
          // The description keeps its line while the field is not focused, unseen: were it removed on
          // blur, everything below would move up a line between a click's press and its release, and a
          // click on the next field's 是/否 or a button straight after typing would miss.
          <p className="plain-field-help plain-field-help-idle" aria-hidden="true">
            {description}
          </p>
        )
      )}
    </div>
  );
}
