// Small decisions a player makes, each a function of the state that returns an action or null.
// A bot is an ordered list of moves: the first that has something to do wins.
import type { Action, GameState } from '../engine';
import {
  allowed,
  alertingServices,
  chosenMitigation,
  delegate,
  escalationInOrder,
  freeResponders,
  incidentSince,
  incidentVisible,
  lastPlayerUpdateAt,
  levelForImpact,
  looksMitigated,
  mitigationPending,
  nextInvestigation,
  recentPeakImpact,
  stakeholderUpdate,
  wait,
} from './observe';

export type Move = (state: GameState) => Action | null;

/** Play the first move that has something to do; otherwise let a little time pass. */
export const firstOf =
  (...moves: Move[]): ((state: GameState) => Action) =>
  (state) => {
    for (const move of moves) {
      const action = move(state);
      if (action && allowed(state, action)) return action;
    }
    return wait(10);
  };

export const waitForTrouble: Move = (state) => (incidentVisible(state) ? null : wait(15));

export const claimCommand: Move = (state) => (state.command.ic === null ? { type: 'command/claimed' } : null);

/** Severity from the impact meter; after mitigation, the minor level of an incident still open. */
export const declareByImpact: Move = (state) => {
  const current = state.severity.level;
  if (looksMitigated(state)) return current !== null && current < 3 ? { type: 'severity/declared', level: 3 } : null;
  const desired = levelForImpact(state, recentPeakImpact(state));
  if (current === null || desired < current) return { type: 'severity/declared', level: desired };
  return null;
};

/** Page whoever the scenario's escalation policy calls for, once their moment has come. */
export const pageOnTime: Move = (state) => {
  for (const window of escalationInOrder(state)) {
    const status = state.people[window.person];
    if (!status || status.present || status.pagedAt !== null) continue;
    if (state.time >= window.earliest) return { type: 'page/sent', to: window.person };
  }
  return null;
};

/** First update soon after declaring, an impact-scoping one five minutes later, then on cadence. */
export const updateStakeholders: Move = (state) => {
  if (state.severity.level === null) return null;
  const last = lastPlayerUpdateAt(state);
  const count = state.messages.filter((m) => m.place === 'stakeholders' && m.kind === 'status' && state.players.includes(m.from)).length;
  const scoping = state.doctrine.signal.scopingUpdateMinutes * 60;
  const cadence = state.doctrine.signal.cadenceMinutes * 60 - 300;
  if (last === null || (count === 1 && state.time - last >= scoping) || state.time - last >= cadence) return stakeholderUpdate(state);
  return null;
};

/** Hand the chosen mitigation to a free responder, preferring the team that owns the service. */
export const delegateMitigation: Move = (state) => {
  if (looksMitigated(state) || mitigationPending(state)) return null;
  const mitigation = chosenMitigation(state, incidentSince(state));
  if (!mitigation) return null;
  const team = state.scenario.services.find((s) => s.id === mitigation.service)?.team;
  const free = freeResponders(state);
  const worker = free.find((p) => p.team === team) ?? free[0];
  return worker ? delegate(worker.id, { kind: 'mitigate', mitigation: mitigation.id }, 10) : null;
};

/** Send a free responder to look where the alerts point. */
export const delegateInvestigation: Move = (state) => {
  if (looksMitigated(state)) return null;
  // Who is free first: it is cheap, and with nobody free there is no need to rank the alerts.
  const worker = freeResponders(state)[0];
  const look = worker ? nextInvestigation(state) : null;
  return look && worker ? delegate(worker.id, { kind: 'investigate', ...look }, 5) : null;
};

/** Once the meter has settled: say so, then dig for the root cause, then resolve. */
export const wrapUp: Move = (state) => {
  if (!looksMitigated(state)) return null;
  if (state.declaredMitigatedAt === null) return { type: 'incident/mitigated' };
  const service = state.scenario.repair?.service ?? alertingServices(state)[0];
  const digging = state.tasks.some((t) => t.work.kind === 'root-cause');
  const worker = freeResponders(state)[0];
  if (service && !digging && worker) return delegate(worker.id, { kind: 'root-cause', step: 'deep-dive', service }, 30);
  if (state.time - state.declaredMitigatedAt >= 600) return { type: 'incident/resolved' };
  return null;
};

/** Hands-on versions, for bots that work alone. */
export const investigateAlone: Move = (state) => {
  if (looksMitigated(state)) return null;
  const look = nextInvestigation(state);
  return look ? { type: 'investigation/started', ...look } : null;
};

export const mitigateAlone: Move = (state) => {
  if (looksMitigated(state) || mitigationPending(state)) return null;
  const mitigation = chosenMitigation(state, incidentSince(state));
  return mitigation ? { type: 'mitigation/applied', mitigation: mitigation.id } : null;
};

export const resolveWhenQuiet: Move = (state) => {
  if (!looksMitigated(state)) return null;
  const since = state.mitigations.filter((m) => m.done && m.outcome === 'works').map((m) => m.effectiveAt)[0] ?? state.time;
  return state.time - since >= 900 ? { type: 'incident/resolved' } : null;
};

/** A shift that ends mid-incident: hand command to the relief explicitly, ten minutes before leaving. */
export const handOffAtShiftEnd: Move = (state) => {
  const shift = state.scenario.shift;
  if (!shift || !state.players.includes(state.command.ic ?? '') || state.command.pendingHandoff !== null) return null;
  if (state.time < shift.endsAt - 600) return null;
  const relief = state.people[shift.relief];
  if (!relief) return null;
  if (!relief.present) return relief.pagedAt === null ? { type: 'page/sent', to: shift.relief } : null;
  return { type: 'command/handedOff', to: shift.relief };
};
