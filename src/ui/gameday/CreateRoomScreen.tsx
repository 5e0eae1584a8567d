import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PLAY_MODES, type PlayMode } from '../../engine/types';
import { formatDuration } from '../../scenario/duration';
import { DIFFICULTY_TITLES } from '../labels';
import { navigate, randomSeed } from '../route';
import type { ScenarioLibrary } from '../scenarios';
import { MODE_TITLES } from '../screens/PickerScreen';
import { saveIdentity } from './identity';
import { useGameDay } from './useGameDay';

const MODE_NOTES: Record<PlayMode, string> = {
  shadow: 'Each seat sees a by-the-book hint line. Good for a first game day.',
  practice: 'No hints; you can pause to talk things through.',
  exam: 'No pause and twice the alert noise, like the real thing.',
};

/** The facilitator's first step: a scenario, a mode and a seed make a room with a join code. */
export function CreateRoomScreen({ library }: { library: ScenarioLibrary }) {
  const { port } = useGameDay();
  // The server runs the bundled drills: a file loaded in this browser only is not offered.
  const yours = new Set(library.yours ?? []);
  const scenarios = library.scenarios.filter((s) => !yours.has(s.id));
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [mode, setMode] = useState<PlayMode>('practice');
  const [seed, setSeed] = useState(() => String(randomSeed()));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { scenario: useId(), seed: useId(), mode: useId(), problem: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const chosen = scenarios.find((s) => s.id === scenarioId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{1,9}$/.test(seed.trim())) {
      setProblem('The seed must be a whole number (up to nine digits).');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const created = await port.createRoom({ scenarioId, mode, seed: Number(seed.trim()) });
      saveIdentity({ code: created.code, role: 'facilitator', name: 'Facilitator', token: created.token });
      navigate({ name: 'gameday-room', code: created.code });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <div className="screen gd-form-screen">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
      </nav>
      <form className="gd-card" onSubmit={(e) => void submit(e)} aria-labelledby="gd-create-title" aria-describedby={problem ? ids.problem : undefined}>
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Game day · facilitator
        </p>
        <h1 id="gd-create-title" ref={headingRef} tabIndex={-1}>
          Run a game day
        </h1>
        <p className="lede">Pick the drill. You get a join code for the team and a private console to steer the game; bots play the seats nobody takes.</p>
        <div className="gd-field">
          <label htmlFor={ids.scenario}>Scenario</label>
          <select id={ids.scenario} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} required>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({DIFFICULTY_TITLES[s.difficulty]}, {formatDuration(s.duration)})
              </option>
            ))}
          </select>
          {chosen && <p className="gd-field__note">{chosen.summary}</p>}
        </div>
        <fieldset className="gd-field gd-modes">
          <legend>Mode</legend>
          {PLAY_MODES.map((m) => (
            <label key={m} className={`gd-mode${m === mode ? ' gd-mode--chosen' : ''}`}>
              <input type="radio" name={ids.mode} value={m} checked={m === mode} onChange={() => setMode(m)} />
              <span className="gd-mode__name">{MODE_TITLES[m]}</span>
              <span className="gd-mode__text">{MODE_NOTES[m]}</span>
            </label>
          ))}
        </fieldset>
        <div className="gd-field gd-field--inline">
          <label htmlFor={ids.seed}>Seed</label>
          <input id={ids.seed} inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} aria-describedby={`${ids.seed}-note`} />
          <button type="button" className="button button--quiet" onClick={() => setSeed(String(randomSeed()))}>
            New seed
          </button>
          <p id={`${ids.seed}-note`} className="gd-field__note">
            The same scenario and seed replay the same incident, so two teams can compare.
          </p>
        </div>
        {problem && (
          <p id={ids.problem} className="gd-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="gd-buttons">
          <button type="submit" className="button button--primary button--large" disabled={busy || !chosen}>
            {busy ? 'Creating the room…' : 'Create the room'}
          </button>
        </div>
      </form>
    </div>
  );
}
