import { useId, useState } from 'react';
import { DEFAULT_DOCTRINE } from '../../doctrine/pack';
import type { Scenario } from '../../scenario/schema';
import { formatDuration } from '../../scenario/duration';
import { SPEEDS, type Speed } from '../../store/gameStore';
import { LEVEL_TITLES, LEVELS, standing } from '../../store/ladder';
import { allRuns, progressKey, useProgress } from '../../store/progress';
import { DIFFICULTY_TITLES } from '../labels';
import { atLevel, navigate, randomSeed } from '../route';
import { ScenarioLoaderPanel, useScenarioLoader } from '../ScenarioLoader';
import type { ScenarioLibrary } from '../scenarios';
import { dismissUserScenarioNotice, removeUserScenario, useUserScenarios } from '../userScenarios';
import { LadderSteps, NextDrill } from './NextDrill';
import { GameDayEntry } from '../gameday/GameDayEntry';
import { ScenarioProblems } from './ScenarioProblems';
import './picker-extras.css';

export const MODE_TITLES = { shadow: 'Shadow', practice: 'Practice', exam: 'Exam' } as const;

/** "Scribe: best 92 · 3 runs", one line per training level played. */
function CardProgress({ id }: { id: string }) {
  const progress = useProgress((s) => s.progress);
  const lines = LEVELS.flatMap((mode) => {
    const entry = progress[progressKey(id, mode)];
    return entry ? [{ mode, entry }] : [];
  });
  if (lines.length === 0) return <p className="card__progress card__progress--none">Not played yet</p>;
  return (
    <ul className="card__progress" aria-label="Your results">
      {lines.map(({ mode, entry }) => (
        <li key={mode}>
          {LEVEL_TITLES[mode]}: Best {entry.best} · {entry.count === 1 ? '1 run' : `${entry.count} runs`}
        </li>
      ))}
    </ul>
  );
}

function Notices() {
  const progressNotice = useProgress((s) => s.notice);
  const dismissProgress = useProgress((s) => s.dismissNotice);
  const { notice: fileNotice } = useUserScenarios();
  const notices = [
    ...(progressNotice ? [{ text: progressNotice, dismiss: dismissProgress }] : []),
    ...(fileNotice ? [{ text: fileNotice, dismiss: dismissUserScenarioNotice }] : []),
  ];
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.text} className="notice">
          <span>{n.text}</span>
          <button type="button" className="button button--quiet" onClick={n.dismiss}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}

function Settings() {
  const speed = useProgress((s) => s.settings.defaultSpeed);
  const setSpeed = useProgress((s) => s.setDefaultSpeed);
  const speedId = useId();
  const reduced = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <details className="settings">
      <summary>Settings</summary>
      <div className="settings__row">
        <label htmlFor={speedId}>Starting speed (Practice and Exam)</label>
        <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}x
            </option>
          ))}
        </select>
      </div>
      <p className="muted">
        Shadow drills always start at 1x. Motion follows your system’s reduced-motion setting (now {reduced ? 'on: animations are reduced' : 'off'}).
      </p>
    </details>
  );
}

const matchesFilter = (s: Scenario, filter: string) => {
  const text = `${s.title} ${s.summary} ${s.difficulty} ${s.trains.join(' ')}`.toLowerCase();
  return filter
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w));
};

export function PickerScreen({ library }: { library: ScenarioLibrary }) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const shown = library.scenarios.filter((s) => matchesFilter(s, filter));
  const loader = useScenarioLoader(library);
  const yours = new Set(library.yours ?? []);
  const progress = useProgress((s) => s.progress);
  const { current } = standing(allRuns(progress), DEFAULT_DOCTRINE);
  return (
    <main className={`screen picker${loader.dragging ? ' picker--dragging' : ''}`} id="main" {...loader.dropHandlers}>
      <header className="picker__header">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Firedrill
        </p>
        <nav className="picker__nav" aria-label="Training">
          <a href="#/handbook">Handbook</a>
          <a href="#/progress">Your progress</a>
        </nav>
        <h1>Firedrill — incident-response drills</h1>
        <p className="lede">Pick a drill. Alerts fire, teammates talk in the incident channel, and you run the response.</p>
        <div className="picker__filter">
          <label htmlFor={filterId}>Filter drills</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="checkout, intro, signal.cadence…" />
        </div>
        <Settings />
      </header>
      <Notices />
      <section className="onboarding-standing" aria-label="Where you stand">
        <LadderSteps />
        <NextDrill scenarios={library.scenarios} />
      </section>
      <GameDayEntry />
      <ScenarioLoaderPanel loader={loader} />
      <p className="visually-hidden" aria-live="polite">
        {shown.length} of {library.scenarios.length} drills shown
      </p>
      {shown.length === 0 ? (
        <p className="panel__empty">No drill matches “{filter}”.</p>
      ) : (
        <ul className="cards" aria-label="Drills">
          {shown.map((s) => (
            <li key={s.id} className={`card${yours.has(s.id) ? ' card--yours' : ''}`}>
              <article aria-labelledby={`card-${s.id}`}>
                <h2 id={`card-${s.id}`} className="card__title">
                  {s.title}
                </h2>
                <p className="card__facts">
                  <span className={`pill pill--${s.difficulty}`}>{DIFFICULTY_TITLES[s.difficulty]}</span>
                  <span className="pill">{formatDuration(s.duration).replace('m', ' min').replace('h', ' h ')}</span>
                  {yours.has(s.id) && <span className="pill pill--yours">Your file</span>}
                </p>
                <CardProgress id={s.id} />
                <div className="card__summary">
                  <p className="card__summary-text">{s.summary}</p>
                </div>
                {s.trains.length > 0 && (
                  <div className="card__trains">
                    <h3>Trains</h3>
                    <ul>
                      {s.trains.map((rule) => (
                        <li key={rule}>
                          <code>{rule}</code>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <button type="button" className="button button--primary card__go" onClick={() => navigate(atLevel({ name: 'brief', id: s.id, seed: randomSeed() }, current))}>
                  Brief me<span className="visually-hidden">: {s.title}</span>
                </button>
                {yours.has(s.id) && (
                  <button type="button" className="button button--quiet card__forget" onClick={() => removeUserScenario(s.id)}>
                    Forget this file<span className="visually-hidden">: {s.title}</span>
                  </button>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      <ScenarioProblems problems={library.problems} />
    </main>
  );
}
