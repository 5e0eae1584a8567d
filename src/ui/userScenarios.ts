// Scenario files the player loaded from disk. The text is untrusted: it goes through parseScenario
// (the same door as the bundled files and the CLI) when loaded and again when read back from
// localStorage, and is only ever rendered as text. Kept under a versioned key; a stored value that
// cannot be read is dropped with a visible notice.
import { useSyncExternalStore } from 'react';
import { parseScenario, type ScenarioProblem } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';

export const USER_SCENARIOS_KEY = 'firedrill.userScenarios.v1';
/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Files remembered at most (the oldest goes first). */
export const MAX_USER_FILES = 20;

interface StoredFile {
  file: string;
  text: string;
}

export interface UserScenarios {
  scenarios: Scenario[];
  /** Why something stored was dropped, shown once on the picker. */
  notice: string | null;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; file: string; errors: ScenarioProblem[] };

let stored: StoredFile[] = [];
let snapshot: UserScenarios = { scenarios: [], notice: null };
let loaded = false;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function emit(next: UserScenarios) {
  snapshot = next;
  for (const listener of listeners) listener();
}

function save() {
  try {
    storage()?.setItem(USER_SCENARIOS_KEY, JSON.stringify({ version: 1, files: stored }));
  } catch {
    // full or blocked: the file stays playable for this visit
  }
}

const isStoredFile = (value: unknown): value is StoredFile =>
  typeof value === 'object' && value !== null && typeof (value as StoredFile).file === 'string' && typeof (value as StoredFile).text === 'string';

/** Forgets what was read, so the next read goes back to localStorage (tests; another tab's change). */
export function reloadUserScenarios(): void {
  loaded = false;
  stored = [];
  snapshot = { scenarios: [], notice: null };
}

/** Reads the remembered files once. */
export function readUserScenarios(): UserScenarios {
  if (loaded) return snapshot;
  loaded = true;
  stored = [];
  let notice: string | null = null;
  const raw = storage()?.getItem(USER_SCENARIOS_KEY) ?? null;
  const scenarios: Scenario[] = [];
  if (raw !== null) {
    let files: unknown[] = [];
    try {
      const value = JSON.parse(raw) as { version?: unknown; files?: unknown };
      if (value.version !== 1 || !Array.isArray(value.files)) throw new Error('unknown format');
      files = value.files;
    } catch {
      notice = 'Your saved scenario files could not be read, so they were removed. Load them again to play them.';
      storage()?.removeItem(USER_SCENARIOS_KEY);
    }
    let dropped = 0;
    for (const entry of files) {
      const result = isStoredFile(entry) ? parseScenario(entry.text, entry.file) : null;
      if (!result?.ok || scenarios.some((s) => s.id === result.scenario.id) || !isStoredFile(entry)) {
        dropped++;
        continue;
      }
      stored.push(entry);
      scenarios.push(result.scenario);
    }
    if (dropped > 0) {
      notice = `${dropped === 1 ? 'One saved scenario file' : `${dropped} saved scenario files`} could not be read and ${dropped === 1 ? 'was' : 'were'} removed.`;
      save();
    }
  }
  snapshot = { scenarios, notice };
  return snapshot;
}

/**
 * Parses a file's text and, when it is a valid scenario, remembers it (replacing an earlier file with
 * the same id). `reservedIds` are the bundled drills' ids, which a file may not take.
 */
export function addUserScenario(file: string, text: string, reservedIds: readonly string[]): LoadResult {
  readUserScenarios();
  const result = parseScenario(text, file);
  if (!result.ok) return { ok: false, file, errors: result.errors };
  const { scenario } = result;
  if (reservedIds.includes(scenario.id)) {
    return {
      ok: false,
      file,
      errors: [{ file, line: 1, column: 1, path: 'id', message: `the id "${scenario.id}" is already used by a bundled drill; give your scenario another id` }],
    };
  }
  const keep = snapshot.scenarios.map((s, i) => ({ s, f: stored[i] })).filter(({ s }) => s.id !== scenario.id);
  const next = [...keep, { s: scenario, f: { file, text } }].slice(-MAX_USER_FILES);
  stored = next.flatMap(({ f }) => (f ? [f] : []));
  save();
  emit({ scenarios: next.map(({ s }) => s), notice: snapshot.notice });
  return { ok: true, scenario };
}

export function removeUserScenario(id: string): void {
  readUserScenarios();
  const index = snapshot.scenarios.findIndex((s) => s.id === id);
  if (index < 0) return;
  stored = stored.filter((_, i) => i !== index);
  save();
  emit({ scenarios: snapshot.scenarios.filter((s) => s.id !== id), notice: snapshot.notice });
}

export function dismissUserScenarioNotice(): void {
  emit({ ...snapshot, notice: null });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useUserScenarios(): UserScenarios {
  return useSyncExternalStore(subscribe, () => readUserScenarios());
}
