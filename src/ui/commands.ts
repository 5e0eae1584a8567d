// Slash commands typed into the composer, turned into engine actions (or a tab switch).
import { ROLES, type Action, type GameState, type MessageKind, type Place, type Role, type StatusFields } from '../engine';
import { parseDuration } from '../scenario/duration';
import { ROLE_TITLES } from './labels';

export type ComposerResult =
  | { kind: 'action'; action: Action }
  | { kind: 'tab'; tab: Place }
  | { kind: 'error'; message: string }
  | { kind: 'none' };

export const SLASH_HELP = '/ic, /sev 1-4, /page <handle>, /handoff @handle, /assign <role> @handle, /status impact=... next=30m, /thread, /main';

function personByHandle(game: GameState, raw: string | undefined) {
  const handle = (raw ?? '').replace(/^@/, '').toLowerCase();
  return handle ? game.scenario.people.find((p) => p.handle === handle || p.id === handle) : undefined;
}

const handles = (game: GameState) => game.scenario.people.map((p) => `@${p.handle}`).join(', ');

const STATUS_KEYS = ['impact', 'status', 'actions', 'next', 'eta'] as const;

/** `impact=checkout down for 40% next=30m` -> fields; values run until the next key=. */
export function parseStatusFields(text: string): { fields: StatusFields; error: string | null } {
  const fields: StatusFields = {};
  const pattern = /(\w+)=(.*?)(?=\s+\w+=|$)/g;
  let matched = false;
  for (const match of text.matchAll(pattern)) {
    matched = true;
    const key = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (!(STATUS_KEYS as readonly string[]).includes(key)) return { fields, error: `Unknown status field "${key}". Use impact=, status=, actions= and next=.` };
    if (!value) return { fields, error: `The status field "${key}" is empty.` };
    if (key === 'next') {
      const seconds = /^\d+$/.test(value) ? Number(value) * 60 : parseDuration(value);
      if (seconds === null || seconds <= 0) return { fields, error: `next= takes a duration like 30m, got "${value}".` };
      fields.next = seconds;
    } else fields[key as Exclude<(typeof STATUS_KEYS)[number], 'next'>] = value;
  }
  if (!matched) return { fields, error: 'A status update needs fields, e.g. /status impact=checkout failing for 40% status=rolling back next=30m' };
  return { fields, error: null };
}

export function statusText(fields: StatusFields): string {
  const parts: string[] = [];
  if (fields.impact) parts.push(`Impact: ${fields.impact}.`);
  if (fields.status) parts.push(`Status: ${fields.status}.`);
  if (fields.actions) parts.push(`Actions: ${fields.actions}.`);
  if (fields.eta) parts.push(`ETA: ${fields.eta}.`);
  if (fields.next !== undefined) parts.push(`Next update in ${Math.round(fields.next / 60)} minutes.`);
  return `Status update. ${parts.join(' ')}`;
}

/** What the composer should do with this text, typed in `place` as a message of `kind`. */
export function interpretComposer(game: GameState, raw: string, place: Place, kind: MessageKind): ComposerResult {
  const text = raw.trim();
  if (!text) return { kind: 'none' };
  if (!text.startsWith('/')) return { kind: 'action', action: { type: 'message/posted', place, kind, text } };
  const [command = '', ...args] = text.slice(1).split(/\s+/);
  const rest = text.slice(1 + command.length).trim();
  switch (command.toLowerCase()) {
    case 'ic':
      return { kind: 'action', action: { type: 'command/claimed' } };
    case 'sev': {
      const level = Number((args[0] ?? '').replace(/^sev/i, ''));
      if (!Number.isInteger(level) || level < 1 || level > 4) return { kind: 'error', message: 'Usage: /sev 1 (from 1, critical, to 4, low).' };
      return { kind: 'action', action: { type: 'severity/declared', level } };
    }
    case 'page': {
      const person = personByHandle(game, args[0]);
      if (!person) return { kind: 'error', message: args[0] ? `Nobody with the handle ${args[0]}. Try ${handles(game)}.` : `Usage: /page <handle>, e.g. /page ${game.scenario.people[0]?.handle ?? 'maya'}.` };
      return { kind: 'action', action: { type: 'page/sent', to: person.id } };
    }
    case 'handoff': {
      const person = personByHandle(game, args[0]);
      if (!person) return { kind: 'error', message: args[0] ? `Nobody with the handle ${args[0]}. Try ${handles(game)}.` : 'Usage: /handoff @handle' };
      return { kind: 'action', action: { type: 'command/handedOff', to: person.id } };
    }
    case 'assign': {
      const role = (args[0] ?? '').toLowerCase() as Role;
      if (!ROLES.includes(role)) return { kind: 'error', message: `Usage: /assign <role> @handle; roles: ${ROLES.map((r) => `${r} (${ROLE_TITLES[r]})`).join(', ')}.` };
      const person = personByHandle(game, args[1]);
      if (!person) return { kind: 'error', message: args[1] ? `Nobody with the handle ${args[1]}. Try ${handles(game)}.` : `Usage: /assign ${role} @handle` };
      return { kind: 'action', action: { type: 'role/assigned', role, to: person.id } };
    }
    case 'status': {
      const { fields, error } = parseStatusFields(rest);
      if (error) return { kind: 'error', message: error };
      return { kind: 'action', action: { type: 'message/posted', place: 'stakeholders', kind: 'status', text: statusText(fields), fields } };
    }
    case 'thread':
      return { kind: 'tab', tab: 'thread' };
    case 'main':
      return { kind: 'tab', tab: 'main' };
    default:
      return { kind: 'error', message: `Unknown command /${command}. Commands: ${SLASH_HELP}.` };
  }
}
