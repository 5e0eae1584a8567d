import { useEffect, useMemo, useRef, useState } from 'react';
import { simulate } from '../../bots/simulate';
import { textbook } from '../../bots/textbook';
import { exportReplay, formatClock, replay, type GameState } from '../../engine';
import { scoreGame } from '../../scoring';
import { buildDebrief, debriefMarkdown, DIMENSION_TITLES, type Debrief } from '../../scoring/debrief';
import { DEFAULT_DOCTRINE } from '../../doctrine/pack';
import type { Scenario } from '../../scenario/schema';
import { isRuleId, RULES } from '../../scoring/ruleCatalog';
import { levelForMode, type Level } from '../../store/ladder';
import { recordRunOnce } from '../../store/progress';
import type { Finding } from '../../scoring/types';
import { atLevel, formatRoute, navigate, randomSeed } from '../route';
import { resumeSession, startSession } from '../session';
import { ImpactChart } from './ImpactChart';
import { LadderResult, NextDrill } from './NextDrill';

/** Offers text as a file download (a Blob and an object URL; nothing inline). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function makeDebrief(game: GameState): Debrief {
  const ghost = simulate(game.scenario, textbook, { seed: game.seed, ...(game.doctrine ? { doctrine: game.doctrine } : {}) });
  const debrief = buildDebrief(game, scoreGame(game), { ghost });
  // Samples are kept every 30 s; the line ends where the drill ended, at the impact it ended with.
  const last = debrief.impact[debrief.impact.length - 1];
  if (!last || last.at < game.time) debrief.impact.push({ at: game.time, impact: game.impact });
  return debrief;
}

/**
 * The game as it stood at `at` game seconds: the log replayed up to the entries taken before that
 * moment (upTo = their count). If that replayed game has already ended (the moment is the very end),
 * it steps back one entry at a time until the game is still running. Null when the log cannot be replayed.
 */
export function stateAt(game: GameState, at: number): GameState | null {
  const before = game.log.filter((entry) => entry.at < at).length;
  for (let upTo = before; upTo >= 0; upTo--) {
    const result = replay(game.scenario, game.seed, game.log, { doctrine: game.doctrine, players: game.players, mode: game.mode, upTo });
    if (!result.ok) return null;
    if (result.state.phase === 'running') return result.state;
  }
  return null;
}

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** What the progress record keeps of a debrief: the score per tenet and each broken rule once. */
export function runDetails(debrief: Debrief): { dimensions: Record<string, number>; broken: string[] } {
  return {
    dimensions: Object.fromEntries(debrief.dimensions.map((d) => [d.dimension, d.score])),
    broken: [...new Set(debrief.findings.filter((f) => f.points < 0).map((f) => f.rule))],
  };
}

/** A game day's debrief: the server's score (the authority) and its findings, each with the seat it is about. */
export interface GameDayDebriefProps {
  code: string;
  total: number;
  findings: (Finding & { seatLabel: string | null })[];
  /** Leaves the game day (closes the connection, forgets the seat) and goes back to the drills. */
  onLeave(): void;
}

