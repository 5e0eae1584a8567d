// The trainee's progress report: the ladder, drills played, scores per tenet over time (a small SVG
// chart with a table of the same numbers), the rules most often broken, and exports for a lead.
import { useEffect, useId, useMemo, useRef } from 'react';
import { DEFAULT_DOCTRINE, DIMENSIONS, type Dimension } from '../../doctrine/pack';
import { DIMENSION_TITLES } from '../../scoring/debrief';
import { isRuleId } from '../../scoring/ruleCatalog';
import { LEVEL_TITLES } from '../../store/ladder';
import { TRAINEE_MAX, useProgress } from '../../store/progress';
import { buildReport, reportJson, reportMarkdown, type ReportRun } from '../report';
import type { ScenarioLibrary } from '../scenarios';
import { downloadText } from './DebriefScreen';
import { LadderSteps, NextDrill } from './NextDrill';

/** Each tenet's line has its own dash pattern and marker, so the chart never relies on colour alone. */
const LINE_STYLE: Record<Dimension, { dash: string; marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'ring' }> = {
  mitigation: { dash: '', marker: 'circle' },
  command: { dash: '6 3', marker: 'square' },
  escalation: { dash: '2 3', marker: 'diamond' },
  severity: { dash: '8 3 2 3', marker: 'triangle' },
  signal: { dash: '1 2', marker: 'cross' },
  blastRadius: { dash: '10 4', marker: 'ring' },
};

