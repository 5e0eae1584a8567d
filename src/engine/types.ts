// The game state: plain JSON only (no Map, Set or class), so it saves, replays and diffs as data.
import type { DoctrinePack } from '../doctrine/pack';
import type { AlertTruth, InjectCondition, InvestigationSource, Metrics, MitigationKind, Place, Scenario } from '../scenario/schema';

export type { Place } from '../scenario/schema';

export const PLAYER_ID = 'you';

/** The reserved actor of a game day's facilitator: never a player, the only one who may steer. */
export const FACILITATOR_ID = 'facilitator';

/** What text says for a player who holds a game-day seat (the seat ids are the players' ids). */
export const SEAT_PLAYER_NAMES: Readonly<Record<string, string>> = {
  ic: 'the incident commander',
  deputy: 'the deputy',
  ops: 'the operations lead',
  comms: 'the communications lead',
  scribe: 'the scribe',
  sme: 'the subject matter expert',
};

/** A player's name in text the engine or the scorer writes: a seat's title, else the id. */
export const playerName = (id: string): string => SEAT_PLAYER_NAMES[id] ?? id;

export type Phase = 'running' | 'ended';

export const PLAY_MODES = ['shadow', 'practice', 'exam'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** How many times the scripted noise bursts are multiplied at each mode. */
export const NOISE_FACTOR: Record<PlayMode, number> = { shadow: 1, practice: 1, exam: 2 };
export type EndReason = 'resolved' | 'time-up' | 'ended-early';

export const ROLES = ['deputy', 'ops', 'comms', 'scribe', 'sme'] as const;
export type Role = (typeof ROLES)[number];

export const MESSAGE_KINDS = ['status', 'decision', 'assignment', 'finding', 'hypothesis', 'question', 'ack', 'chatter'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface StatusFields {
  impact?: string;
  status?: string;
  actions?: string;
  /** Seconds until the next update, as promised by the update. */
  next?: number;
  /** A promised resolution time: doctrine says never to give one. */
  eta?: string;
}

export interface Message {
  id: number;
  at: number;
  place: Place;
  from: string;
  kind: MessageKind;
  text: string;
  /** Present on structured status updates. */
  fields?: StatusFields;
  /** People named with @handle, resolved to ids. */
  mentions?: string[];
}

export interface Alert {
  id: number;
  fingerprint: string;
  alertname: string;
  labels: { service: string; severity: 'critical' | 'warning' | 'info'; instance?: string };
  annotations: { summary: string; description?: string; runbook?: string };
  startsAt: number;
  endsAt: number | null;
  status: 'firing' | 'resolved';
  /** Hidden ground truth, shown only in the debrief. */
  truth: AlertTruth;
  source: string;
  fireCount: number;
  ackedAt: number | null;
  ackedBy: string | null;
  silencedUntil: number | null;
}

export interface ServiceMetrics extends Metrics {
  health: 'ok' | 'degraded' | 'down';
}

export interface FaultState {
  startedAt: number | null;
  /** Strength left once a mitigation took effect (0 = neutralised); null while unmitigated. */
  residual: number | null;
  mitigatedAt: number | null;
  /** Removed for good by a hotfix. */
  fixedAt: number | null;
}

export interface PersonState {
  present: boolean;
  pagedAt: number | null;
  pagedBy: string | null;
  ackedAt: number | null;
  escalatedAt: number | null;
  /** Busy with a task until this time. */
  busyUntil: number;
}

export interface Task {
  id: number;
  by: string;
  to: string;
  work: TaskWork;
  timebox: number;
  assignedAt: number;
  ackedAt: number | null;
  doneAt: number | null;
  status: 'assigned' | 'acknowledged' | 'done';
  /** The investigation or root-cause record this task produced, once started. */
  workIndex: number | null;
}

export type TaskWork =
  | { kind: 'investigate'; source: InvestigationSource; service: string }
  | { kind: 'mitigate'; mitigation: string }
  | { kind: 'root-cause'; step: RootCauseStep; service: string };

export type RootCauseStep = 'deep-dive' | 'write-patch' | 'deploy-hotfix';

export interface Investigation {
  by: string;
  source: InvestigationSource;
  service: string;
  startedAt: number;
  doneAt: number;
  clues: string[];
  done: boolean;
  /** The tools were unreachable (a fault locked responders out): nothing could be seen. */
  blocked?: boolean;
}

export interface AppliedMitigation {
  id: string;
  kind: MitigationKind;
  by: string;
  appliedAt: number;
  effectiveAt: number;
  outcome: 'works' | 'fails' | 'backfires';
  done: boolean;
}

export interface RootCauseWork {
  step: RootCauseStep;
  service: string;
  by: string;
  startedAt: number;
  doneAt: number;
  done: boolean;
  /** Clues a finished deep dive turned up. */
  clues?: string[];
}

export interface CommandState {
  ic: string | null;
  claimedAt: number | null;
  pendingHandoff: { from: string; to: string; at: number } | null;
  roles: Partial<Record<Role, string>>;
  history: { at: number; ic: string | null; how: 'claimed' | 'handoff' }[];
}

export interface SeverityState {
  level: number | null;
  history: { at: number; level: number; by: string }[];
}

/** Something the engine does later: a person's reply, a mitigation taking effect, an inject. */
export type ScheduledEvent =
  | { at: number; seq: number; type: 'page-answered'; person: string }
  | { at: number; seq: number; type: 'page-timeout'; person: string }
  | { at: number; seq: number; type: 'task-acknowledged'; task: number }
  | { at: number; seq: number; type: 'task-finished'; task: number }
  | { at: number; seq: number; type: 'handoff-acknowledged'; from: string; to: string }
  | { at: number; seq: number; type: 'investigation-finished'; index: number }
  | { at: number; seq: number; type: 'mitigation-effective'; index: number }
  | { at: number; seq: number; type: 'root-cause-finished'; index: number }
  | { at: number; seq: number; type: 'inject'; index: number };

export interface Sample {
  at: number;
  impact: number;
  services: Record<string, [rps: number, errorRate: number, p99: number, saturation: number]>;
}

/**
 * What a facilitator can make happen: one of the scenario's optional injects by id, or a free one
 * (a message from a person, a new alert, a metric shift).
 */
export type FacilitatorInject =
  | { kind: 'scripted'; id: string }
  | { kind: 'message'; from: string; place: Place; text: string }
  | { kind: 'alert'; service: string; severity: 'critical' | 'warning' | 'info'; alertname: string; summary: string }
  | { kind: 'metric-shift'; service: string; baseline: Partial<Metrics> };

/** An inject the facilitator armed to fire when an expected action is missed (the timeline's condition language). */
export interface Fallback {
  inject: FacilitatorInject;
  when: InjectCondition;
  armedAt: number;
  firedAt: number | null;
}

export interface LoggedAction {
  at: number;
  action: Action;
}

export interface GameState {
  scenario: Scenario;
  doctrine: DoctrinePack;
  seed: number;
  /** The ladder level the drill is played at: exam brings more noise (and, in the UI, no pause or hints). */
  mode: PlayMode;
  rng: number;
  time: number;
  phase: Phase;
  endReason: EndReason | null;
  players: string[];
  /** Each service's normal metrics; metric-shift injects move them. */
  baselines: Record<string, Metrics>;
  services: Record<string, ServiceMetrics>;
  faults: Record<string, FaultState>;
  /** Share of users affected now, in [0, 1]. */
  impact: number;
  userMinutesLost: number;
  /** When the world stopped bleeding: every impacting fault neutralised. */
  mitigatedAt: number | null;
  /** When a player said so. */
  declaredMitigatedAt: number | null;
  resolvedAt: number | null;
  firstPageAt: number | null;
  history: Sample[];
  alerts: Alert[];
  /** Firing alerts per service as [critical, warning, info]: an index kept beside the list, so
   * readers need not scan thousands of alerts in a storm. */
  firing: Record<string, [critical: number, warning: number, info: number]>;
  /** How many critical alerts have fired so far. */
  criticalFired: number;
  rules: Record<string, { breachedSince: number | null; alert: number | null }>;
  noise: Record<string, { nextAt: number; alert: number | null; count: number }>;
  people: Record<string, PersonState>;
  command: CommandState;
  severity: SeverityState;
  messages: Message[];
  tasks: Task[];
  investigations: Investigation[];
  cluesFound: string[];
  mitigations: AppliedMitigation[];
  rootCause: RootCauseWork[];
  queue: ScheduledEvent[];
  seq: number;
  injectsFired: number[];
  /** Facilitator fallbacks, armed during a game day; each fires at most once. */
  fallbacks: Fallback[];
  /** Bookkeeping for simulated people who speak up on their own. */
  chatter: { lastEtaAskAt: number; lastPileInAt: number; lastCommsUpdateAt: number | null; lastCalloutAt: number };
  log: LoggedAction[];
}

export type Action =
  | { type: 'clock/advanced'; seconds: number }
  | { type: 'command/claimed'; by?: string }
  | { type: 'command/handedOff'; by?: string; to: string }
  | { type: 'role/assigned'; by?: string; role: Role; to: string }
  | { type: 'task/delegated'; by?: string; to: string; work: TaskWork; timebox: number }
  | { type: 'severity/declared'; by?: string; level: number }
  | { type: 'page/sent'; by?: string; to: string }
  | { type: 'message/posted'; by?: string; place: Place; kind: MessageKind; text: string; fields?: StatusFields }
  | { type: 'investigation/started'; by?: string; source: InvestigationSource; service: string }
  | { type: 'mitigation/applied'; by?: string; mitigation: string }
  | { type: 'rootCause/worked'; by?: string; step: RootCauseStep; service: string }
  | { type: 'alert/acknowledged'; by?: string; alert: number; group?: boolean }
  | { type: 'alert/silenced'; by?: string; alert: number; seconds: number; group?: boolean }
  | { type: 'incident/mitigated'; by?: string }
  | { type: 'incident/resolved'; by?: string }
  | { type: 'facilitator/injected'; by?: string; inject: FacilitatorInject }
  | { type: 'facilitator/fallbackArmed'; by?: string; inject: FacilitatorInject; when: InjectCondition }
  | { type: 'facilitator/hinted'; by?: string; to: string; text: string }
  | { type: 'facilitator/ended'; by?: string };

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export type RejectionCode =
  | 'game-over'
  | 'invalid-payload'
  | 'unknown-action'
  | 'unknown-person'
  | 'unknown-service'
  | 'unknown-mitigation'
  | 'unknown-alert'
  | 'not-available'
  | 'not-commander'
  | 'not-facilitator'
  | 'busy';

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export type { InjectCondition, InvestigationSource, MitigationKind } from '../scenario/schema';
