// The training levels and their engine modes, with no other imports: the shell's router reads them,
// and the first-load chunk must not pull in the engine or the scorer (see src/ui/App.tsx).
import type { PlayMode } from '../engine/types';

export const LEVELS = ['shadow', 'scribe', 'deputy', 'ic'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_TITLES: Record<Level, string> = { shadow: 'Shadow', scribe: 'Scribe', deputy: 'Deputy', ic: 'Incident commander' };

const MODE_OF_LEVEL: Record<Level, PlayMode> = { shadow: 'shadow', scribe: 'practice', deputy: 'practice', ic: 'exam' };

export const modeForLevel = (level: Level): PlayMode => MODE_OF_LEVEL[level];

/** The level an engine mode stands for in old links and saves (practice was the first hint-free rung). */
export const levelForMode = (mode: PlayMode): Level => (mode === 'shadow' ? 'shadow' : mode === 'exam' ? 'ic' : 'scribe');

export const levelBelow = (level: Level): Level | null => LEVELS[LEVELS.indexOf(level) - 1] ?? null;
export const levelAbove = (level: Level): Level | null => LEVELS[LEVELS.indexOf(level) + 1] ?? null;

