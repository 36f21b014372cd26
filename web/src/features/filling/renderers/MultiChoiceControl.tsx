import { and, hasType, rankWith, resolveSchema, schemaMatches, schemaSubPathMatches, uiTypeIs, type ControlProps, type DispatchPropsOfMultiEnumControl, type JsonSchema, type OwnPropsOfEnum, type RankedTester } from '@jsonforms/core';
import { withJsonFormsMultiEnumProps } from '@jsonforms/react';
import './multi-choice.css';

/**
 * A "tick all that apply" field (an array of distinct constants: 开展的服务, 建成的中心) as a
 * fieldset of native checkboxes, one per choice, where Material drew a FormGroup of MUI
 * Checkboxes (a SwitchBase, a ripple and two styled icons each). 53 fields of the checklists are
 * such lists. Ticking adds the choice to the answer, unticking removes it; the legend names the
 * field, the help line under it shows the error, or the description.
 */
export function MultiChoiceControl({ id, label, data, options = [], path, addItem, removeItem, errors, description, visible, enabled, required }: ControlProps & OwnPropsOfEnum & DispatchPropsOfMultiEnumControl) {
  if (!visible) return null;
  const valid = errors.length === 0;
  const chosen = Array.isArray(data) ? (data as unknown[]) : [];
  const helpId = `${id}-help`;
  return (
    <fieldset className="multi-choice" id={id} aria-describedby={!valid || description ? helpId : undefined} aria-invalid={!valid || undefined}>
      <legend className={`multi-choice-legend${valid ? '' : ' multi-choice-error'}`}>
        {label}
        {required && <span aria-hidden="true">{'\u2009*'}</span>}
      </legend>
      <div className="multi-choice-options">
        {options.map((o, i) => (
          <label key={i} className={`multi-choice-option${enabled ? '' : ' multi-choice-disabled'}`}>
            <input type="checkbox" disabled={!enabled} checked={chosen.includes(o.value)} onChange={(ev) => (ev.target.checked ? addItem(path, o.value) : removeItem?.(path, o.value))} />
            {o.label}
          </label>
        ))}
      </div>
      {(!valid || description) && (
        <p id={helpId} className={`multi-choice-help${valid ? '' : ' multi-choice-error'}`}>
          {valid ? description : errors}
        </p>
      )}
    </fieldset>
  );
}

const constantsOnly = (s: JsonSchema) => (s.oneOf !== undefined && s.oneOf.length > 0 && s.oneOf.every((e) => e.const !== undefined)) || (s.type === 'string' && s.enum !== undefined);

/**
 * Arrays of distinct constants (`uniqueItems`, items an `enum` or a `oneOf` of `const`s): the
 * fields Material's enum-array renderer (5) takes, ranked above it.
 */
export const multiChoiceTester: RankedTester = rankWith(
  6,
  and(
    uiTypeIs('Control'),
    schemaMatches((s) => hasType(s, 'array') && !Array.isArray(s.items) && s.uniqueItems === true),
    schemaSubPathMatches('items', (s, root) => constantsOnly((s.$ref ? resolveSchema(root, s.$ref, root) : s) ?? s)),
  ),
);

/** The (tester, renderer) pair the form pages register. */
export const multiChoiceEntry = { tester: multiChoiceTester, renderer: withJsonFormsMultiEnumProps(MultiChoiceControl) };
