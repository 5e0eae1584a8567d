// Join codes people read aloud and type; tokens only machines read. The store keeps a token's hash,
// never the token itself.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../gameday/protocol';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export const newToken = (): string => randomBytes(24).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
