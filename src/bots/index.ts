// The bots: one that plays by the book, one per classic way to get an incident wrong, and random.
import type { Bot } from './bot';
import { chatterbox } from './chatterbox';
import { cowboy } from './cowboy';
import { hero } from './hero';
import { loneWolf } from './loneWolf';
import { panic } from './panic';
import { random } from './random';
import { textbook } from './textbook';
import { underClassifier } from './underClassifier';

export const BOTS: readonly Bot[] = [textbook, hero, loneWolf, panic, chatterbox, underClassifier, cowboy, random];

export const botByName = (name: string): Bot | undefined => BOTS.find((b) => b.name === name);

export { simulate, type SimulateOptions } from './simulate';
export type { Bot } from './bot';
