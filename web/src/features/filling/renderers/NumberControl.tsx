import { and, isIntegerControl, isNumberControl, isRangeControl, not, or, rankWith, schemaMatches, type ControlProps, type RankedTester } from '@jsonforms/core';
import { withJsonFormsControlProps } from '@jsonforms/react';
import type { ChangeEvent } from 'react';
import { FieldFrame } from './FieldFrame';
import { useDebouncedChange } from './use-debounced-change';
import { usePlainField } from './use-plain-field';

const toInteger = (ev: ChangeEvent<HTMLInputElement>) => (ev.target.value === '' ? undefined : parseInt(ev.target.value, 10));
const toNumber = (ev: ChangeEvent<HTMLInputElement>) => (ev.target.value === '' ? undefined : parseFloat(ev.target.value));

/**
 * A number or integer field as a plain `<input type="number">` in a {@link FieldFrame}: the
 * commonest field after yes/no (216 of 493, counts of beds, rates, shares). It changes the answer
 * as Material's number control did: 300 ms after the last keystroke, at once on leaving the field,
 * an empty box is no answer, integers parsed as integers. The schema's bounds become the input's
 * `min`/`max` (the arrow keys stop there); `step` is the schema's `multipleOf`, else 1 for an
 * integer and "any" for a number (Material's 0.1 flagged 35.25 as out of step), and the phone
 * shows the keypad that fits.
 */
export function NumberControl(props: ControlProps) {
  const { data, path, handleChange, schema, visible } = props;
  const integer = schema.type === 'integer';
  const { focused, frame, aria } = usePlainField(props);
  const [value, onChange] = useDebouncedChange(handleChange, '', data, path, integer ? toInteger : toNumber, focused);
  if (!visible) return null;
  return (
    <FieldFrame {...frame}>
      <input
        {...aria}
        className="plain-field-input"
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={schema.minimum}
        max={schema.maximum}
        step={schema.multipleOf ?? (integer ? 1 : 'any')}
        value={value as string | number}
        onChange={onChange}
        // A focused number box steps its value on the mouse wheel: scrolling the page past it
        // turned 30 beds into 29 and saved it. Leaving the field first lets the wheel scroll.
        onWheel={(e) => e.currentTarget === document.activeElement && e.currentTarget.blur()}
      />
    </FieldFrame>
  );
}

/**
 * Number and integer fields, above Material's controls for them (2). Not a slider's (Material's
 * slider, 4) nor a combinator's (`oneOf` of schemas, Material's, 3): those need the stock set.
 */
export const numberControlTester: RankedTester = rankWith(
  3,
  and(
    or(isNumberControl, isIntegerControl),
    not(isRangeControl),
    schemaMatches((s) => s.oneOf === undefined && s.anyOf === undefined && s.allOf === undefined),
  ),
);

/** The (tester, renderer) pair the form pages register. */
export const numberControlEntry = { tester: numberControlTester, renderer: withJsonFormsControlProps(NumberControl) };
