import type { Bot } from './bot';
import { firstOf, investigateAlone, mitigateAlone, resolveWhenQuiet, waitForTrouble } from './moves';

/** Works alone and in silence: no command, no pages, no delegation, no messages. */
export const loneWolf: Bot = {
  name: 'lone-wolf',
  description: 'Never claims command, never delegates, never pages, posts nothing; does everything alone.',
  play: firstOf(waitForTrouble, resolveWhenQuiet, mitigateAlone, investigateAlone),
};
