// A small, stable, non-cryptographic hash (cyrb53) for log hashes and alert fingerprints.
// It only needs to tell games apart, and it must give the same answer in Node and the browser.

export function hashString(text: string, seed = 0): string {
  return hashJoined([text], '', seed);
}

/**
 * hashString(parts.join(separator)), without building the joined string first: alert fingerprints
 * are hashed from three parts, thousands of times in a storm.
 */
export function hashJoined(parts: readonly string[], separator: string, seed = 0): string {
  let state: HashState = [0xdeadbeef ^ seed, 0x41c6ce57 ^ seed];
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) state = hashFeed(state, separator);
    state = hashFeed(state, parts[p]!);
  }
  return hashEnd(state);
}

/** The running state of the hash after some text: hashing can resume from a shared prefix. */
export type HashState = readonly [h1: number, h2: number];

export function hashFeed(state: HashState, text: string): HashState {
  let h1 = state[0];
  let h2 = state[1];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return [h1, h2];
}

export function hashEnd(state: HashState): string {
  let h1 = state[0];
  let h2 = state[1];
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // One flat 16-character string, not two joined ones.
  return String.fromCharCode(
    hexCode(h2 >>> 28), hexCode((h2 >>> 24) & 15), hexCode((h2 >>> 20) & 15), hexCode((h2 >>> 16) & 15),
    hexCode((h2 >>> 12) & 15), hexCode((h2 >>> 8) & 15), hexCode((h2 >>> 4) & 15), hexCode(h2 & 15),
    hexCode(h1 >>> 28), hexCode((h1 >>> 24) & 15), hexCode((h1 >>> 20) & 15), hexCode((h1 >>> 16) & 15),
    hexCode((h1 >>> 12) & 15), hexCode((h1 >>> 8) & 15), hexCode((h1 >>> 4) & 15), hexCode(h1 & 15),
  );
}

/** The character code of a hex digit (0-15): '0'-'9', then 'a'-'f'. */
const hexCode = (nibble: number): number => nibble + (nibble < 10 ? 48 : 87);

/** The low six hex digits of n: a short instance name, built as one string. */
export const hex6 = (n: number): string =>
  String.fromCharCode(hexCode((n >>> 20) & 15), hexCode((n >>> 16) & 15), hexCode((n >>> 12) & 15), hexCode((n >>> 8) & 15), hexCode((n >>> 4) & 15), hexCode(n & 15));

/**
 * `(n >>> 0).toString(16).padStart(8, '0')`, the same text built as one string: Number#toString(16)
 * is a slow generic path, and every alert's fingerprint (thousands in a storm) goes through here.
 */
export const hex8 = (n: number): string =>
  String.fromCharCode(
    hexCode(n >>> 28),
    hexCode((n >>> 24) & 15),
    hexCode((n >>> 20) & 15),
    hexCode((n >>> 16) & 15),
    hexCode((n >>> 12) & 15),
    hexCode((n >>> 8) & 15),
    hexCode((n >>> 4) & 15),
    hexCode(n & 15),
  );
