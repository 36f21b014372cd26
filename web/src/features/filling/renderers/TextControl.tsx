import { and, isStringControl, rankWith, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ChangeEvent } from 'react';
import { FieldFrame } from './FieldFrame';
import { useDebouncedChange } from './use-debounced-change';
import { usePlainField } from './use-plain-field';

const toText = (ev: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => (ev.target.value === '' ? undefined : ev.target.value);

/**
 * A free-text field as a plain `<input>` (a `<textarea>` with the `multi` option) in a
 * {@link FieldFrame}, changing the answer as Material's text control did: 300 ms after the last
 * keystroke, at once on leaving the field, an empty box is no answer; `restrict` caps the length
 * at the schema's `maxLength`.
 */
export function TextControl(props: ControlProps) {
  const { data, path, handleChange, schema, visible } = props;
  const { focused, options, frame, aria } = usePlainField(props);
  const [value, onChange] = useDebouncedChange(handleChange, '', data, path, toText, focused);
  if (!visible) return null;
  const maxLength = options.restrict ? schema.maxLength : undefined;
  return (
    <FieldFrame {...frame}>
      {options.multi ? (
        <textarea {...aria} className="plain-field-input" rows={3} maxLength={maxLength} value={value as string} onChange={onChange} />
      ) : (
        <input {...aria} className="plain-field-input" type="text" maxLength={maxLength} value={value as string} onChange={onChange} />
      )}
    </FieldFrame>
  );
}

/**
 * Plain strings only, above Material's text control (1): a string with a format (a date, a time:
 * the native control's, 2), with choices (the select's) or a combinator (Material's) is not free text.
 */
export const textControlTester: RankedTester = rankWith(2, and(isStringControl, schemaMatches((s) => s.format === undefined && s.enum === undefined && s.oneOf === undefined && s.anyOf === undefined && s.allOf === undefined && s.const === undefined)));

/** The (tester, renderer) pair the form pages register. */
export const textControlEntry = { tester: textControlTester, renderer: withJsonFormsControlProps(TextControl) };
