// Which player a finding is about, for a game day's debrief: the player whose own action happened at
// the finding's moment. When several players acted then, the one whose action belongs to the
// finding's dimension; when nobody (or no single one) did, the finding is the team's (null).
import type { Action, ActionType, GameState } from '../engine';
import type { Dimension, Finding } from './types';

const DIMENSION_ACTIONS: Record<Dimension, readonly ActionType[]> = {
  command: ['command/claimed', 'command/handedOff', 'role/assigned', 'task/delegated', 'investigation/started', 'mitigation/applied', 'rootCause/worked'],
  severity: ['severity/declared'],
  escalation: ['page/sent'],
  signal: ['message/posted', 'alert/acknowledged', 'alert/silenced'],
  mitigation: ['mitigation/applied', 'task/delegated', 'incident/mitigated', 'incident/resolved'],
  blastRadius: ['mitigation/applied', 'rootCause/worked', 'task/delegated'],
};

export interface AttributedFinding extends Finding {
  /** The player the finding is about, or null for the team as a whole. */
  player: string | null;
}

const actorOf = (state: GameState, action: Action): string => ('by' in action && action.by) || state.players[0]!;

export function attributeFindings(state: GameState, findings: readonly Finding[]): AttributedFinding[] {
  const players = new Set(state.players);
  const byMoment = new Map<number, { actor: string; type: ActionType }[]>();
  for (const entry of state.log) {
    if (entry.action.type === 'clock/advanced') continue;
    const actor = actorOf(state, entry.action);
    if (!players.has(actor)) continue;
    const list = byMoment.get(entry.at) ?? [];
    list.push({ actor, type: entry.action.type });
    byMoment.set(entry.at, list);
  }
  return findings.map((finding) => ({ ...finding, player: playerFor(byMoment.get(finding.at) ?? [], finding.dimension) }));
}

function playerFor(acts: readonly { actor: string; type: ActionType }[], dimension: Dimension): string | null {
  const single = (list: readonly { actor: string }[]) => {
    const actors = new Set(list.map((a) => a.actor));
    return actors.size === 1 ? [...actors][0]! : null;
  };
  const related = acts.filter((a) => DIMENSION_ACTIONS[dimension].includes(a.type));
  return single(related) ?? (related.length === 0 ? single(acts) : null);
}
