// Words for a game day's screens: the key moments of a game (projector and console), the scenario's
// optional injects, the facilitator's injects and fallbacks, and the hints sent to a seat.
import { formatClock, type Action, type FacilitatorInject, type GameState, type InjectCondition } from '../../engine';
import type { Inject } from '../../scenario/schema';
import { nameFor, type Cast } from '../labels';

export interface KeyEvent {
  at: number;
  text: string;
  /** What kind of moment, for an icon-free tag on screen. */
  tag: 'command' | 'severity' | 'page' | 'mitigation' | 'inject' | 'resolved';
}

const personName = (game: GameState, id: string) => game.scenario.people.find((p) => p.id === id)?.name ?? id;
const serviceName = (game: GameState, id: string) => game.scenario.services.find((s) => s.id === id)?.name ?? id;
const clip = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** A scenario inject (an optional one the facilitator can fire) in a few words. */
export function scriptedInjectLabel(game: GameState, inject: Inject): string {
  switch (inject.type) {
    case 'message':
      return `${personName(game, inject.from)} says “${clip(inject.text)}”`;
    case 'fault':
      return `Fault starts: ${inject.fault}`;
    case 'metric-shift':
      return `Metrics shift on ${serviceName(game, inject.service)}`;
    case 'alert':
      return `New ${inject.severity} alert on ${serviceName(game, inject.service)}: ${inject.alertname}`;
  }
}

/** The scenario's optional injects, by id, for the console's list. */
export function optionalInjects(game: GameState): { id: string; label: string }[] {
  return game.scenario.timeline.flatMap((inject) => (inject.optional && inject.id ? [{ id: inject.id, label: scriptedInjectLabel(game, inject) }] : []));
}

export function facilitatorInjectLabel(game: GameState, inject: FacilitatorInject): string {
  switch (inject.kind) {
    case 'scripted': {
      const found = game.scenario.timeline.find((i) => i.id === inject.id);
      return found ? scriptedInjectLabel(game, found) : `Inject ${inject.id}`;
    }
    case 'message':
      return `${personName(game, inject.from)} says “${clip(inject.text)}”`;
    case 'alert':
      return `New ${inject.severity} alert on ${serviceName(game, inject.service)}: ${inject.alertname}`;
    case 'metric-shift':
      return `Metrics shift on ${serviceName(game, inject.service)}`;
  }
}

export const CONDITION_TITLES: Record<InjectCondition['kind'], string> = {
  'no-commander': 'Nobody has claimed command',
  'no-severity': 'No severity declared',
  'no-stakeholder-update': 'No stakeholder update posted',
  'not-mitigated': 'The impact is not mitigated',
  'mitigation-applied': 'A mitigation was applied',
  'person-paged': 'A person was paged',
};

export function conditionLabel(game: GameState, when: InjectCondition): string {
  const minutes = Math.round(when.for / 60);
  const detail = when.person ? ` (${personName(game, when.person)})` : when.mitigation ? ` (${when.mitigation})` : '';
  return `${CONDITION_TITLES[when.kind]}${detail}${minutes > 0 ? ` for ${minutes} min` : ''}`;
}

/** Hints the facilitator sent to this seat, oldest first. */
export function hintsFor(game: GameState, seat: string | null): { at: number; text: string }[] {
  if (seat === null) return [];
  const out: { at: number; text: string }[] = [];
  for (const entry of game.log) if (entry.action.type === 'facilitator/hinted' && entry.action.to === seat) out.push({ at: entry.at, text: entry.action.text });
  return out;
}

const facilitatorMoment = (game: GameState, action: Action): string | null => {
  if (action.type === 'facilitator/injected') return `Facilitator inject: ${facilitatorInjectLabel(game, action.inject)}`;
  if (action.type === 'facilitator/ended') return 'The facilitator ended the game';
  return null;
};

/** The moments that matter, newest last: command, severity, pages, mitigations, injects, the end. */
export function keyEvents(game: GameState, cast: Cast = game): KeyEvent[] {
  const events: KeyEvent[] = [];
  for (const h of game.command.history) events.push({ at: h.at, tag: 'command', text: h.ic === null ? 'Command released' : `${nameFor(cast, h.ic)} ${h.how === 'handoff' ? 'took over' : 'claimed'} command` });
  for (const s of game.severity.history) events.push({ at: s.at, tag: 'severity', text: `SEV${s.level} declared by ${nameFor(cast, s.by)}` });
  for (const [id, person] of Object.entries(game.people)) {
    if (person.pagedAt !== null && !game.players.includes(id)) events.push({ at: person.pagedAt, tag: 'page', text: `${personName(game, id)} paged` });
  }
  for (const m of game.mitigations) {
    const label = game.scenario.mitigations.find((x) => x.id === m.id)?.label ?? m.id;
    events.push({ at: m.appliedAt, tag: 'mitigation', text: `${label} (by ${nameFor(cast, m.by)})` });
  }
  if (game.mitigatedAt !== null) events.push({ at: game.mitigatedAt, tag: 'mitigation', text: 'Customer impact stopped' });
  for (const entry of game.log) {
    const text = facilitatorMoment(game, entry.action);
    if (text) events.push({ at: entry.at, tag: 'inject', text });
  }
  for (const fallback of game.fallbacks) {
    if (fallback.firedAt !== null) events.push({ at: fallback.firedAt, tag: 'inject', text: `Fallback fired (${conditionLabel(game, fallback.when).toLowerCase()}): ${facilitatorInjectLabel(game, fallback.inject)}` });
  }
  if (game.resolvedAt !== null) events.push({ at: game.resolvedAt, tag: 'resolved', text: 'Incident resolved' });
  return events.sort((a, b) => a.at - b.at);
}

export const TAG_TITLES: Record<KeyEvent['tag'], string> = {
  command: 'Command',
  severity: 'Severity',
  page: 'Page',
  mitigation: 'Mitigation',
  inject: 'Inject',
  resolved: 'Resolved',
};

export const clockOf = formatClock;
