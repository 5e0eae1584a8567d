import { useEffect, useRef } from 'react';
import type { Scenario } from '../../scenario/schema';
import { formatDuration } from '../../scenario/duration';
import { DIFFICULTY_TITLES } from '../labels';
import { navigate } from '../route';
import { startSession } from '../session';

export function BriefingScreen({ scenario, seed }: { scenario: Scenario; seed: number }) {
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
          Briefing · {DIFFICULTY_TITLES[scenario.difficulty]} · {formatDuration(scenario.duration)} · seed {seed}
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
            <li>Game time runs at 1x; speed it up to 2x, 4x or 8x, or pause, from the clock.</li>
            <li>The drill ends when you resolve the incident or the time runs out; then comes the debrief.</li>
          </ul>
        </section>
        <div className="briefing__buttons">
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              startSession(scenario, seed);
              navigate({ name: 'play', id: scenario.id, seed });
            }}
          >
            Start the drill
          </button>
          <a className="button button--quiet" href="#/">
            Pick another drill
          </a>
        </div>
      </article>
    </main>
  );
}
