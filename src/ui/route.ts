// Hash routing: the scenario and the seed live in the URL, so Back works and a link replays the
// same drill. #/ (picker), #/brief/<id>?seed=7, #/play/<id>?seed=7, #/debrief/<id>?seed=7; a mode other
// than practice is added as &mode=shadow or &mode=exam.
// Training levels (onboarding): &level=deputy names a ladder level whose engine mode is not enough to
// tell it apart; #/handbook, #/handbook/<rule id> and #/progress are the handbook and the report.
// Game day: #/gameday/new, #/gameday/join?code=ABC234,
// #/gameday/room/ABC234 (the seat, the spectator view or the facilitator console, by who this tab is),
// #/gameday/ABC234/facilitator?token=... (the facilitator link, swapped for the room's address at once).
import { useSyncExternalStore } from 'react';
import type { PlayMode } from '../engine/types';
import { LEVELS, levelForMode, modeForLevel, type Level } from '../store/levels';

export type Route =
  | { name: 'picker' }
  | { name: 'brief' | 'play' | 'debrief'; id: string; seed: number; mode?: PlayMode; level?: Level }
  | { name: 'handbook'; rule?: string }
  | { name: 'progress' }
  | { name: 'not-found'; path: string }
  // Game day: create a room, join one (the code may be filled in), be in one.
  | { name: 'gameday-new' }
  | { name: 'gameday-join'; code?: string }
  | { name: 'gameday-room'; code: string }
  // The facilitator link: its token is moved to session storage at once and the address replaced.
  | { name: 'gameday-host'; code: string; token: string };

/** A join code as the server hands it out: six letters and digits that cannot be mistaken for each other. */
export const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/;

function parseGameDay(parts: string[], params: URLSearchParams): Route | null {
  const [, screen, code] = parts;
  if (parts.length === 2 && screen === 'new') return { name: 'gameday-new' };
  if (parts.length === 2 && screen === 'join') {
    const wanted = params.get('code')?.toUpperCase();
    return wanted && JOIN_CODE.test(wanted) ? { name: 'gameday-join', code: wanted } : { name: 'gameday-join' };
  }
  if (parts.length === 3 && screen === 'room' && code && JOIN_CODE.test(code.toUpperCase())) return { name: 'gameday-room', code: code.toUpperCase() };
  // #/gameday/<CODE>/facilitator?token=...
  const token = params.get('token');
  if (parts.length === 3 && screen && code === 'facilitator' && JOIN_CODE.test(screen.toUpperCase()) && token && /^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    return { name: 'gameday-host', code: screen.toUpperCase(), token };
  }
  return null;
}

/** The training level of a drill route: named in the URL, or the one its engine mode stands for. */
export const routeLevel = (route: { mode?: PlayMode; level?: Level }): Level => route.level ?? levelForMode(route.mode ?? 'practice');

/** A drill route at a level: the level's engine mode, and the level itself only when the mode does not say it. */
export function atLevel<R extends { name: 'brief' | 'play' | 'debrief'; id: string; seed: number }>(route: R, level: Level): R & { mode?: PlayMode; level?: Level } {
  const rest: R & { mode?: PlayMode; level?: Level } = { ...route };
  delete rest.mode;
  delete rest.level;
  const mode = modeForLevel(level);
  return { ...rest, ...(mode !== 'practice' ? { mode } : {}), ...(levelForMode(mode) !== level ? { level } : {}) };
}

const SCREENS = new Set(['brief', 'play', 'debrief']);

/** The mode in a query string; anything unknown is practice (the default). */
export function parseMode(text: string | null): PlayMode {
  return text === 'shadow' || text === 'exam' ? text : 'practice';
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'picker' };
  if (parts[0] === 'gameday') return parseGameDay(parts, new URLSearchParams(query)) ?? { name: 'not-found', path };
  const [screen, id] = parts;
  if (screen === 'progress' && parts.length === 1) return { name: 'progress' };
  if (screen === 'handbook' && parts.length <= 2) return id && /^[a-z][a-z_.-]*$/.test(id) ? { name: 'handbook', rule: id } : { name: 'handbook' };
  if (parts.length === 2 && screen && id && SCREENS.has(screen) && /^[a-z0-9][a-z0-9-]*$/.test(id)) {
    const params = new URLSearchParams(query);
    const seedText = params.get('seed');
    const seed = seedText !== null && /^\d{1,9}$/.test(seedText) ? Number(seedText) : 1;
    const mode = parseMode(params.get('mode'));
    const base = mode === 'practice' ? { name: screen as 'brief' | 'play' | 'debrief', id, seed } : { name: screen as 'brief' | 'play' | 'debrief', id, seed, mode };
    const level = LEVELS.find((l) => l === params.get('level'));
    return level ? atLevel(base, level) : base;
  }
  return { name: 'not-found', path };
}

export function formatRoute(route: Route): string {
  if (route.name === 'picker' || route.name === 'not-found') return '#/';
  if (route.name === 'progress') return '#/progress';
  if (route.name === 'handbook') return route.rule ? `#/handbook/${route.rule}` : '#/handbook';
  if (route.name === 'gameday-new') return '#/gameday/new';
  if (route.name === 'gameday-join') return route.code ? `#/gameday/join?code=${route.code}` : '#/gameday/join';
  if (route.name === 'gameday-room') return `#/gameday/room/${route.code}`;
  if (route.name === 'gameday-host') return `#/gameday/${route.code}/facilitator?token=${route.token}`;
  const mode = route.mode && route.mode !== 'practice' ? `&mode=${route.mode}` : '';
  const level = route.level && route.level !== levelForMode(route.mode ?? 'practice') ? `&level=${route.level}` : '';
  return `#/${route.name}/${route.id}?seed=${route.seed}${mode}${level}`;
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = formatRoute(route);
  if (options.replace) window.history.replaceState(null, '', hash);
  else window.history.pushState(null, '', hash);
  // pushState does not fire hashchange; tell the subscribers ourselves.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const subscribe = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export const randomSeed = (): number => 1 + Math.floor(Math.random() * 99_999);
