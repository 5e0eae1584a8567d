// The coach panel: what is happening and what the doctrine suggests next (shadow), or only the timers
// running out (scribe, deputy). It links each prompt to its handbook rule and never acts for the player.
import { useMemo, useSyncExternalStore } from 'react';
import { RULES, type RuleId } from '../../scoring/rules';
import { useGameStoreApi } from '../../store';
import { LEVEL_TITLES, type Level } from '../../store/ladder';
import { attachCoach } from '../coach';
import { TimerIcon } from '../Icon';
import { formatRoute } from '../route';

function RuleLink({ rule }: { rule: RuleId }) {
  return (
    <a className="coach__rule" href={formatRoute({ name: 'handbook', rule })} target="_blank" rel="noreferrer">
      Why: {RULES[rule].title}
      <span className="visually-hidden"> (handbook, opens in a new tab)</span>
    </a>
  );
}

export function CoachPanel({ level }: { level: Level }) {
  const store = useGameStoreApi();
  const coach = useMemo(() => attachCoach(store, level), [store, level]);
  const state = useSyncExternalStore(coach.subscribe, coach.getState);
  const { advice, waiting } = state;
  return (
    <aside className={`coach coach--${level}`} aria-labelledby="coach-title">
      <div className="coach__head">
        <h2 id="coach-title" className="coach__title">
          <span className="coach__badge" aria-hidden="true">
            ?
          </span>
          Coach
        </h2>
        <span className="coach__level">{LEVEL_TITLES[level]} level</span>
      </div>
      {advice.situation && <p className="coach__situation">{advice.situation}</p>}
      {advice.next && (
        <p className="coach__next hint" role="status" aria-live="polite" data-testid="hint">
          <span className="hint__label">By the book, next:</span> <span className="hint__text">{advice.next.text}</span>
          {advice.next.rule && (
            <>
              {' '}
              <RuleLink rule={advice.next.rule} />
            </>
          )}
        </p>
      )}
      {advice.reminders.length > 0 ? (
        <ul className="coach__reminders" aria-label="Reminders">
          {advice.reminders.map((r) => (
            <li key={`${r.rule}:${r.dueAt ?? ''}`} className={`coach__reminder coach__reminder--${r.kind}`}>
              <span className="coach__icon" aria-hidden="true">
                {r.kind === 'timer' ? <TimerIcon /> : '→'}
              </span>
              <span>{r.text}</span> <RuleLink rule={r.rule} />
            </li>
          ))}
        </ul>
      ) : (
        level !== 'shadow' && <p className="coach__quiet muted">No timer is running out. The coach speaks up only when one is.</p>
      )}
      {waiting && (
        <p className="coach__waiting" role="status">
          The coach paused the clock so you can read. Make the move yourself, or
          <button type="button" className="button button--primary coach__resume" onClick={state.resume}>
            Resume the clock
          </button>
        </p>
      )}
    </aside>
  );
}
