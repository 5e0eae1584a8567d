// The bundled scenarios: loaded lazily (each YAML file is its own chunk) and parsed in the browser
// through the same door as the CLI. A file that does not parse becomes a readable problem list.
import { useEffect, useMemo, useState } from 'react';
import { parseScenario, type ScenarioProblem } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { useUserScenarios } from './userScenarios';

const FILES = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: false });

export interface ScenarioLibrary {
  scenarios: Scenario[];
  problems: { file: string; errors: ScenarioProblem[] }[];
  /** Ids of the scenarios loaded by the player from their own files (listed after the bundled ones). */
  yours?: string[];
}

/** The bundled drills followed by the player's own files (a file never shadows a bundled id). */
export function withUserScenarios(library: ScenarioLibrary, user: readonly Scenario[]): ScenarioLibrary {
  const bundled = new Set(library.scenarios.map((s) => s.id));
  const own = user.filter((s) => !bundled.has(s.id));
  if (own.length === 0) return library;
  return { ...library, scenarios: [...library.scenarios, ...own], yours: own.map((s) => s.id) };
}

export type LibraryState = { status: 'loading' } | { status: 'ready'; library: ScenarioLibrary } | { status: 'failed'; message: string };

const DIFFICULTY_ORDER = { intro: 0, standard: 1, advanced: 2 } as const;

export async function loadLibrary(files: Record<string, () => Promise<string>> = FILES): Promise<ScenarioLibrary> {
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
  const texts = await Promise.all(entries.map(async ([path, load]) => ({ file: path.replace(/^\//, ''), text: await load() })));
  const scenarios: Scenario[] = [];
  const problems: ScenarioLibrary['problems'] = [];
  for (const [index, { file, text }] of texts.entries()) {
    // Parsing is tens of milliseconds a file: yield between files so the page never freezes.
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const result = parseScenario(text, file);
    if (!result.ok) problems.push({ file, errors: result.errors });
    else if (scenarios.some((s) => s.id === result.scenario.id)) {
      problems.push({ file, errors: [{ file, line: 1, column: 1, path: 'id', message: `the id "${result.scenario.id}" is already used by another scenario` }] });
    } else scenarios.push(result.scenario);
  }
  scenarios.sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title));
  return { scenarios, problems };
}

let cached: Promise<ScenarioLibrary> | null = null;

export function libraryPromise(): Promise<ScenarioLibrary> {
  cached ??= loadLibrary();
  return cached;
}

export function useLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const user = useUserScenarios();
  useEffect(() => {
    let live = true;
    libraryPromise().then(
      (library) => live && setState({ status: 'ready', library }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (state.status === 'ready' ? { status: 'ready', library: withUserScenarios(state.library, user.scenarios) } : state), [state, user]);
}
