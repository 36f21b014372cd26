import { and, isEnumControl, isOneOfEnumControl, not, optionIs, rankWith, type ControlProps, type EnumOption, type OwnPropsOfEnum, type RankedTester } from '@jsonforms/core';
import { withJsonFormsEnumProps, withJsonFormsOneOfEnumProps } from '@jsonforms/react';
import { useI18n } from '../../../i18n/i18n-context';
import { FieldFrame } from './FieldFrame';
import { usePlainField } from './use-plain-field';

/** The answer a choice of the select stands for: its option's own value, none for 请选择 (''). */
export const answerOfChoice = (options: readonly EnumOption[], choice: string): unknown => (choice === '' ? undefined : options[Number(choice)]?.value);

/** The choice of the select that shows `answer`: its option's position, 请选择 ('') for none. */
export function choiceOfAnswer(options: readonly EnumOption[], answer: unknown): string {
  const at = options.findIndex((o) => o.value === answer);
  return at < 0 ? '' : String(at);
}

/**
 * A field with a fixed list of answers (a grade, an EMR level, `enum` or `oneOf` of constants)
 * as a native `<select>` in a {@link FieldFrame}, where Material drew an Autocomplete (a text box,
 * a popup indicator, a clear button and a listbox, each Emotion-styled). The phone's own picker
 * opens on it; the first choice, 请选择, is no answer (it clears one). Options are told apart by
 * their position, so numeric constants come back as numbers. A choice changes the answer at once,
 * as the Autocomplete did.
 */
export function SelectControl(props: ControlProps & OwnPropsOfEnum) {
  const { data, path, handleChange, options = [], visible } = props;
  const { t } = useI18n();
  const { frame, aria } = usePlainField(props);
  if (!visible) return null;
  return (
    <FieldFrame {...frame}>
      <select {...aria} className="plain-field-input" value={choiceOfAnswer(options, data)} onChange={(ev) => handleChange(path, answerOfChoice(options, ev.target.value))}>
        <option value="">{t('answer.choose')}</option>
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Choices Material draws as radio buttons (its radio-group controls, 20, by the `format` option): the stock set keeps them. */
const radios = optionIs('format', 'radio');
/** `enum` fields, above Material's enum control (2). */
export const enumSelectTester: RankedTester = rankWith(3, and(isEnumControl, not(radios)));
/** `oneOf` constant fields, above Material's one-of enum control (5). */
export const oneOfSelectTester: RankedTester = rankWith(6, and(isOneOfEnumControl, not(radios)));

/** The (tester, renderer) pairs the form pages register. */
export const selectControlEntries = [
  { tester: enumSelectTester, renderer: withJsonFormsEnumProps(SelectControl) },
  { tester: oneOfSelectTester, renderer: withJsonFormsOneOfEnumProps(SelectControl) },
];
