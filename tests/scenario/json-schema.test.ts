import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  additionalProperties?: boolean;
  [key: string]: unknown;
}

const schema = scenarioJsonSchema() as JsonSchema;

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing src/scenario/schema.ts)', () => {
    const committed = readFileSync(`${root}/${SCENARIO_JSON_SCHEMA_FILE}`, 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('is pretty-printed JSON with a trailing newline', () => {
    const text = scenarioJsonSchemaText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "title": "Firedrill scenario",\n');
    expect(JSON.parse(text)).toEqual(schema);
  });

  it('is a draft-07 schema with a title and a description', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Firedrill scenario');
    expect(schema.description).toMatch(/npm run schema/);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes the top-level fields, with what authors must write', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'duration', 'services', 'faults', 'people', 'timeline', 'mitigations', 'truth', 'escalation']),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'services', 'truth']));
    // Fields with defaults may be left out of a file.
    expect(schema.required).not.toContain('timeline');
    expect(schema.properties?.difficulty?.enum).toEqual(['intro', 'standard', 'advanced']);
  });

  it('describes the timeline as a list of injects', () => {
    const timeline = schema.properties?.timeline;
    expect(timeline?.type).toBe('array');
    const inject = timeline?.items;
    const variants = (inject?.anyOf ?? (inject?.oneOf as JsonSchema[] | undefined) ?? []).map((v) => v.properties?.type?.const);
    expect(variants).toEqual(['message', 'fault', 'alert', 'metric-shift']);
  });

  it('describes durations as written in files ("5m" or a number of seconds), not as parsed', () => {
    const duration = schema.properties?.duration;
    expect(duration?.description).toBe('A duration such as "90s", "5m" or "1h30m", or a number of seconds');
    const pattern = new RegExp(String(duration?.anyOf?.find((v) => v.type === 'string')?.pattern));
    for (const ok of ['5m', '90s', '1h30m', '1h30m15s']) expect(ok).toMatch(pattern);
    for (const bad of ['5 minutes', '', '5', 'm']) expect(bad).not.toMatch(pattern);
    expect(duration?.anyOf?.find((v) => v.type === 'integer')?.minimum).toBe(0);
  });

  it('keeps descriptions set in the zod schema', () => {
    const services = schema.properties?.services?.items;
    expect(services?.properties?.userFacing?.description).toMatch(/share of users/);
  });
});
