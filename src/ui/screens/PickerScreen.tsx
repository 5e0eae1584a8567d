import { useId, useState } from 'react';
import type { Scenario } from '../../scenario/schema';
import { formatDuration } from '../../scenario/duration';
import { DIFFICULTY_TITLES } from '../labels';
import { navigate, randomSeed } from '../route';
import type { ScenarioLibrary } from '../scenarios';
import { ScenarioProblems } from './ScenarioProblems';

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
  return (
    <main className="screen picker" id="main">
      <header className="picker__header">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Firedrill
        </p>
        <h1>Firedrill — incident-response drills</h1>
        <p className="lede">Pick a drill. Alerts fire, teammates talk in the incident channel, and you run the response.</p>
        <div className="picker__filter">
          <label htmlFor={filterId}>Filter drills</label>
          <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="checkout, intro, signal.cadence…" />
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite">
        {shown.length} of {library.scenarios.length} drills shown
      </p>
      {shown.length === 0 ? (
        <p className="panel__empty">No drill matches “{filter}”.</p>
      ) : (
        <ul className="cards" aria-label="Drills">
          {shown.map((s) => (
            <li key={s.id} className="card">
              <article aria-labelledby={`card-${s.id}`}>
                <h2 id={`card-${s.id}`} className="card__title">
                  {s.title}
                </h2>
                <p className="card__facts">
                  <span className={`pill pill--${s.difficulty}`}>{DIFFICULTY_TITLES[s.difficulty]}</span>
                  <span className="pill">{formatDuration(s.duration).replace('m', ' min').replace('h', ' h ')}</span>
                </p>
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
                <button type="button" className="button button--primary card__go" onClick={() => navigate({ name: 'brief', id: s.id, seed: randomSeed() })}>
                  Brief me<span className="visually-hidden">: {s.title}</span>
                </button>
              </article>
            </li>
          ))}
        </ul>
      )}
      <ScenarioProblems problems={library.problems} />
    </main>
  );
}
