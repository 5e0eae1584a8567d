// Hash routing: the scenario and the seed live in the URL, so Back works and a link replays the
// same drill. #/ (picker), #/brief/<id>?seed=7, #/play/<id>?seed=7, #/debrief/<id>?seed=7; a mode other
// than practice is added as &mode=shadow or &mode=exam.
import { useSyncExternalStore } from 'react';
import type { PlayMode } from '../engine/types';

export type Route =
  | { name: 'picker' }
  | { name: 'brief' | 'play' | 'debrief'; id: string; seed: number; mode?: PlayMode }
  | { name: 'not-found'; path: string };

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
  const [screen, id] = parts;
  if (parts.length === 2 && screen && id && SCREENS.has(screen) && /^[a-z0-9][a-z0-9-]*$/.test(id)) {
    const params = new URLSearchParams(query);
    const seedText = params.get('seed');
    const seed = seedText !== null && /^\d{1,9}$/.test(seedText) ? Number(seedText) : 1;
    const mode = parseMode(params.get('mode'));
    return mode === 'practice' ? { name: screen as 'brief' | 'play' | 'debrief', id, seed } : { name: screen as 'brief' | 'play' | 'debrief', id, seed, mode };
  }
  return { name: 'not-found', path };
}

export function formatRoute(route: Route): string {
  if (route.name === 'picker' || route.name === 'not-found') return '#/';
  const mode = route.mode && route.mode !== 'practice' ? `&mode=${route.mode}` : '';
  return `#/${route.name}/${route.id}?seed=${route.seed}${mode}`;
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
