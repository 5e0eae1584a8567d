// Shadow mode: one line saying what the textbook bot (the doctrine as code) would do next, in words.
// It only describes the move; the player still makes it.
import { useMemo } from 'react';
import { textbook } from '../bots/textbook';
import type { Action, GameState } from '../engine';
import { useGameStore } from '../store';
import { actionLabel } from './labels';

const WAITING = 'Nothing needs you yet: watch the alerts and the channel.';

/** The next by-the-book move for this state, as a sentence (exported for tests). */
export function hintFor(game: GameState): string {
  if (game.phase !== 'running') return 'The drill is over.';
  let action: Action | null;
  try {
    action = textbook.play(game);
  } catch {
    return WAITING;
  }
  if (!action || action.type === 'clock/advanced') return WAITING;
  return actionLabel(game, action);
}

export function HintLine() {
  const game = useGameStore((s) => s.game);
  const hint = useMemo(() => hintFor(game), [game]);
  return (
    <p className="hint" role="status" aria-live="polite" data-testid="hint">
      <span className="hint__label">By the book, next:</span> <span className="hint__text">{hint}</span>
    </p>
  );
}
