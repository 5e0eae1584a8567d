// Readable words for engine data: people, places, actions. Scenario text is data, shown as text.
import { ACTION_LIST, FACILITATOR_ID, INVESTIGATION_COST, type Action, type GameState, type MessageKind, type Place, type Role, type TaskWork } from '../engine';
import type { Mitigation, Person } from '../scenario/schema';

export const PLACE_TITLES: Record<Place, string> = { main: 'Main', thread: 'Side thread', stakeholders: 'Stakeholders' };

export const ROLE_TITLES: Record<Role, string> = {
  deputy: 'Deputy',
  ops: 'Operations lead',
  comms: 'Communications lead',
  scribe: 'Scribe',
  sme: 'Subject matter expert',
};

export const KIND_TITLES: Record<MessageKind, string> = {
  status: 'Status',
  decision: 'Decision',
  assignment: 'Assignment',
  finding: 'Finding',
  hypothesis: 'Hypothesis',
  question: 'Question',
  ack: 'Acknowledgement',
  chatter: 'Chatter',
};

export const DIFFICULTY_TITLES = { intro: 'Intro', standard: 'Standard', advanced: 'Advanced' } as const;

/** What naming people needs: who plays, who is in the scenario, who has command; in a game day, whose seat is whose. */
export type Cast = Pick<GameState, 'players' | 'scenario' | 'command'> & {
  seats?: { me: string | null; names: Record<string, string>; titles: Record<string, string> } | null;
};

/** A player's own message (drawn as "mine"): the one player in solo play, this seat in a game day. */
export const isMine = (game: Cast, id: string): boolean => (game.seats ? game.seats.me === id : game.players.includes(id));

export const personOf = (game: Pick<GameState, 'scenario'>, id: string): Person | undefined => game.scenario.people.find((p) => p.id === id);

export function nameFor(game: Cast, id: string): string {
  if (game.seats && game.players.includes(id)) return game.seats.me === id ? 'You' : (game.seats.names[id] ?? id);
  if (game.players.includes(id)) return 'You';
  if (id === 'pager') return 'Pager';
  if (id === FACILITATOR_ID) return 'Facilitator';
  return personOf(game, id)?.name ?? id;
}

export function firstNameFor(game: Cast, id: string): string {
  const name = nameFor(game, id);
  return name === 'You' ? 'you' : (name.split(' ')[0] ?? name);
}

/** "Checkout on-call", "Incident commander" or the system's title. */
export function titleFor(game: Cast, id: string): string {
  if (game.seats && game.players.includes(id)) {
    const title = game.command.ic === id ? 'Incident commander' : (game.seats.titles[id] ?? 'Player');
    return game.seats.me === id ? `${title} (you)` : title;
  }
  if (game.players.includes(id)) return game.command.ic === id ? 'Incident commander' : 'On-call (you)';
  if (id === 'pager') return 'Paging system';
  if (id === FACILITATOR_ID) return 'Game-day facilitator';
  return personOf(game, id)?.title ?? '';
}

export const fullName = (game: Cast, id: string) => {
  const title = titleFor(game, id);
  return title ? `${nameFor(game, id)} (${title})` : nameFor(game, id);
};

const mitigationOf = (game: Pick<GameState, 'scenario'>, id: string): Mitigation | undefined => game.scenario.mitigations.find((m) => m.id === id);
const serviceName = (game: Pick<GameState, 'scenario'>, id: string) => game.scenario.services.find((s) => s.id === id)?.name ?? id;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const minutes = (seconds: number) => `${Math.round(seconds / 60)} min`;

const SOURCE_WORDS = { dashboard: 'dashboard', logs: 'logs', deploys: 'deploy history', traces: 'traces', runbook: 'runbook' } as const;
const STEP_WORDS = { 'deep-dive': 'deep dive into the root cause', 'write-patch': 'write a patch', 'deploy-hotfix': 'deploy a hotfix' } as const;

