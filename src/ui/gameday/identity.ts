// Who this tab is in a game day (role, name, the token that takes it back to its seat), kept in
// sessionStorage so a reload or a dropped connection goes back to the same seat. Small on purpose:
// the shell imports it to pick up a facilitator link, so it stays out of the engine's chunk.
import type { Identity } from '../../store/gameDayPort';

const STORAGE_KEY = 'firedrill.gameday.v1';
// The protocol's seats, spelled out: importing them would pull zod and the engine into the first chunk.
const ROLES: readonly string[] = ['ic', 'deputy', 'ops', 'comms', 'scribe', 'sme', 'spectator', 'facilitator'];
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** A stored identity is checked field by field; anything else is dropped. */
export function parseIdentity(value: unknown): Identity | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, role, name, token } = value as Record<string, unknown>;
  if (typeof code !== 'string' || !CODE.test(code)) return null;
  if (typeof role !== 'string' || !ROLES.includes(role)) return null;
  if (typeof name !== 'string' || name.trim().length === 0 || name.length > 40) return null;
  if (typeof token !== 'string' || !TOKEN.test(token)) return null;
  return { code, role: role as Identity['role'], name, token };
}

export function savedIdentity(code?: string): Identity | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const identity = parseIdentity(JSON.parse(raw));
    if (!identity) window.sessionStorage.removeItem(STORAGE_KEY);
    return identity && (code === undefined || identity.code === code) ? identity : null;
  } catch {
    return null;
  }
}

export function saveIdentity(identity: Identity): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // Storage full or blocked: the game day still works, a reload just asks to join again.
  }
}

export function forgetIdentity(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing kept
  }
}

/**
 * The facilitator link (`#/gameday/CODE/facilitator?token=...`) opened in a new tab: keeps the token in
 * this tab's storage and swaps the address for the room's route, so a projected or shared screen never
 * shows the secret. (A link opened in a tab already showing the game goes through the router instead.)
 */
export function takeFacilitatorLink(): void {
  const match = /^#\/gameday\/([A-Za-z0-9]{6})\/facilitator\?(.*)$/.exec(window.location.hash);
  if (!match) return;
  const code = match[1]!.toUpperCase();
  const token = new URLSearchParams(match[2]).get('token');
  if (!token) return;
  const identity = parseIdentity({ code, role: 'facilitator', name: 'Facilitator', token });
  if (identity) saveIdentity(identity);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${identity ? `#/gameday/room/${code}` : '#/gameday/join'}`);
}
