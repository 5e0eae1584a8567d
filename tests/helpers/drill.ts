// A test driver that reads like the product (after tldraw's TestEditor): it drives the real engine
// headless, one chained call per player action, with the clock moved by hand.
//
//   drill(scenario, { seed: 7 })
//     .at('4m').claimCommand().sev(1).page('maya')
//     .advance('10m')
//     .delegate('maya', { kind: 'mitigate', mitigation: 'rollback-checkout' }, '10m')
//     .advance('10m').expectMitigated();
//
// Every call asserts that the engine accepted the action; `.expectRejected(code)` arms the next call
// to assert a rejection with that code instead (and that the state is left exactly as it was).
import { expect } from 'vitest';
import type { DoctrinePack } from '../../src/doctrine/pack';
import { MAX_ADVANCE } from '../../src/engine/actions/advanceClock';
import { attempt, createGame, formatClock, PLAYER_ID } from '../../src/engine';
import type {
  Action,
  Alert,
  GameState,
  InvestigationSource,
  Message,
  MessageKind,
  Place,
  Rejection,
  RejectionCode,
  Role,
  RootCauseStep,
  StatusFields,
  TaskWork,
} from '../../src/engine';
import { parseDuration } from '../../src/scenario/duration';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario } from './scenarios';

/** "4m", "1h30m", "90s", or a number of seconds. */
export type Duration = string | number;

export function seconds(duration: Duration): number {
  const value = parseDuration(duration);
  if (value === null) throw new Error(`not a duration: ${JSON.stringify(duration)}`);
  return value;
}

export interface DrillOptions {
  seed?: number;
  doctrine?: DoctrinePack;
  players?: string[];
}

/** Which messages to look for: any of the fields, the text by substring or pattern. */
export interface MessageQuery {
  from?: string;
  place?: Place;
  kind?: MessageKind;
  text?: string | RegExp;
}

export function matches(message: Message, query: MessageQuery): boolean {
  if (query.from !== undefined && message.from !== query.from) return false;
  if (query.place !== undefined && message.place !== query.place) return false;
  if (query.kind !== undefined && message.kind !== query.kind) return false;
  if (typeof query.text === 'string' && !message.text.includes(query.text)) return false;
  if (query.text instanceof RegExp && !query.text.test(message.text)) return false;
  return true;
}

const describeAction = (action: Action) => JSON.stringify(action);

export class Drill {
  state: GameState;
  /** The rejection the last `.expectRejected()` call saw. */
  lastRejection: Rejection | null = null;
  private expecting: RejectionCode | null = null;
  private actor: string | null = null;

  constructor(readonly scenario: Scenario, options: DrillOptions = {}) {
    this.state = createGame(scenario, {
      seed: options.seed ?? 1,
      ...(options.doctrine ? { doctrine: options.doctrine } : {}),
      ...(options.players ? { players: options.players } : {}),
    });
  }

  get time(): number {
    return this.state.time;
  }

  get messages(): Message[] {
    return this.state.messages;
  }

  get alerts(): Alert[] {
    return this.state.alerts;
  }

  // ---- the engine's door -------------------------------------------------------------------

  /** Any action, as a player sends it (with `by` when `.as()` picked a seat). */
  do(action: Action): this {
    const sent = this.actor !== null && action.type !== 'clock/advanced' ? ({ ...action, by: this.actor } as Action) : action;
    const expected = this.expecting;
    this.expecting = null;
    const before = this.state;
    const result = attempt(before, sent);
    const where = `${describeAction(sent)} at ${formatClock(before.time)}`;
    if (expected !== null) {
      expect(result.rejection, `${where} should be rejected with "${expected}"`).not.toBeNull();
      expect(result.rejection?.code, `${where}: ${result.rejection?.message}`).toBe(expected);
      expect(result.state, `${where}: a rejection leaves the state as it was`).toBe(before);
      this.lastRejection = result.rejection;
      return this;
    }
    expect(result.rejection, `${where} should be accepted`).toBeNull();
    expect(result.state.log.length, `${where} is logged`).toBe(before.log.length + 1);
    this.state = result.state;
    return this;
  }

  /** The next call must be rejected with this code. */
  expectRejected(code: RejectionCode): this {
    if (this.expecting !== null) throw new Error(`expectRejected("${code}") while "${this.expecting}" is still armed`);
    this.expecting = code;
    return this;
  }

  /** Act as this seat from now on (multi-player games); `.as(null)` goes back to the default seat. */
  as(player: string | null): this {
    this.actor = player;
    return this;
  }

  // ---- time --------------------------------------------------------------------------------

  /** Lets time pass (in chunks the engine accepts). */
  advance(duration: Duration): this {
    let left = seconds(duration);
    if (left === 0 && this.expecting === null) return this;
    do {
      const chunk = Math.min(left, MAX_ADVANCE);
      this.do({ type: 'clock/advanced', seconds: chunk });
      left -= chunk;
    } while (left > 0);
    return this;
  }

  /** Moves the clock to an absolute game time. */
  at(time: Duration): this {
    const target = seconds(time);
    if (target < this.time) throw new Error(`.at(${JSON.stringify(time)}): the clock is already at ${formatClock(this.time)}`);
    return this.advance(target - this.time);
  }

