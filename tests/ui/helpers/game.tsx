// Test helpers for the war-room panels: a real scenario, a real engine, a real store.
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { attempt, type Action, type GameState } from '../../../src/engine';
import { parseScenario } from '../../../src/scenario/parse';
import type { Scenario } from '../../../src/scenario/schema';
import { createGameStore, GameStoreProvider, type GameStore } from '../../../src/store';
import { MotionProvider } from '../../../src/ui/motion';

// jsdom gives import.meta.url an http: scheme, so the scenarios are found from the project root.
const SCENARIOS = join(process.cwd(), 'scenarios/');

export function loadScenario(id = 'checkout-bad-deploy'): Scenario {
  const result = parseScenario(readFileSync(`${SCENARIOS}${id}.yaml`, 'utf8'), `scenarios/${id}.yaml`);
  if (!result.ok) throw new Error(`${id} does not parse: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/** Applies actions to a state, failing loudly on a rejection. */
export function play(state: GameState, ...actions: Action[]): GameState {
  let s = state;
  for (const action of actions) {
    const result = attempt(s, action);
    if (result.rejection) throw new Error(`${action.type} rejected: ${result.rejection.message}`);
    s = result.state;
  }
  return s;
}

export const advance = (seconds: number): Action[] => {
  const out: Action[] = [];
  for (let left = seconds; left > 0; left -= 3600) out.push({ type: 'clock/advanced', seconds: Math.min(3600, left) });
  return out;
};

export function makeStore(seed = 7, id = 'checkout-bad-deploy'): GameStore {
  return createGameStore(loadScenario(id), seed);
}

export function renderWithStore(ui: ReactNode, store: GameStore = makeStore()) {
  const result = render(
    <GameStoreProvider store={store}>
      <MotionProvider>{ui}</MotionProvider>
    </GameStoreProvider>,
  );
  return { ...result, store };
}