export function workLabel(game: Pick<GameState, 'scenario'>, work: TaskWork): string {
  if (work.kind === 'mitigate') return lowerFirst(mitigationOf(game, work.mitigation)?.label ?? work.mitigation);
  if (work.kind === 'investigate') return `check the ${serviceName(game, work.service)} ${SOURCE_WORDS[work.source]}`;
  return `${STEP_WORDS[work.step]} on ${serviceName(game, work.service)}`;
}

/** Warnings an action deserves before it runs: destructive or untested changes, ending the drill. */
export function confirmationFor(game: GameState, action: Action): string | null {
  const mitigationId = action.type === 'mitigation/applied' ? action.mitigation : action.type === 'task/delegated' && action.work.kind === 'mitigate' ? action.work.mitigation : null;
  if (mitigationId) {
    const m = mitigationOf(game, mitigationId);
    if (m?.destructive) return `“${m.label}” is destructive: it changes state in a way you cannot simply undo. Go ahead?`;
    if (m?.untested) return `“${m.label}” pushes an untested change during the incident. Go ahead?`;
  }
  if (action.type === 'incident/resolved') return 'Resolving ends the drill and opens the debrief. Resolve now?';
  if (action.type === 'rootCause/worked' && action.step === 'deploy-hotfix') return 'Deploying a hotfix mid-incident pushes new code to production. Go ahead?';
  return null;
}

/** A game state with the game day's seat names, if any. */
export type NamedGame = GameState & Pick<Cast, 'seats'>;

export function actionLabel(game: NamedGame, action: Action): string {
  switch (action.type) {
    case 'clock/advanced':
      return action.seconds >= 60 ? `Wait ${minutes(action.seconds)}` : `Wait ${action.seconds} s`;
    case 'command/claimed':
      return 'Claim command: “I am the incident commander”';
    case 'command/handedOff':
      return `Hand off command to ${fullName(game, action.to)}`;
    case 'role/assigned':
      return `Make ${fullName(game, action.to)} ${ROLE_TITLES[action.role]}`;
    case 'task/delegated':
      return `Delegate to ${firstNameFor(game, action.to)}: ${workLabel(game, action.work)} (report in ${minutes(action.timebox)})`;
    case 'severity/declared': {
      const level = game.doctrine.severity.levels.find((l) => l.level === action.level);
      const verb = game.severity.level === null ? 'Declare' : action.level < game.severity.level ? 'Raise to' : 'Lower to';
      return `${verb} SEV${action.level}${level ? ` (${level.label})` : ''}`;
    }
    case 'page/sent':
      return `Page ${fullName(game, action.to)}`;
    case 'message/posted':
      return `Post to ${PLACE_TITLES[action.place]}: ${action.text}`;
    case 'investigation/started':
      return `Look at the ${serviceName(game, action.service)} ${SOURCE_WORDS[action.source]} yourself (hands-on, ${minutes(INVESTIGATION_COST[action.source])})`;
    case 'mitigation/applied': {
      const m = mitigationOf(game, action.mitigation);
      return `Do it yourself: ${lowerFirst(m?.label ?? action.mitigation)}${m?.destructive ? ' (destructive)' : ''}${m?.untested ? ' (untested)' : ''}`;
    }
    case 'rootCause/worked':
      return `Yourself: ${STEP_WORDS[action.step]} on ${serviceName(game, action.service)} (root-cause work)`;
    case 'alert/acknowledged': {
      const a = game.alerts[action.alert];
      return `Acknowledge alert ${a ? `${a.alertname} on ${a.labels.service}` : `#${action.alert}`}`;
    }
    case 'alert/silenced': {
      const a = game.alerts[action.alert];
      return `Silence alert ${a ? `${a.alertname} on ${a.labels.service}` : `#${action.alert}`} for ${minutes(action.seconds)}`;
    }
    case 'incident/mitigated':
      return 'Mark the incident mitigated (announce it in the channel)';
    case 'incident/resolved':
      return 'Resolve the incident and end the drill';
    // A game day's facilitator steers with these; players never see them in the palette.
    case 'facilitator/injected':
      return `Facilitator inject (${action.inject.kind})`;
    case 'facilitator/fallbackArmed':
      return `Arm a fallback inject (${action.inject.kind})`;
    case 'facilitator/hinted':
      return `Hint to ${nameFor(game, action.to)}: ${action.text}`;
    case 'facilitator/ended':
      return 'End the game day and show the debrief';
  }
}

