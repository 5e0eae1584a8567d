// The rule catalog: every rule id the scorer can emit has a handbook anchor, and the live reminders
// read the scorer's own context and the pack's numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTS, simulate } from '../../src/bots';
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../../src/doctrine/pack';
import { createGame, step, type GameState } from '../../src/engine';
import { scoreGame } from '../../src/scoring';
import { liveReminders, RULES, ruleAnchor } from '../../src/scoring/rules';
import { buildHandbook } from '../../src/ui/handbook';
import { loadScenarios } from '../helpers/scenarios';

const SCORING = join(process.cwd(), 'src/scoring');

/** Rule ids written in the scorer's `finding(dimension, rule, ...)` calls, read from its source. */
function ruleIdsInScorer(): { ids: Set<string>; calls: number } {
  const ids = new Set<string>();
  let calls = 0;
  for (const file of readdirSync(SCORING).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(SCORING, file), 'utf8');
    calls += [...source.matchAll(/\bfinding\(/g)].length;
    for (const match of source.matchAll(/\bfinding\(\s*'[a-zA-Z]+',\s*'([a-z_]+\.[a-z_]+)'/g)) ids.add(match[1]!);
  }
  return { ids, calls };
}

const handbookAnchors = (pack: DoctrinePack = DEFAULT_DOCTRINE) => new Set(buildHandbook(pack).flatMap((c) => c.rules.map((r) => r.anchor)));

describe('rule catalog', () => {
  it('gives every rule id the scorer can emit a handbook anchor', () => {
    const { ids, calls } = ruleIdsInScorer();
    // Every finding names its rule as a literal, so the list read from the source is the whole list.
    expect([...ids].length).toBeGreaterThan(15);
    const literal = readdirSync(SCORING)
      .filter((f) => f.endsWith('.ts'))
      .reduce((n, f) => n + [...readFileSync(join(SCORING, f), 'utf8').matchAll(/\bfinding\(\s*'[a-zA-Z]+',\s*'[a-z_]+\.[a-z_]+'/g)].length, 0);
    expect(literal).toBe(calls);
    const anchors = handbookAnchors();
    for (const id of ids) expect(anchors, `rule ${id} has no handbook entry`).toContain(ruleAnchor(id));
  });

  it('covers every rule id the bots actually trigger across the scenarios', () => {
    const anchors = handbookAnchors();
    const seen = new Set<string>();
    for (const scenario of loadScenarios().values()) {
      for (const bot of BOTS.filter((b) => b.name !== 'random')) {
        for (const f of scoreGame(simulate(scenario, bot, { seed: 1 })).findings) seen.add(f.rule);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    for (const rule of seen) expect(anchors).toContain(ruleAnchor(rule));
  });

  it('files every rule under one of the five handbook sections with a unique anchor', () => {
    const chapters = buildHandbook(DEFAULT_DOCTRINE);
    expect(chapters.map((c) => c.title)).toEqual(['The reality of incidents', 'Severity levels', 'Incident coordination', 'Communication', 'Escalation']);
    const all = chapters.flatMap((c) => c.rules.map((r) => r.anchor));
    expect(new Set(all).size).toBe(Object.keys(RULES).length);
  });
});

function advanceTo(state: GameState, t: number): GameState {
  return step(state, { type: 'clock/advanced', seconds: t - state.time });
}

describe('live reminders', () => {
  const scenario = loadScenarios().get('coached-first-drill')!;

  it('reminds that nobody has command, due the pack’s claim window after the incident became visible', () => {
    const quiet = createGame(scenario, { seed: 1 });
    expect(liveReminders(quiet)).toEqual([]);
    const later = advanceTo(quiet, 150);
    const claim = liveReminders(later).find((r) => r.rule === 'command.claim');
    expect(claim?.kind).toBe('timer');
    const withLongerWindow: DoctrinePack = { ...DEFAULT_DOCTRINE, command: { ...DEFAULT_DOCTRINE.command, claimWithinMinutes: DEFAULT_DOCTRINE.command.claimWithinMinutes + 3 } };
    const other = advanceTo(createGame(scenario, { seed: 1, doctrine: withLongerWindow }), 150);
    const otherClaim = liveReminders(other).find((r) => r.rule === 'command.claim');
    expect(otherClaim!.dueAt! - claim!.dueAt!).toBe(180);
  });

  it('drops the reminder once the move is made, and asks for the first update after declaring', () => {
    let state = advanceTo(createGame(scenario, { seed: 1 }), 150);
    state = step(state, { type: 'command/claimed' });
    state = step(state, { type: 'severity/declared', level: 1 });
    const rules = liveReminders(state).map((r) => r.rule);
    expect(rules).not.toContain('command.claim');
    expect(rules).not.toContain('severity.declare');
    const first = liveReminders(state).find((r) => r.rule === 'signal.first_update');
    expect(first?.dueAt).toBe(state.time + DEFAULT_DOCTRINE.signal.firstUpdateMinutes * 60);
  });

  it('points to an open escalation window (a move, not a timer) until the person is paged', () => {
    let state = advanceTo(createGame(scenario, { seed: 1 }), 300);
    const windowOf = (person: string) => scenario.escalation.find((w) => w.person === person)!.latest;
    const escalate = () => liveReminders(state).filter((r) => r.rule === 'escalation.window').map((r) => [r.kind, r.dueAt]);
    // One person at a time, in the scenario's order: the owning on-call first, then the manager.
    expect(escalate()).toEqual([['move', windowOf('noah')]]);
    state = step(state, { type: 'page/sent', to: 'noah' });
    expect(escalate()).toEqual([['move', windowOf('rosa')]]);
    state = step(state, { type: 'page/sent', to: 'rosa' });
    expect(escalate()).toEqual([]);
  });
});
