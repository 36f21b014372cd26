import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ConditionSchema, CriterionSchema, LocalizedSchema, MatchSchema, TargetSchema,
} from './definition-schema.js';
import { AuthoredDefinitionSchema } from './authored-definition-schema.js';
import { TARGET_SHAPES } from './target-shapes.js';

const capitalized = (kind: string) => kind[0]!.toUpperCase() + kind.slice(1);

/**
 * Targets as a variant on the criterion's kind, for editors: one definition per kind's target
 * (with what it needs and an example) and an if/then per kind on the criterion.
 */
function withTargetsByKind(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = { ...(schema.$defs as Record<string, Record<string, unknown>>) };
  const variants = Object.entries(TARGET_SHAPES).map(([kind, shape]) => {
    const name = `${capitalized(kind)}CriterionTarget`;
    const { $schema: _drop, ...target } = toJsonSchema(shape.schema, { errorMode: 'throw' }) as Record<string, unknown>;
    defs[name] = { ...target, description: `The target of a ${kind} criterion: ${shape.needs.en}`, examples: [JSON.parse(shape.example)] };
    const ref = { $ref: `#/$defs/${name}` };
    return {
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { properties: { target: ref, targets: { items: { properties: { target: ref } } } } },
    };
  });
  defs.Criterion = { ...defs.Criterion, allOf: variants };
  return { ...schema, $defs: defs };
}

/** The definition format as JSON Schema (draft 7), for editors and other tools; generated, never hand-edited. */
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(AuthoredDefinitionSchema, {
    errorMode: 'throw',
    definitions: { Localized: LocalizedSchema, Match: MatchSchema, Condition: ConditionSchema, Target: TargetSchema, Criterion: CriterionSchema },
  });
  return {
    ...withTargetsByKind(schema as Record<string, unknown>),
    $id: 'https://dabiao.example/schemas/checklist-definition-v1.json',
    title: 'Dabiao checklist definition, format 1',
  };
}
