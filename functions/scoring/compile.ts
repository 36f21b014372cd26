import { analyzeDefinition } from '../checklist/validate-definition.js';
import { assembleCompiled, type CompiledChecklist } from './assemble-compiled.js';
import { InvalidDefinitionError } from './errors.js';

export type { CompiledChecklist };

/**
 * Validates and compiles a definition (throws `InvalidDefinitionError` listing every problem).
 * Compile once per definition version and reuse: scoring then does no schema work.
 */
export function compileChecklist(input: unknown): CompiledChecklist {
  const analysis = analyzeDefinition(input);
  if (!analysis.ok) throw new InvalidDefinitionError(analysis.issues);
  return assembleCompiled(analysis.definition, analysis.fields, analysis.answerValidator, analysis.warnings);
}
