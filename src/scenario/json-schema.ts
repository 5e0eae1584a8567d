// The scenario format as JSON Schema, for editors: scenario files start with
// `# yaml-language-server: $schema=./scenario.schema.json`. `npm run schema` writes
// scenarios/scenario.schema.json from this; a test keeps the committed file in step with the zod schema.
import { z } from 'zod';
import { scenarioSchema } from './schema';

export const SCENARIO_JSON_SCHEMA_FILE = 'scenarios/scenario.schema.json';

/** JSON Schema (draft-07, which YAML editors support best) for what authors write in a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  // io: 'input' describes the file as written (durations as "5m", defaults optional), not the parsed result.
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-07' });
  return {
    $schema,
    title: 'Firedrill scenario',
    description:
      'An incident drill for Firedrill: services, faults, alerts, people, timeline and the hidden truth. ' +
      'Generated from src/scenario/schema.ts by `npm run schema`; do not edit by hand. ' +
      'Cross-references (service, fault and person ids) and times are checked by the game, not by this schema.',
    ...rest,
  };
}

/** The file's exact text: two-space indentation and a trailing newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
