import { formatClock } from '../../engine';
import { SPEEDS, useGameStore, useGameStoreShallow } from '../../store';

/** "15:40" + game seconds -> the time of day in the drill's world. */
export function timeOfDay(start: string, seconds: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const total = (h * 60 + m + Math.floor(seconds / 60)) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** `controls={false}` shows the speed without the buttons (a game day's seats: the facilitator sets the pace). */
export function ClockPanel({ controls = true }: { controls?: boolean }) {
  const { time, firstPageAt, startsAt, duration, phase } = useGameStoreShallow((s) => ({
    time: s.game.time,
    firstPageAt: s.game.firstPageAt,
    startsAt: s.game.scenario.briefing.timeOfDay,
    duration: s.game.scenario.duration,
    phase: s.game.phase,
  }));
  const speed = useGameStore((s) => s.speed);
  const paused = useGameStore((s) => s.paused);
  const mode = useGameStore((s) => s.game.mode);
  const setSpeed = useGameStore((s) => s.setSpeed);
  const setPaused = useGameStore((s) => s.setPaused);
  return (
    <section className="panel clock" aria-labelledby="clock-title">
      <h2 id="clock-title" className="visually-hidden">
        Clock
      </h2>
      <dl className="clock__readouts">
        <div>
          <dt>Game time</dt>
          <dd className="clock__big" data-testid="game-time">
            {formatClock(time)}
          </dd>
        </div>
        <div>
          <dt>Local time</dt>
          <dd>{timeOfDay(startsAt, time)}</dd>
        </div>
        <div>
          <dt>Since first page</dt>
          <dd>{firstPageAt === null ? 'no page yet' : formatClock(time - firstPageAt)}</dd>
        </div>
        <div>
          <dt>Drill ends in</dt>
          <dd>{formatClock(Math.max(0, duration - time))}</dd>
        </div>
      </dl>
      {!controls && (
        <p className="clock__pace">
          {phase !== 'running' ? 'Drill over' : paused ? 'Paused by the facilitator' : `Running at ${speed}x`}
        </p>
      )}
      {controls && (
      <div className="clock__controls" role="group" aria-label="Game speed">
        {SPEEDS.map((s) => (
          <button key={s} type="button" className="chip" aria-pressed={!paused && speed === s} onClick={() => setSpeed(s)} disabled={phase !== 'running'}>
            {s}x
          </button>
        ))}
        {/* Exam drills run without a pause, like the real thing. */}
        {mode !== 'exam' && (
          <button type="button" className="chip chip--pause" aria-pressed={paused} onClick={() => setPaused(!paused)} disabled={phase !== 'running'}>
            {paused ? 'Resume' : 'Pause'}
          </button>
        )}
      </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {paused ? 'Paused' : `Running at ${speed}x`}
      </p>
    </section>
  );
}
