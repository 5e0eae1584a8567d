import { useEffect, useRef, useState } from 'react';
import { SPEEDS, type Speed } from '../../../store';
import type { RoomSummary } from '../../../store/gameDayPort';
import { StatusLine, useCommand } from './useCommand';

/** Start, pause and resume (no pause in exam mode), speed, and ending the game (asks first). */
export function ControlsPanel({ room }: { room: RoomSummary }) {
  const { run, status, busy } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const running = room.phase === 'running';
  const exam = room.mode === 'exam';
  const speedsRef = useRef<HTMLDivElement>(null);
  // Start disappears once the clock runs: keyboard focus moves on to the speed buttons, not the page.
  useEffect(() => {
    if (running && document.activeElement === document.body) speedsRef.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  }, [running]);
  return (
    <section className="panel gd-controls" aria-labelledby="gd-controls-title">
      <header className="panel__header">
        <h2 id="gd-controls-title">Game</h2>
        <span className="panel__meta">{room.phase === 'lobby' ? 'Not started' : room.phase === 'ended' ? 'Ended' : room.paused ? 'Paused' : `Running at ${room.speed}x`}</span>
      </header>
      {room.phase === 'lobby' && (
        <button type="button" className="button button--primary button--large" disabled={busy} onClick={() => void run({ type: 'start' }, 'The clock is running.')}>
          Start the drill
        </button>
      )}
      {running && (
        <>
          <div ref={speedsRef} className="gd-controls__row" role="group" aria-label="Speed">
            {SPEEDS.map((speed: Speed) => (
              <button key={speed} type="button" className="chip" aria-pressed={room.speed === speed} disabled={busy} onClick={() => void run({ type: 'speed', speed }, `Speed ${speed}x.`)}>
                {speed}x
              </button>
            ))}
            {exam ? (
              <span className="gd-controls__note">Exam mode: no pause.</span>
            ) : (
              <button
                type="button"
                className="chip chip--pause"
                aria-pressed={room.paused}
                disabled={busy}
                onClick={() => void run({ type: room.paused ? 'resume' : 'pause' }, room.paused ? 'Resumed.' : 'Paused for everyone.')}
              >
                {room.paused ? 'Resume' : 'Pause'}
              </button>
            )}
          </div>
          {confirming ? (
            <div className="gd-confirm" role="group" aria-labelledby="gd-end-question">
              <p id="gd-end-question" className="gd-confirm__question">
                End the game now for everyone and show the debrief?
              </p>
              <div className="gd-buttons">
                <button
                  ref={cancelRef}
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    endRef.current?.focus();
                  }}
                >
                  Keep playing
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(false);
                    void run({ type: 'end' }, 'Game over: everybody sees the debrief.');
                  }}
                >
                  End and show the debrief
                </button>
              </div>
            </div>
          ) : (
            <button ref={endRef} type="button" className="button button--quiet gd-controls__end" onClick={() => setConfirming(true)}>
              End the game…
            </button>
          )}
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}
