// The coach: reads the game and says what is happening and what the doctrine suggests next. It never
// dispatches a game action; the only thing it may touch is the war room's pause, to wait for the
// player in the coached first drill. What it says fades with the training level:
//   shadow          the situation, the next by-the-book move (the textbook bot, in words) and every reminder
//   scribe, deputy  timer reminders only (no commander yet, severity not declared, an update due)
//   ic              nothing
// The reminders come from the scoring rules' own catalog (src/scoring/rules.ts).
import { createStore } from 'zustand/vanilla';
import { textbook } from '../bots/textbook';
import { formatClock, type Action, type GameState } from '../engine';
import { liveReminders, type RuleId } from '../scoring/rules';
import type { GameStore } from '../store';
import { FIRST_DRILL_ID, type Level } from '../store/ladder';
import { coachFor, registerCoach, type CoachAdvice, type CoachNote, type CoachState, type CoachStore } from './coachRegistry';
import { actionLabel } from './labels';

export { coachFor, type CoachAdvice, type CoachNote, type CoachStore } from './coachRegistry';

/** The rule a by-the-book move serves, so the coach can say why. */
const RULE_OF_MOVE: Partial<Record<Action['type'], RuleId>> = {
  'command/claimed': 'command.claim',
  'command/handedOff': 'command.handoff',
  'role/assigned': 'command.delegate',
  'task/delegated': 'command.delegate',
  'severity/declared': 'severity.declare',
  'page/sent': 'escalation.window',
  'mitigation/applied': 'mitigation.first',
  'investigation/started': 'mitigation.first',
  'alert/acknowledged': 'signal.main_channel',
  'alert/silenced': 'signal.main_channel',
  'incident/mitigated': 'mitigation.time',
  'incident/resolved': 'mitigation.time',
};

export function ruleOfMove(action: Action): RuleId | null {
  if (action.type === 'message/posted') return action.place === 'stakeholders' ? 'signal.cadence' : 'signal.main_channel';
  return RULE_OF_MOVE[action.type] ?? null;
}

/** What is happening, from what the player can see: alerts, customer impact, command, severity. */
export function describeSituation(game: GameState): string {
  let critical = 0;
  let firing = 0;
  for (const [c, w, i] of Object.values(game.firing)) {
    critical += c;
    firing += c + w + i;
  }
  const impact = Math.round(game.impact * 1000) / 10;
  const alerts = firing === 0 ? 'no alert is firing' : `${firing} alert${firing === 1 ? ' is' : 's are'} firing${critical > 0 ? `, ${critical} critical` : ''}`;
  if (game.mitigatedAt !== null) {
    const left = impact < 0.5 ? 'hardly any users are affected now' : `impact is falling (${impact}% of users still affected)`;
    return `The bleeding stopped at ${formatClock(game.mitigatedAt)}: ${left} and ${alerts}. Confirm it holds, tell stakeholders, then resolve.`;
  }
  if (impact < 0.5) return `Customers look fine for now and ${alerts}. Watch the alerts and the channel; noise is normal.`;
  const who = game.command.ic === null ? 'Nobody has command yet.' : game.players.includes(game.command.ic) ? 'You have command.' : 'Someone else has command.';
  const sev = game.severity.level === null ? 'No severity is declared.' : `It is declared SEV${game.severity.level}.`;
  return `Customers are hurting: about ${impact}% of users are affected and ${alerts}. ${who} ${sev}`;
}

const WAITING = 'Nothing needs you yet: watch the alerts and the channel.';

/** The coach's advice for a game at a level. Pure: the same state always gets the same advice. */
export function coachAdvice(game: GameState, level: Level): CoachAdvice {
  if (level === 'ic' || game.phase !== 'running') return { situation: null, next: null, reminders: [] };
  const reminders = liveReminders(game).filter((r) => level === 'shadow' || r.kind === 'timer');
  if (level !== 'shadow') return { situation: null, next: null, reminders };
  let action: Action | null = null;
  try {
    action = textbook.play(game);
  } catch {
    action = null;
  }
  const next = !action || action.type === 'clock/advanced' ? { text: WAITING, rule: null } : { text: actionLabel(game, action), rule: ruleOfMove(action) };
  // A pointer to a move the next-move line already names would only say it twice.
  return { situation: describeSituation(game), next, reminders: reminders.filter((r) => r.kind === 'timer' || r.rule !== next.rule) };
}