function Marker({ kind, x, y }: { kind: (typeof LINE_STYLE)[Dimension]['marker']; x: number; y: number }) {
  switch (kind) {
    case 'circle':
      return <circle cx={x} cy={y} r={3.5} className="tenet-chart__dot" />;
    case 'ring':
      return <circle cx={x} cy={y} r={3.5} className="tenet-chart__dot tenet-chart__dot--hollow" />;
    case 'square':
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className="tenet-chart__dot" />;
    case 'diamond':
      return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} className="tenet-chart__dot" />;
    case 'triangle':
      return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`} className="tenet-chart__dot" />;
    case 'cross':
      return <path d={`M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x + 4} ${y - 4}L${x - 4} ${y + 4}`} className="tenet-chart__cross" />;
  }
}

/** Scores per tenet over the runs that carry them, oldest left. */
export function TenetChart({ runs }: { runs: ReportRun[] }) {
  const scored = runs.filter((r) => Object.keys(r.dimensions).length > 0).slice(-20);
  const titleId = useId();
  if (scored.length === 0) return <p className="panel__empty">Finish a drill to see your scores per tenet here.</p>;
  const width = 560;
  const height = 220;
  const pad = { left: 36, right: 12, top: 12, bottom: 28 };
  const x = (i: number) => pad.left + (scored.length === 1 ? (width - pad.left - pad.right) / 2 : (i * (width - pad.left - pad.right)) / (scored.length - 1));
  const y = (score: number) => pad.top + ((100 - score) * (height - pad.top - pad.bottom)) / 100;
  const latest = scored[scored.length - 1]!;
  const summary = `Scores per tenet over your last ${scored.length} ${scored.length === 1 ? 'drill' : 'drills'}. Latest: ${DIMENSIONS.map((d) => `${DIMENSION_TITLES[d]} ${latest.dimensions[d] ?? 'none'}`).join(', ')}.`;
  return (
    <figure className="tenet-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} className="tenet-chart__svg">
        <title id={titleId}>{summary}</title>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="tenet-chart__grid" />
            <text x={pad.left - 6} y={y(tick) + 4} className="tenet-chart__tick" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {scored.map((_, i) => (
          <text key={i} x={x(i)} y={height - 8} className="tenet-chart__tick" textAnchor="middle">
            {i + 1}
          </text>
        ))}
        {DIMENSIONS.map((d, index) => {
          // Equal scores would hide each other: each tenet's markers sit a few pixels apart.
          const nudge = (index - (DIMENSIONS.length - 1) / 2) * 5;
          const points = scored.flatMap((r, i) => (r.dimensions[d] === undefined ? [] : [{ x: x(i) + nudge, y: y(r.dimensions[d]!) }]));
          return (
            <g key={d} className={`tenet-chart__line tenet-chart__line--${d}`}>
              <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} strokeDasharray={LINE_STYLE[d].dash || undefined} />
              {points.map((p, i) => (
                <Marker key={i} kind={LINE_STYLE[d].marker} x={p.x} y={p.y} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="tenet-chart__legend" aria-label="Legend">
          {DIMENSIONS.map((d) => (
            <li key={d} className={`tenet-chart__line tenet-chart__line--${d}`}>
              <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
                <line x1="1" x2="27" y1="6" y2="6" strokeDasharray={LINE_STYLE[d].dash || undefined} />
                <Marker kind={LINE_STYLE[d].marker} x={14} y={6} />
              </svg>
              {DIMENSION_TITLES[d]}
            </li>
          ))}
        </ul>
        <span className="muted">Drills numbered in the order played; 100 is a clean run.</span>
      </figcaption>
    </figure>
  );
}

export function ProgressScreen({ library }: { library: ScenarioLibrary }) {
  const progress = useProgress((s) => s.progress);
  const trainee = useProgress((s) => s.settings.trainee);
  const setTrainee = useProgress((s) => s.setTrainee);
  const nameId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const titles = useMemo(() => Object.fromEntries(library.scenarios.map((s) => [s.id, s.title])), [library]);
  const report = useMemo(() => buildReport(progress, { trainee, pack: DEFAULT_DOCTRINE, titles }), [progress, trainee, titles]);
  const recent = [...report.runs].reverse().slice(0, 10);
  const file = `firedrill-progress${trainee ? `-${trainee.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}`;
  return (
    <main className="screen progress-report" id="main">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
        <span aria-hidden="true"> / </span>
        <a href="#/handbook">Handbook</a>
      </nav>
      <header className="progress-report__header">
        <p className="eyebrow">Progress report</p>
        <h1 ref={headingRef} tabIndex={-1}>
          {trainee ? `${trainee}’s progress` : 'Your progress'}
        </h1>
        <p className="lede">Everything here stays in this browser unless you export it for your lead.</p>
        <div className="progress-report__name">
          <label htmlFor={nameId}>Trainee name (for the export)</label>
          <input id={nameId} value={trainee} maxLength={TRAINEE_MAX} autoComplete="name" onChange={(e) => setTrainee(e.target.value)} />
        </div>
      </header>
      <section className="progress-report__standing" aria-labelledby="standing-title">
        <h2 id="standing-title">Where you stand</h2>
        <LadderSteps />
        <dl className="progress-report__facts">
          <div>
            <dt>Drills played</dt>
            <dd>{report.drillsPlayed}</dd>
          </div>
          <div>
            <dt>Different drills</dt>
            <dd>{report.distinctDrills}</dd>
          </div>
          <div>
            <dt>Level</dt>
            <dd>{LEVEL_TITLES[report.standing.current]}</dd>
          </div>
        </dl>
      </section>
      <NextDrill scenarios={library.scenarios} onReport />
      <section aria-labelledby="tenets-title" className="progress-report__section">
        <h2 id="tenets-title">Scores per tenet over time</h2>
        <TenetChart runs={report.runs} />
      </section>
      <section aria-labelledby="broken-title" className="progress-report__section">
        <h2 id="broken-title">Rules most often broken</h2>
        {report.brokenRules.length === 0 ? (
          <p className="panel__empty">No broken rules recorded yet.</p>
        ) : (
          <ol className="broken-rules">
            {report.brokenRules.slice(0, 8).map((b) => (
              <li key={b.rule}>
                <span className="broken-rules__times">
                  {b.times}× <span className="visually-hidden">broken</span>
                </span>{' '}
                {isRuleId(b.rule) ? <a href={`#/handbook/${b.rule}`}>{b.title}</a> : <span>{b.title}</span>} <code>{b.rule}</code>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="runs-title" className="progress-report__section">
        <h2 id="runs-title">Recent drills</h2>
        {recent.length === 0 ? (
          <p className="panel__empty">No drills played yet.</p>
        ) : (
          <table className="runs-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Drill</th>
                <th scope="col">Level</th>
                <th scope="col">Score</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((r) => (
                <tr key={`${r.at}-${r.scenarioId}`}>
                  <td>{new Date(r.at).toLocaleString()}</td>
                  <td>{r.title}</td>
                  <td>{LEVEL_TITLES[r.level]}</td>
                  <td>{r.score}</td>
                  <td>{r.passed ? '✓ Passed' : '✗ Not passed'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="debrief__buttons">
        <button type="button" className="button" onClick={() => downloadText(`${file}.md`, reportMarkdown(report), 'text/markdown')}>
          Export report (Markdown)
        </button>
        <button type="button" className="button" onClick={() => downloadText(`${file}.json`, reportJson(report), 'application/json')}>
          Export report (JSON)
        </button>
      </div>
    </main>
  );
}