  /** Advances one world tick at a time until the predicate holds; fails if it does not within the limit. */
  advanceUntil(predicate: (state: GameState) => boolean, limit: Duration, what = 'the condition'): this {
    const deadline = this.time + seconds(limit);
    while (!predicate(this.state)) {
      if (this.time >= deadline || this.state.phase !== 'running') {
        throw new Error(`${what} did not hold by ${formatClock(this.time)} (waited until ${formatClock(deadline)})`);
      }
      this.advance(Math.min(5, deadline - this.time));
    }
    return this;
  }

  /** Plays the clock out to the end of the drill. */
  toEnd(): this {
    while (this.state.phase === 'running') this.advance(MAX_ADVANCE);
    return this;
  }

  // ---- command -----------------------------------------------------------------------------

  claimCommand(): this {
    return this.do({ type: 'command/claimed' });
  }

  handOff(to: string): this {
    return this.do({ type: 'command/handedOff', to });
  }

  assignRole(role: Role, to: string): this {
    return this.do({ type: 'role/assigned', role, to });
  }

  delegate(to: string, work: TaskWork, timebox: Duration = '10m'): this {
    return this.do({ type: 'task/delegated', to, work, timebox: seconds(timebox) });
  }

  sev(level: number): this {
    return this.do({ type: 'severity/declared', level });
  }

  page(to: string): this {
    return this.do({ type: 'page/sent', to });
  }

  post(text: string, options: { place?: Place; kind?: MessageKind; fields?: StatusFields } = {}): this {
    return this.do({ type: 'message/posted', place: options.place ?? 'main', kind: options.kind ?? 'status', text, ...(options.fields ? { fields: options.fields } : {}) });
  }

  /** A structured stakeholder update in the shape doctrine asks for. */
  update(fields: StatusFields = { impact: 'many customers affected', status: 'mitigating', actions: 'responders engaged', next: 1800 }): this {
    return this.post(`Update: ${fields.impact ?? ''}. ${fields.status ?? ''}.`, { place: 'stakeholders', kind: 'status', fields });
  }

  // ---- hands-on work -----------------------------------------------------------------------

  investigate(source: InvestigationSource, service: string): this {
    return this.do({ type: 'investigation/started', source, service });
  }

  mitigate(mitigation: string): this {
    return this.do({ type: 'mitigation/applied', mitigation });
  }

  rootCause(step: RootCauseStep, service: string): this {
    return this.do({ type: 'rootCause/worked', step, service });
  }

  // ---- alerts and the incident -------------------------------------------------------------

  /** The newest alert with this name (or this id). */
  alert(ref: number | string): Alert {
    const found = typeof ref === 'number' ? this.alerts[ref] : [...this.alerts].reverse().find((a) => a.alertname === ref);
    if (!found) throw new Error(`no alert ${JSON.stringify(ref)} at ${formatClock(this.time)} (have: ${[...new Set(this.alerts.map((a) => a.alertname))].join(', ')})`);
    return found;
  }

  ack(ref: number | string): this {
    return this.do({ type: 'alert/acknowledged', alert: typeof ref === 'number' ? ref : this.alert(ref).id });
  }

  silence(ref: number | string, duration: Duration = '1h'): this {
    return this.do({ type: 'alert/silenced', alert: typeof ref === 'number' ? ref : this.alert(ref).id, seconds: seconds(duration) });
  }

  markMitigated(): this {
    return this.do({ type: 'incident/mitigated' });
  }

  resolve(): this {
    return this.do({ type: 'incident/resolved' });
  }

  // ---- looking -----------------------------------------------------------------------------

  findMessages(query: MessageQuery, since = 0): Message[] {
    return this.messages.filter((m) => m.at >= since && matches(m, query));
  }

  /** Runs assertions on the state mid-chain. */
  tap(check: (state: GameState, drill: this) => void): this {
    check(this.state, this);
    return this;
  }

  expectMessage(query: MessageQuery, since = 0): this {
    expect(this.findMessages(query, since).length, `a message like ${JSON.stringify({ ...query, text: String(query.text ?? '') })} by ${formatClock(this.time)}`).toBeGreaterThan(0);
    return this;
  }

  expectNoMessage(query: MessageQuery, since = 0): this {
    expect(this.findMessages(query, since), `no message like ${JSON.stringify({ ...query, text: String(query.text ?? '') })}`).toEqual([]);
    return this;
  }

  /** The world has stopped bleeding (every started fault neutralised). */
  expectMitigated(): this {
    expect(this.state.mitigatedAt, `mitigated by ${formatClock(this.time)} (impact ${this.state.impact.toFixed(3)})`).not.toBeNull();
    return this;
  }

  expectNotMitigated(): this {
    expect(this.state.mitigatedAt, `not mitigated at ${formatClock(this.time)}`).toBeNull();
    return this;
  }

  expectCommander(id: string | null): this {
    expect(this.state.command.ic).toBe(id);
    return this;
  }

  expectPhase(phase: GameState['phase']): this {
    expect(this.state.phase).toBe(phase);
    return this;
  }
}

/** A new drill on a scenario object or a scenario id from scenarios/. */
export function drill(scenario: Scenario | string, options: DrillOptions = {}): Drill {
  return new Drill(typeof scenario === 'string' ? loadScenario(scenario) : scenario, options);
}

export { PLAYER_ID };
