import { formatClock } from '../../engine';
import type { Debrief } from '../../scoring/debrief';
import { formatCount } from '../labels';

const W = 720;
const H = 220;
const PAD = { left: 44, right: 28, top: 12, bottom: 28 };

/** `who` names the line in the legend: the player's response, or a game day team's. */
export function ImpactChart({ debrief, highlight, who = 'Your response' }: { debrief: Debrief; highlight: number | null; who?: string }) {
  const ghost = debrief.ghost;
  const end = Math.max(60, debrief.outcome.endedAt, ...(debrief.impact.map((p) => p.at) ?? []), ...(ghost ? ghost.impact.map((p) => p.at) : []));
  const x = (t: number) => PAD.left + (t / end) * (W - PAD.left - PAD.right);
  const y = (share: number) => PAD.top + (1 - share) * (H - PAD.top - PAD.bottom);
  const line = (points: { at: number; impact: number }[]) => points.map((p) => `${x(p.at).toFixed(1)},${y(p.impact).toFixed(1)}`).join(' ');
  const peak = Math.max(0, ...debrief.impact.map((p) => p.impact));
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const timeTicks = Array.from({ length: 5 }, (_, i) => Math.round((end * i) / 4));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-labelledby="chart-caption">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart__grid" />
            <text x={PAD.left - 6} y={y(t) + 4} className="chart__axis" textAnchor="end">
              {Math.round(t * 100)}%
            </text>
          </g>
        ))}
        {timeTicks.map((t) => (
          <text key={t} x={x(t)} y={H - 8} className="chart__axis" textAnchor="middle">
            {formatClock(t)}
          </text>
        ))}
        {debrief.markers.map((m, i) => (
          <g key={i} className={`chart__marker chart__marker--${m.kind}`}>
            <line x1={x(m.at)} x2={x(m.at)} y1={PAD.top} y2={H - PAD.bottom} />
            <circle cx={x(m.at)} cy={PAD.top + 4} r={3.5} />
            <title>
              {formatClock(m.at)} {m.label}
            </title>
          </g>
        ))}
        {ghost && <polyline points={line(ghost.impact)} className="chart__ghost" fill="none" />}
        <polyline points={line(debrief.impact)} className="chart__player" fill="none" />
        {highlight !== null && (
          <g className="chart__highlight">
            <line x1={x(highlight)} x2={x(highlight)} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={Math.min(x(highlight) + 4, W - 60)} y={PAD.top + 14}>
              {formatClock(highlight)}
            </text>
          </g>
        )}
      </svg>
      <figcaption id="chart-caption" className="chart__caption">
        <span className="legend legend--player">{who}</span>: peak {Math.round(peak * 100)}% of users affected, {formatCount(debrief.outcome.userMinutesLost)} user-minutes lost
        {debrief.outcome.mitigatedAt !== null ? `, mitigated at ${formatClock(debrief.outcome.mitigatedAt)}` : ', never mitigated'}.{' '}
        {ghost && (
          <>
            <span className="legend legend--ghost">Textbook response</span> on the same seed: {ghost.mitigatedAt !== null ? `mitigated at ${formatClock(ghost.mitigatedAt)}` : 'never mitigated'}, score {ghost.total}.
          </>
        )}{' '}
        <span className="legend legend--marker">Markers</span>: {debrief.markers.map((m) => `${formatClock(m.at)} ${m.label}`).join('; ') || 'none'}.
      </figcaption>
    </figure>
  );
}
