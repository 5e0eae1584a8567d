// Where the trainee stands on the ladder and the drill to play next (picker and debrief).
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../../doctrine/pack';
import { DIMENSION_TITLES } from '../../scoring/debrief';
import { LEVEL_TITLES, levelAbove, passes, standing, suggestNext, type Level } from '../../store/ladder';
import { allRuns, useProgress } from '../../store/progress';
import { atLevel, navigate, randomSeed } from '../route';
import type { Scenario } from '../../scenario/schema';

/** The debrief's verdict against the level's pass mark. */
export function LadderResult({ level, score, pack }: { level: Level; score: number; pack: DoctrinePack }) {
  const passed = passes({ score }, level, pack);
  return (
    <span className={`score__ladder score__ladder--${passed ? 'pass' : 'fail'}`}>
      {passed ? '✓ Passed' : '✗ Not passed'} at {LEVEL_TITLES[level]} (pass mark {pack.ladder[level]})
    </span>
  );
}

/** The ladder as a row of steps: done, current, locked; never by colour alone. */
export function LadderSteps({ pack = DEFAULT_DOCTRINE }: { pack?: DoctrinePack }) {
  const progress = useProgress((s) => s.progress);
  const { current, levels } = standing(allRuns(progress), pack);
  return (
    <ol className="ladder-steps" aria-label="Training path">
      {levels.map((l) => {
        const state = l.level === current ? 'current' : l.unlocked ? 'done' : 'locked';
        const label = state === 'current' ? 'you are here' : state === 'done' ? 'unlocked' : 'locked';
        return (
          <li key={l.level} className={`ladder-steps__step ladder-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="ladder-steps__icon" aria-hidden="true">
              {state === 'current' ? '●' : state === 'done' ? '✓' : '○'}
            </span>
            <span className="ladder-steps__name">{LEVEL_TITLES[l.level]}</span>
            <span className="ladder-steps__state">
              {label}
              {l.toPass > 0 && l.unlocked ? ` · ${Math.min(l.passed.length, l.toPass)}/${l.toPass} passed` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** "Next: <drill> at <level>, because…" with a button to its briefing. */
export function NextDrill({ scenarios, headingLevel = 2, onReport = false }: { scenarios: readonly Scenario[]; headingLevel?: 2 | 3; onReport?: boolean }) {
  const progress = useProgress((s) => s.progress);
  const runs = allRuns(progress);
  const suggestion = suggestNext(runs, scenarios, DEFAULT_DOCTRINE, DIMENSION_TITLES);
  if (!suggestion) return null;
  const { current, levels } = standing(runs, DEFAULT_DOCTRINE);
  const here = levels.find((l) => l.level === current)!;
  const above = levelAbove(current);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="next-drill" aria-labelledby="next-drill-title">
      <p className="eyebrow">Suggested next drill</p>
      <Heading id="next-drill-title" className="next-drill__title">
        {suggestion.scenario.title}
      </Heading>
      <p className="next-drill__why">
        <span className="pill">{LEVEL_TITLES[suggestion.level]}</span> {suggestion.reason}
      </p>
      <p className="muted">
        {above
          ? `You stand at ${LEVEL_TITLES[current]}: ${here.passMark > 0 ? `pass ${here.toPass} ${here.toPass === 1 ? 'drill' : 'different drills'} with ${here.passMark} or more` : `finish ${here.toPass === 1 ? 'a drill' : `${here.toPass} different drills`}`} to unlock ${LEVEL_TITLES[above]} (${Math.min(here.passed.length, here.toPass)} so far).`
          : `You stand at ${LEVEL_TITLES[current]}, the top of the ladder: drills here need ${here.passMark} to pass.`}
      </p>
      <div className="next-drill__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => navigate(atLevel({ name: 'brief', id: suggestion.scenario.id, seed: randomSeed() }, suggestion.level))}
        >
          Brief me<span className="visually-hidden">: {suggestion.scenario.title}</span>
        </button>
        {!onReport && (
          <a className="button button--quiet" href="#/progress">
            Your progress report
          </a>
        )}
        <a className="button button--quiet" href="#/handbook">
          Read the handbook
        </a>
      </div>
    </section>
  );
}