/** Notes kept for the channel; older ones are dropped. */
const NOTES_KEPT = 60;

const playerMoved = (before: GameState, after: GameState) => after.log.length > before.log.length && after.log.slice(before.log.length).some((e) => e.action.type !== 'clock/advanced');

/**
 * Follows a game: keeps the advice current and writes a note whenever the coach has something new to
 * say. In the coached first drill at shadow it pauses the clock on each new move and waits.
 */
export function attachCoach(store: GameStore, level: Level): CoachStore {
  const existing = coachFor(store);
  if (existing) return existing;
  const waitsForPlayer = level === 'shadow' && store.getState().game.scenario.id === FIRST_DRILL_ID;
  let seq = 0;
  // Only a pause the coach made is lifted by the coach.
  let pausedByCoach = false;
  const said = new Set<string>();
  const notesFor = (game: GameState, advice: CoachAdvice): CoachNote[] => {
    const out: CoachNote[] = [];
    if (advice.next && advice.next.text !== WAITING && !said.has(`next:${advice.next.text}`)) {
      said.add(`next:${advice.next.text}`);
      out.push({ id: ++seq, at: game.time, kind: 'next', rule: advice.next.rule, text: `Next, by the book: ${advice.next.text}.` });
    }
    for (const r of advice.reminders) {
      // One note per reminder and deadline; a new deadline (the next update) is worth a new note.
      const key = `reminder:${r.rule}:${r.dueAt ?? ''}`;
      if (said.has(key)) continue;
      said.add(key);
      out.push({ id: ++seq, at: game.time, kind: 'reminder', rule: r.rule, text: r.text });
    }
    return out;
  };
  const initial = store.getState().game;
  const firstAdvice = coachAdvice(initial, level);
  // The advice as text, kept beside it: each tick compares against it without serialising it again.
  let adviceKey = JSON.stringify(firstAdvice);
  const coach = createStore<CoachState>()((set) => ({
    level,
    advice: firstAdvice,
    notes: notesFor(initial, firstAdvice),
    waiting: false,
    resume: () => {
      pausedByCoach = false;
      set({ waiting: false });
      store.getState().setPaused(false);
    },
  }));
  store.subscribe((state, previous) => {
    // Resumed from the clock: the coach stops waiting too.
    if (previous.paused && !state.paused && coach.getState().waiting) {
      pausedByCoach = false;
      coach.setState({ waiting: false });
    }
    if (state.game === previous.game) return;
    const advice = coachAdvice(state.game, level);
    const fresh = notesFor(state.game, advice);
    const moved = playerMoved(previous.game, state.game);
    const wait = waitsForPlayer && state.game.phase === 'running' && fresh.some((n) => n.kind === 'next');
    const current = coach.getState();
    const waiting = wait || (current.waiting && !moved && state.game.phase === 'running');
    // Most clock ticks change nothing the coach says: keep its state, so the panel does not re-render.
    const key = JSON.stringify(advice);
    const sameAdvice = key === adviceKey;
    adviceKey = key;
    if (!sameAdvice || fresh.length > 0 || waiting !== current.waiting) {
      coach.setState({
        advice: sameAdvice ? current.advice : advice,
        notes: fresh.length > 0 ? [...current.notes, ...fresh].slice(-NOTES_KEPT) : current.notes,
        waiting,
      });
    }
    if (wait && !state.paused) {
      pausedByCoach = true;
      store.getState().setPaused(true);
    } else if (moved && !wait && pausedByCoach) {
      pausedByCoach = false;
      store.getState().setPaused(false);
    }
  });
  registerCoach(store, coach);
  return coach;
}
