// The performance bench's war room (npm run bench:browser). Exists only when the page is opened with
// `?bench` in the query: it waits for a scenario's YAML text posted by the bench script from the same
// window (window.postMessage), parses it through the same door as every scenario, optionally
// fast-forwards the game, and opens the war room. Nothing bench-specific ships in the scenario list.
import { useEffect, useState } from 'react';
import { attempt, createGame, type GameState } from '../../engine';
import { parseScenario } from '../../scenario/parse';
import { createGameStore, type GameStore } from '../../store';
import { WarRoom } from './WarRoomScreen';

export const BENCH_MESSAGE = 'firedrill-bench-scenario';

export interface BenchMessage {
  type: typeof BENCH_MESSAGE;
  yaml: string;
  seed?: number;
  /** Game seconds to fast-forward before the war room opens (e.g. into an alert storm). */
  startAt?: number;
}

function isBenchMessage(data: unknown): data is BenchMessage {
  return typeof data === 'object' && data !== null && (data as BenchMessage).type === BENCH_MESSAGE && typeof (data as BenchMessage).yaml === 'string';
}

type BenchState = { status: 'waiting' } | { status: 'failed'; message: string } | { status: 'ready'; store: GameStore };

export function openBench(message: BenchMessage): BenchState {
  const parsed = parseScenario(message.yaml, 'bench.yaml');
  if (!parsed.ok) return { status: 'failed', message: parsed.errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`).join('\n') };
  const seed = message.seed ?? 1;
  let initial: GameState | undefined;
  if (message.startAt && message.startAt > 0) {
    const result = attempt(createGame(parsed.scenario, { seed }), { type: 'clock/advanced', seconds: Math.floor(message.startAt) });
    if (result.rejection) return { status: 'failed', message: result.rejection.message };
    initial = result.state;
  }
  return { status: 'ready', store: createGameStore(parsed.scenario, seed, initial) };
}

export default function BenchScreen() {
  const [state, setState] = useState<BenchState>({ status: 'waiting' });
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only this window may post the scenario (the bench script runs in the page itself).
      if (event.source !== window || event.origin !== window.location.origin || !isBenchMessage(event.data)) return;
      setState(openBench(event.data));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  if (state.status === 'ready') return <WarRoom store={state.store} />;
  return (
    <main className="screen loading" id="main">
      <h1 className="visually-hidden">Bench</h1>
      <p role="status" data-bench-status={state.status}>
        {state.status === 'waiting' ? 'Bench: waiting for a scenario…' : state.message}
      </p>
    </main>
  );
}
