// The bundled scenarios a facilitator can start a room from, read once from scenarios/*.yaml.
// The server sends a room's scenario text to its clients, so every engine runs the same scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, formatProblem } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';

export interface LoadedScenario {
  scenario: Scenario;
  source: string;
}

export interface ScenarioLibrary {
  byId(id: string): LoadedScenario | undefined;
  ids(): string[];
}

export const BUNDLED_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Every scenario file in a folder; a file that does not parse is reported and left out. */
export function loadScenarios(dir = BUNDLED_SCENARIOS_DIR, warn: (line: string) => void = () => {}): ScenarioLibrary {
  const scenarios = new Map<string, LoadedScenario>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const parsed = parseScenario(source, file);
    if (!parsed.ok) {
      warn(`scenario ${file} left out: ${parsed.errors.map(formatProblem).join('; ')}`);
      continue;
    }
    scenarios.set(parsed.scenario.id, { scenario: parsed.scenario, source });
  }
  return { byId: (id) => scenarios.get(id), ids: () => [...scenarios.keys()] };
}
