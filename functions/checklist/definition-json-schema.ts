import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ConditionSchema, CriterionSchema, LocalizedSchema, MatchSchema, TargetSchema,
} from './definition-schema.js';
import { AuthoredDefinitionSchema } from './authored-definition-schema.js';

/** The definition format as JSON Schema (draft 7), for editors and other tools; generated, never hand-edited. */
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(AuthoredDefinitionSchema, {
    errorMode: 'throw',
    definitions: { Localized: LocalizedSchema, Match: MatchSchema, Condition: ConditionSchema, Target: TargetSchema, Criterion: CriterionSchema },
  });
  return {
    ...schema,
    $id: 'https://dabiao.example/schemas/checklist-definition-v1.json',
    title: 'Dabiao checklist definition, format 1',
  };
}