export function DebriefScreen({ game, level = levelForMode(game.mode), scenarios, gameDay }: { game: GameState; level?: Level; scenarios?: readonly Scenario[]; gameDay?: GameDayDebriefProps }) {
  const debrief = useMemo(() => makeDebrief(game), [game]);
  // A game day is the team's run, not this player's: it does not count in the solo progress.
  useEffect(() => {
    if (!gameDay) recordRunOnce(game, debrief.total, debrief.outcome.resolved, { level, ...runDetails(debrief) });
  }, [game, debrief, level, gameDay]);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [retryError, setRetryError] = useState<string | null>(null);
  const retryFrom = (at: number) => {
    const state = stateAt(game, at);
    if (!state) {
      setRetryError(`This drill cannot be replayed up to ${formatClock(at)}.`);
      return;
    }
    resumeSession(state, level);
    navigate(atLevel({ name: 'play', id: state.scenario.id, seed: state.seed }, level));
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const file = `${game.scenario.id}-seed${game.seed}`;
  const findings: (Finding & { seatLabel?: string | null })[] = [...(gameDay?.findings ?? debrief.findings)].sort((a, b) => a.at - b.at);
  const total = gameDay?.total ?? debrief.total;
  const Root = gameDay ? 'div' : 'main';
  return (
    // A game day's debrief sits inside the game-day frame, which is the page's <main>.
    <Root className="screen debrief" {...(gameDay ? {} : { id: 'main' })}>
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
      </nav>
      <header className="debrief__header">
        <p className="eyebrow">{gameDay ? `Game day ${gameDay.code} · debrief · seed ${game.seed}` : `Debrief · seed ${game.seed}`}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {debrief.scenario.title}
        </h1>
        <p className="lede">
          {debrief.outcome.resolved
            ? `Resolved at ${formatClock(debrief.outcome.endedAt)}`
            : game.endReason === 'ended-early'
              ? `The facilitator ended the game at ${formatClock(debrief.outcome.endedAt)}`
              : `Time ran out at ${formatClock(debrief.outcome.endedAt)}`}
          {debrief.outcome.mitigatedAt !== null ? `; the bleeding stopped at ${formatClock(debrief.outcome.mitigatedAt)}.` : '; the impact was never mitigated.'}
        </p>
      </header>
      <section className="scores" aria-labelledby="scores-title">
        <h2 id="scores-title" className="visually-hidden">
          Scores
        </h2>
        <div className="score score--total">
          <span className="score__label">Doctrine score</span>
          <span className="score__value" data-testid="total-score">
            {total}
            <span className="score__of">/100</span>
          </span>
          {debrief.ghost && <span className="score__ghost">Textbook on this seed: {debrief.ghost.total}</span>}
          <LadderResult level={level} score={debrief.total} pack={game.doctrine ?? DEFAULT_DOCTRINE} />
        </div>
        <ul className="score__dims" aria-label="Dimension scores">
          {debrief.dimensions.map((d) => (
            <li key={d.dimension} className="score">
              <span className="score__label">{DIMENSION_TITLES[d.dimension]}</span>
              <span className="score__value">
                {d.score}
                <span className="score__of">/100</span>
              </span>
              <span className="score__bar" aria-hidden="true">
                <span className="score__fill" style={{ width: `${Math.max(0, Math.min(100, d.score))}%` }} />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="debrief__chart" aria-labelledby="chart-title">
        <h2 id="chart-title">Customer impact over time</h2>
        <ImpactChart debrief={debrief} highlight={highlight} {...(gameDay ? { who: 'The team’s response' } : {})} />
      </section>
      <section className="findings" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <p className="muted">
          {gameDay ? 'Each finding names the seat whose move it is about. Select one to mark its moment on the chart.' : 'Select a finding to mark its moment on the chart, then retry the drill from that moment.'}
        </p>
        {findings.length === 0 ? (
          <p className="panel__empty">No findings.</p>
        ) : (
          <ol className="findings__list">
            {findings.map((f, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={`finding finding--${f.points < 0 ? 'bad' : 'good'}`}
                  aria-pressed={highlight === f.at}
                  onClick={() => {
                    setRetryError(null);
                    setHighlight(highlight === f.at ? null : f.at);
                  }}
                >
                  <span className="finding__time">{formatClock(f.at)}</span>
                  <span className="finding__rule">
                    <code>{f.rule}</code>
                    <span className="finding__verdict">{f.points < 0 ? 'Broken' : 'Kept'}</span>
                  </span>
                  <span className="finding__points">
                    {signed(f.points)} <span className="visually-hidden">points</span>
                  </span>
                  <span className="finding__message">{f.message}</span>
                  {gameDay && <span className="finding__seat">{f.seatLabel ?? 'The team'}</span>}
                </button>
                {isRuleId(f.rule) && (
                  <a className="finding__rule-link" href={formatRoute({ name: 'handbook', rule: f.rule })}>
                    Read the rule<span className="visually-hidden">: {RULES[f.rule].title}</span>
                  </a>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {highlight !== null && !gameDay && (
        <div className="findings__retry">
          <button type="button" className="button button--primary" onClick={() => retryFrom(highlight)}>
            Retry from {formatClock(highlight)}
          </button>
          <p className="muted">Everything you did before {formatClock(highlight)} is replayed; the war room opens at that moment and the rest is yours to play again.</p>
          {retryError && <p role="alert">{retryError}</p>}
        </div>
      )}
      <section className="hotwash" aria-labelledby="hotwash-title">
        <h2 id="hotwash-title">Hot wash</h2>
        <div className="hotwash__cols">
          {(['stop', 'start', 'continue'] as const).map((k) => (
            <div key={k}>
              <h3>{k.toUpperCase()}</h3>
              {debrief.suggestions[k].length === 0 ? (
                <p className="muted">Nothing here.</p>
              ) : (
                <ul>
                  {debrief.suggestions[k].map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </section>
      <div className="debrief__buttons">
        <button type="button" className="button" onClick={() => downloadText(`${file}-postmortem.md`, debriefMarkdown(debrief), 'text/markdown')}>
          Download postmortem (Markdown)
        </button>
        <button type="button" className="button" onClick={() => downloadText(`${file}-replay.json`, `${JSON.stringify(exportReplay(game), null, 2)}\n`, 'application/json')}>
          Download replay (JSON)
        </button>
        {gameDay ? (
          <button type="button" className="button button--primary" onClick={gameDay.onLeave}>
            Leave the game day
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const seed = randomSeed();
                startSession(game.scenario, seed, game.mode, level);
                navigate(atLevel({ name: 'brief', id: game.scenario.id, seed }, level));
              }}
            >
              Play again (new seed)
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                startSession(game.scenario, game.seed, game.mode, level);
                navigate(atLevel({ name: 'play', id: game.scenario.id, seed: game.seed }, level));
              }}
            >
              Replay the same seed
            </button>
          </>
        )}
      </div>
      {scenarios && !gameDay && <NextDrill scenarios={scenarios} />}
    </Root>
  );
}