export interface PaletteEntry {
  key: string;
  label: string;
  group: string;
  action: Action;
  handsOn: boolean;
  confirm: string | null;
}

const CATEGORY_TITLES: Record<string, string> = {
  command: 'Command',
  incident: 'Incident',
  escalation: 'Escalation',
  mitigate: 'Mitigation (hands-on)',
  investigate: 'Investigation (hands-on)',
  'root-cause': 'Root cause (hands-on)',
  alerts: 'Alerts',
  clock: 'Time',
  comms: 'Channel',
};

/** Every concrete action the player could take now, with readable labels; messages go through the composer. */
export function paletteEntries(game: NamedGame, actor = game.players[0] ?? 'you'): PaletteEntry[] {
  if (game.phase !== 'running') return [];
  const entries: PaletteEntry[] = [];
  for (const definition of ACTION_LIST) {
    if (definition.category === 'comms') continue;
    if (!definition.isAvailable(game, actor)) continue;
    for (const action of definition.options(game, actor) as Action[]) {
      entries.push({
        key: JSON.stringify(action),
        label: actionLabel(game, action),
        group: definition.category === 'command' && action.type === 'task/delegated' ? 'Delegation' : (CATEGORY_TITLES[definition.category] ?? definition.title),
        action,
        handsOn: definition.handsOn,
        confirm: confirmationFor(game, action),
      });
    }
  }
  return entries;
}

/** How stale, in game seconds, the palette's list may get while nothing else changes. */
const PALETTE_REFRESH_SECONDS = 10;

/** The parts of the game the actions' options read, besides the clock. */
const optionInputs = (game: GameState) =>
  [game.scenario, game.phase, game.players, game.alerts, game.people, game.command, game.severity, game.tasks, game.investigations, game.mitigations, game.rootCause, game.faults, game.cluesFound, game.declaredMitigatedAt, game.resolvedAt, Math.floor(game.time / PALETTE_REFRESH_SECONDS)] as const;

let lastSource: { inputs: readonly unknown[]; game: GameState } | null = null;

/**
 * The game the palette's options are built from: the same state object while only the clock moves, so
 * a palette reading it is not rebuilt (nor re-rendered) on every game second. Time-bound options (a busy
 * responder, a re-page, a silence running out) catch up within PALETTE_REFRESH_SECONDS; an option gone
 * stale meanwhile is refused by the engine, with a reason.
 */
export function paletteSource(game: GameState): GameState {
  const inputs = optionInputs(game);
  if (lastSource && lastSource.inputs.every((value, i) => value === inputs[i])) return lastSource.game;
  lastSource = { inputs, game };
  return game;
}

/** The palette's options for this player, or in a game day for this seat (time belongs to the server: no "Wait" entries). */
export function paletteEntriesFor(game: GameState, seats: Cast['seats'] = null): PaletteEntry[] {
  return seats ? paletteEntries({ ...game, seats }, seats.me ?? undefined).filter((e) => e.action.type !== 'clock/advanced') : paletteEntries(game);
}

// One formatter for the whole app: Number#toLocaleString builds a new one on every call, and the
// war room formats the user-minutes on every clock tick.
const WHOLE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count for reading: 74059 -> "74,059". */
export const formatCount = (value: number): string => WHOLE_NUMBER.format(Math.round(value));
