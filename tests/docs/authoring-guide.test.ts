// docs/authoring-scenarios.md: its full example, typed in as written, must validate and lint clean,
// and the guide must explain every field of the format.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { lintSource } from '../../src/cli/lint-play';
import { formatProblem, parseScenario } from '../../src/scenario/parse';
import { scenarioSchema } from '../../src/scenario/schema';

const GUIDE_PATH = fileURLToPath(new URL('../../docs/authoring-scenarios.md', import.meta.url));
const guide = readFileSync(GUIDE_PATH, 'utf8');

/** The bodies of the ```yaml fenced blocks, in order. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** Every field name the schema knows, at any depth (through lists, optional values, defaults and unions). */
function fieldNames(schema: z.core.$ZodType, into = new Set<string>()): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) {
        into.add(key);
        fieldNames(value, into);
      }
      break;
    case 'array':
      fieldNames(def.element as z.core.$ZodType, into);
      break;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      fieldNames(def.innerType as z.core.$ZodType, into);
      break;
    case 'pipe':
      fieldNames(def.in as z.core.$ZodType, into);
      break;
    case 'union':
      for (const option of def.options as z.core.$ZodType[]) fieldNames(option, into);
      break;
  }
  return into;
}

describe('docs/authoring-scenarios.md', () => {
  it('has its full example in exactly one ```yaml block', () => {
    expect(yamlBlocks(guide)).toHaveLength(1);
  });

  it("The authoring guide's example, typed in as written, validates", () => {
    const [example] = yamlBlocks(guide);
    const result = parseScenario(example!, 'scenarios/waf-regex-cpu.yaml');
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
  });

  it("The authoring guide's example, typed in as written, lints clean", () => {
    const [example] = yamlBlocks(guide);
    expect(lintSource(example!, 'scenarios/waf-regex-cpu.yaml').map(formatProblem)).toEqual([]);
  }, 30_000);

  it('names every field of the format', () => {
    const missing = [...fieldNames(scenarioSchema)].filter((field) => !guide.includes(`\`${field}\``));
    expect(missing).toEqual([]);
  });

  it('names every noise kind and condition kind, and the commands to test a scenario', () => {
    for (const kind of ['flapping', 'duplicate', 'unrelated', 'storm', 'notification']) expect(guide).toContain(`| \`${kind}\` |`);
    for (const kind of ['no-commander', 'no-stakeholder-update', 'not-mitigated', 'no-severity', 'mitigation-applied', 'person-paged']) expect(guide).toContain(`| \`${kind}\` |`);
    for (const command of ['drill -- new', 'drill -- validate', 'drill -- lint', '--bot textbook', '--bot hero', 'npm run --silent bot-matrix -- ']) expect(guide).toContain(command);
  });
});
