import { useEffect, useId, useRef } from 'react';
import { DEFAULT_DOCTRINE } from '../../doctrine/pack';
import type { Scenario } from '../../scenario/schema';
import { formatDuration } from '../../scenario/duration';
import { FIRST_DRILL_ID, LEVEL_COACHING, LEVEL_TITLES, modeForLevel, standing, type Level } from '../../store/ladder';
import { allRuns, useProgress } from '../../store/progress';
import { DIFFICULTY_TITLES } from '../labels';
import { atLevel, navigate } from '../route';
import { startSession } from '../session';

/** The training path's four rungs: locked ones are shown with what unlocks them. */
function Ladder({ scenario, seed, level }: { scenario: Scenario; seed: number; level: Level }) {
  const name = useId();
  const runs = useProgress((s) => s.progress);
  const { levels } = standing(allRuns(runs), DEFAULT_DOCTRINE);
  return (
    <fieldset className="ladder">
      <legend>Training level</legend>
      <p className="ladder__path">
        The incident-commander training path: shadow, scribe, deputy, then incident commander. Pass drills at one level (its pass mark, from the doctrine pack) to unlock the next;
        the coach says less at every step.
      </p>
      <div className="ladder__options ladder__options--four">
        {levels.map((rung, index) => {
          const below = levels[index - 1];
          const lockedText = below ? `Locked: pass ${below.toPass} ${below.toPass === 1 ? 'drill' : 'different drills'} at ${LEVEL_TITLES[below.level]} (${below.passed.length} so far).` : '';
          return (
            <label key={rung.level} className={`ladder__option${rung.level === level ? ' ladder__option--chosen' : ''}${rung.unlocked ? '' : ' ladder__option--locked'}`}>
              <input
                type="radio"
                name={name}
                value={rung.level}
                checked={rung.level === level}
                disabled={!rung.unlocked}
                onChange={() => navigate(atLevel({ name: 'brief', id: scenario.id, seed }, rung.level), { replace: true })}
              />
              <span className="ladder__name">
                {LEVEL_TITLES[rung.level]} <span className="ladder__mark">pass mark {rung.passMark}</span>
              </span>
              <span className="ladder__text">{rung.unlocked ? LEVEL_COACHING[rung.level] : lockedText}</span>
            </label>
          );
        })}
      </div>
      {!levels.find((l) => l.level === level)?.unlocked && (
        <p className="ladder__note" role="status">
          You have not unlocked {LEVEL_TITLES[level]} yet. You can still play this drill from the link; the run is recorded at this level.
        </p>
      )}
    </fieldset>
  );
}

export function BriefingScreen({ scenario, seed, level = 'scribe' }: { scenario: Scenario; seed: number; level?: Level }) {
  const mode = modeForLevel(level);
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
          Briefing · {DIFFICULTY_TITLES[scenario.difficulty]} · {formatDuration(scenario.duration)} · seed {seed} · {LEVEL_TITLES[level]}
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
            {level !== 'ic' && (
              <li>
                {level === 'shadow'
                  ? `A coach panel says what is happening and the next by-the-book move; you make every move yourself.${scenario.id === FIRST_DRILL_ID ? ' In this first drill it pauses the clock while it explains.' : ''}`
                  : 'A coach panel reminds you only of timers running out: no commander yet, severity not declared, an update due.'}
              </li>
            )}
            <li>The drill ends when you resolve the incident or the time runs out; then comes the debrief.</li>
          </ul>
        </section>
        <Ladder scenario={scenario} seed={seed} level={level} />
        <div className="briefing__buttons">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              startSession(scenario, seed, mode, level);
              navigate(atLevel({ name: 'play', id: scenario.id, seed }, level));
            }}
          >
            Start the drill ({LEVEL_TITLES[level]})
          </button>
          <a className="button button--quiet" href="#/">
            Pick another drill
          </a>
        </div>
      </article>
    </main>
  );
}
