// A seat played at shadow level in a game day: one line with the coach's next by-the-book move. The
// same advice as the solo coach (no second source), without its pauses: time belongs to the room.
import { useMemo } from 'react';
import { useGameStore } from '../../store';
import { coachAdvice } from '../coach';

export function HintLine() {
  const game = useGameStore((s) => s.game);
  const next = useMemo(() => coachAdvice(game, 'shadow').next, [game]);
  if (!next) return null;
  return (
    <p className="hint" role="status" aria-live="polite" data-testid="hint">
      <span className="hint__label">By the book, next:</span> <span className="hint__text">{next.text}</span>
    </p>
  );
}
