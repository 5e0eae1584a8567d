// Progress and settings kept across visits: best score and past runs per scenario and training level
// (with each run's tenet scores and broken rules, for the ladder and the report), the trainee's name
// and the default game speed. Saved with zustand `persist` under a versioned key; a save that cannot be read
// (corrupt JSON, a wrong shape, a future version) resets to the defaults and leaves a visible notice.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { DIMENSIONS, type Dimension } from '../doctrine/pack';
import type { PlayMode } from '../engine/types';
import { SPEEDS, type Speed } from './gameStore';
import { LEVELS, levelForMode, type LadderRun, type Level } from './ladder';

export const PROGRESS_KEY = 'firedrill.progress';
export const PROGRESS_VERSION = 2;
/** Past runs kept per scenario and mode (the best score is kept apart and never drops out). */
export const RUNS_KEPT = 20;

export interface RunRecord {
  /** When the debrief was shown (ms since the epoch). */
  at: number;
  seed: number;
  score: number;
  resolved: boolean;
  /** Score per tenet (runs saved before version 2 have none). */
  dimensions?: Partial<Record<Dimension, number>>;
  /** Rule ids broken in the run, once each. */
  broken?: string[];
}

export interface ModeProgress {
  best: number;
  count: number;
  runs: RunRecord[];
}

export interface Settings {
  /** The speed practice and exam drills start at (shadow always starts at 1x). */
  defaultSpeed: Speed;
  /** The trainee's name on the progress report (empty: not given). */
  trainee: string;
}

export interface ProgressData {
  /** Keyed by `<scenario id>:<level>`. */
  progress: Record<string, ModeProgress>;
  settings: Settings;
}

export interface ProgressState extends ProgressData {
  /** Why the save was reset, shown once; not saved. */
  notice: string | null;
  recordRun(run: { scenarioId: string; level: Level; seed: number; score: number; resolved: boolean; at?: number; dimensions?: Partial<Record<Dimension, number>>; broken?: string[] }): void;
  setDefaultSpeed(speed: Speed): void;
  setTrainee(name: string): void;
  dismissNotice(): void;
}

export const progressKey = (scenarioId: string, level: Level) => `${scenarioId}:${level}`;

/** The scenario id and level of a progress key (null for a key of another shape). */
export function parseProgressKey(key: string): { scenarioId: string; level: Level } | null {
  const at = key.lastIndexOf(':');
  const level = LEVELS.find((l) => l === key.slice(at + 1));
  return at > 0 && level ? { scenarioId: key.slice(0, at), level } : null;
}

/** Every saved run with its scenario and level, oldest first (the ladder and the report read these). */
export function allRuns(progress: Record<string, ModeProgress>): (LadderRun & RunRecord)[] {
  const out: (LadderRun & RunRecord)[] = [];
  for (const [key, entry] of Object.entries(progress)) {
    const parsed = parseProgressKey(key);
    if (parsed) for (const run of entry.runs) out.push({ ...run, ...parsed });
  }
  return out.sort((a, b) => a.at - b.at);
}

export const DEFAULT_PROGRESS: ProgressData = { progress: {}, settings: { defaultSpeed: 1, trainee: '' } };

export const CORRUPT_NOTICE = 'Your saved progress could not be read, so it was reset. New runs will be saved as usual.';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Keeps only well-formed entries; returns null when the whole value is not progress data. */
export function restoreProgress(value: unknown): ProgressData | null {
  if (!isRecord(value) || !isRecord(value.progress) || !isRecord(value.settings)) return null;
  const progress: Record<string, ModeProgress> = {};
  for (const [key, entry] of Object.entries(value.progress)) {
    if (!isRecord(entry) || !isScore(entry.best) || !isScore(entry.count) || !Array.isArray(entry.runs)) return null;
    const runs = entry.runs.filter(
      (r): r is RunRecord => isRecord(r) && isScore(r.at) && isScore(r.seed) && isScore(r.score) && typeof r.resolved === 'boolean',
    ).map(restoreRun);
    progress[key] = { best: entry.best, count: Math.max(entry.count, runs.length), runs: runs.slice(-RUNS_KEPT) };
  }
  const speed = value.settings.defaultSpeed;
  const defaultSpeed = SPEEDS.find((s) => s === speed) ?? 1;
  const trainee = typeof value.settings.trainee === 'string' ? value.settings.trainee.slice(0, TRAINEE_MAX) : '';
  return { progress, settings: { defaultSpeed, trainee } };
}

export const TRAINEE_MAX = 80;

/** A run's optional parts, kept only where well formed. */
function restoreRun(run: RunRecord): RunRecord {
  const { at, seed, score, resolved } = run;
  const out: RunRecord = { at, seed, score, resolved };
  if (isRecord(run.dimensions)) {
    const dimensions: Partial<Record<Dimension, number>> = {};
    for (const d of DIMENSIONS) if (isScore(run.dimensions[d])) dimensions[d] = run.dimensions[d];
    out.dimensions = dimensions;
  }
  if (Array.isArray(run.broken)) out.broken = run.broken.filter((r): r is string => typeof r === 'string' && r.length <= 60);
  return out;
}

