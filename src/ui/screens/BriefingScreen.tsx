import { useEffect, useId, useRef } from 'react';
import { DEFAULT_DOCTRINE } from '../../doctrine/pack';
import { PLAY_MODES, type PlayMode } from '../../engine/types';
import type { Scenario } from '../../scenario/schema';
import { formatDuration } from '../../scenario/duration';
import { useProgress } from '../../store/progress';
import { DIFFICULTY_TITLES } from '../labels';
import { navigate } from '../route';
import { startSession } from '../session';
import { MODE_TITLES } from './PickerScreen';

/** What each rung of the ladder changes, in the order of the IC training path. */
const MODE_DESCRIPTIONS: Record<PlayMode, string> = {
  shadow: 'Hints on: a line in the war room says the next by-the-book move (you still make it). Starts at 1x.',
  practice: 'The default. No hints; pause and change speed whenever you like.',
  exam: 'No pause, no hints, twice the alert noise.',
};

function Ladder({ scenario, seed, mode }: { scenario: Scenario; seed: number; mode: PlayMode }) {
  const name = useId();
  const ladder = DEFAULT_DOCTRINE.ladder;
  return (
    <fieldset className="ladder">
      <legend>Difficulty</legend>
      <p className="ladder__path">
        The incident-commander training path: shadow the doctrine, practise, then sit the exam (pass mark {ladder.ic}, the doctrine’s IC level).
      </p>
      <div className="ladder__options">
        {PLAY_MODES.map((m) => (
          <label key={m} className={`ladder__option${m === mode ? ' ladder__option--chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={m}
              checked={m === mode}
              onChange={() => navigate({ name: 'brief', id: scenario.id, seed, mode: m }, { replace: true })}
            />
            <span className="ladder__name">{MODE_TITLES[m]}</span>
            <span className="ladder__text">{MODE_DESCRIPTIONS[m]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function BriefingScreen({ scenario, seed, mode = 'practice' }: { scenario: Scenario; seed: number; mode?: PlayMode }) {
  const defaultSpeed = useProgress((s) => s.settings.defaultSpeed);
  const startSpeed = mode === 'shadow' ? 1 : defaultSpeed;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Examples name people from this drill: someone to page, someone already in the channel.
  const pageable = scenario.people.find((p) => !p.present && p.role === 'responder') ?? scenario.people[0];
  const present = scenario.people.find((p) => p.present && (p.role === 'responder' || p.role === 'manager')) ?? pageable;
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <main className="screen briefing" id="main">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
      </nav>
      <article className="briefing__card">
        <p className="eyebrow">
          Briefing · {DIFFICULTY_TITLES[scenario.difficulty]} · {formatDuration(scenario.duration)} · seed {seed} · {MODE_TITLES[mode]}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {scenario.title}
        </h1>
        <p className="briefing__summary">{scenario.summary}</p>
        <dl className="briefing__facts">
          <div>
            <dt>Your role</dt>
            <dd>{scenario.briefing.role}</dd>
          </div>
          <div>
            <dt>Time of day</dt>
            <dd>{scenario.briefing.timeOfDay}</dd>
          </div>
          <div>
            <dt>Situation</dt>
            <dd>{scenario.briefing.situation}</dd>
          </div>
        </dl>
        <section aria-labelledby="controls-title" className="briefing__controls">
          <h2 id="controls-title">Controls</h2>
          <ul>
            <li>
              <kbd>Ctrl</kbd> + <kbd>K</kbd> (or <kbd>⌘</kbd> + <kbd>K</kbd>) opens the actions palette: page people, delegate, mitigate, declare severity, resolve.
            </li>
            <li>
              Type in the channel composer; slash commands: <code>/ic</code>, <code>/sev 2</code>, <code>/page {pageable?.handle ?? 'handle'}</code>, <code>/handoff @{present?.handle ?? 'handle'}</code>,{' '}
              <code>/assign scribe @{present?.handle ?? 'handle'}</code>,{' '}
              <code>/status impact=… next=30m</code>, <code>/thread</code>.
            </li>
            <li>
              {mode === 'exam'
                ? `Game time starts at ${startSpeed}x; change the speed (1x, 2x, 4x or 8x) from the clock. There is no pause in an exam.`
                : `Game time starts at ${startSpeed}x; change the speed (1x, 2x, 4x or 8x), or pause, from the clock.`}
            </li>
            <li>The drill ends when you resolve the incident or the time runs out; then comes the debrief.</li>
          </ul>
        </section>
        <Ladder scenario={scenario} seed={seed} mode={mode} />
        <div className="briefing__buttons">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              startSession(scenario, seed, mode);
              navigate({ name: 'play', id: scenario.id, seed, mode });
            }}
          >
            Start the drill{mode === 'practice' ? '' : ` (${MODE_TITLES[mode]})`}
          </button>
          <a className="button button--quiet" href="#/">
            Pick another drill
          </a>
        </div>
      </article>
    </main>
  );
}