/** Version 1 kept progress per engine mode; version 2 per training level (practice became scribe). */
function modesToLevels(progress: Record<string, ModeProgress>): Record<string, ModeProgress> {
  const out: Record<string, ModeProgress> = {};
  for (const [key, entry] of Object.entries(progress)) {
    const at = key.lastIndexOf(':');
    const mode = key.slice(at + 1);
    if (at <= 0 || (mode !== 'shadow' && mode !== 'practice' && mode !== 'exam')) continue;
    out[progressKey(key.slice(0, at), levelForMode(mode as PlayMode))] = entry;
  }
  return out;
}

/** Older saves, upgraded step by step. Version 0 (before this format) kept only best scores. */
export function migrateProgress(persisted: unknown, version: number): ProgressData {
  if (version === 0 && isRecord(persisted) && isRecord(persisted.best)) {
    const progress: Record<string, ModeProgress> = {};
    for (const [id, best] of Object.entries(persisted.best)) {
      if (isScore(best)) progress[progressKey(id, levelForMode('practice'))] = { best, count: 1, runs: [] };
    }
    return { progress, settings: { ...DEFAULT_PROGRESS.settings } };
  }
  const restored = restoreProgress(persisted);
  if (!restored) throw new Error(`saved progress version ${version} has an unknown shape`);
  return version === 1 ? { ...restored, progress: modesToLevels(restored.progress) } : restored;
}

/** localStorage through JSON; a value that cannot be read is removed and remembered as a notice. */
function safeStorage(onCorrupt: () => void): PersistStorage<ProgressData> {
  const storage = (): Storage | null => {
    try {
      return typeof window === 'undefined' ? null : window.localStorage;
    } catch {
      return null; // storage blocked by the browser: play on without saving
    }
  };
  return {
    getItem(name) {
      const raw = storage()?.getItem(name) ?? null;
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as unknown;
        if (!isRecord(value) || typeof value.version !== 'number' || value.version > PROGRESS_VERSION || !isRecord(value.state)) throw new Error('bad save');
        // The current version is checked here; older ones go through migrate.
        if (value.version === PROGRESS_VERSION && !restoreProgress(value.state)) throw new Error('bad save');
        return value as unknown as StorageValue<ProgressData>;
      } catch {
        storage()?.removeItem(name);
        onCorrupt();
        return null;
      }
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // full or blocked: progress stays in memory for this visit
      }
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}

export function createProgressStore() {
  // Reading the save is synchronous (localStorage), so any notice is known when the store is made.
  const notices: string[] = [];
  const store = createStore<ProgressState>()(
    persist(
      (set) => ({
        ...DEFAULT_PROGRESS,
        notice: null,
        recordRun: ({ scenarioId, level, seed, score, resolved, at = Date.now(), dimensions, broken }) =>
          set((state) => {
            const key = progressKey(scenarioId, level);
            const before = state.progress[key];
            const run: RunRecord = { at, seed, score, resolved, ...(dimensions ? { dimensions } : {}), ...(broken ? { broken } : {}) };
            const entry: ModeProgress = {
              best: before ? Math.max(before.best, score) : score,
              count: (before?.count ?? 0) + 1,
              runs: [...(before?.runs ?? []), run].slice(-RUNS_KEPT),
            };
            return { progress: { ...state.progress, [key]: entry } };
          }),
        setDefaultSpeed: (speed) => set((state) => ({ settings: { ...state.settings, defaultSpeed: speed } })),
        setTrainee: (name) => set((state) => ({ settings: { ...state.settings, trainee: name.slice(0, TRAINEE_MAX) } })),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: safeStorage(() => notices.push(CORRUPT_NOTICE)),
        partialize: (state): ProgressData => ({ progress: state.progress, settings: state.settings }),
        migrate: (persisted, version) => {
          try {
            return migrateProgress(persisted, version);
          } catch {
            notices.push(CORRUPT_NOTICE);
            return { ...DEFAULT_PROGRESS };
          }
        },
      },
    ),
  );
  if (notices.length > 0) store.setState({ notice: notices[0] ?? null });
  return store;
}

export const progressStore = createProgressStore();

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector);
}

/** Games already recorded, so a debrief shown twice (a re-render, Strict Mode) counts once. */
const recorded = new WeakSet<object>();

export function recordRunOnce(
  game: { scenario: { id: string }; mode: PlayMode; seed: number },
  score: number,
  resolved: boolean,
  details: { level?: Level; dimensions?: Partial<Record<Dimension, number>>; broken?: string[] } = {},
): void {
  if (recorded.has(game)) return;
  recorded.add(game);
  const { level = levelForMode(game.mode), dimensions, broken } = details;
  progressStore.getState().recordRun({ scenarioId: game.scenario.id, level, seed: game.seed, score, resolved, ...(dimensions ? { dimensions } : {}), ...(broken ? { broken } : {}) });
}
