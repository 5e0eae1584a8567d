import { lazy, Suspense, useEffect } from 'react';
import { GameStoreProvider, useGameLoop, useGameStore, useGameStoreApi, type GameStore } from '../../store';
import { MotionProvider } from '../motion';
import { ActionPalette } from '../panels/ActionPalette';
import { WarRoomPanels } from '../panels/WarRoomPanels';
import { atLevel, navigate } from '../route';
import { levelOf } from '../session';

// The coach (with the textbook bot it reads) loads only when the level has one: not for an IC drill.
const CoachPanel = lazy(() => import('../panels/CoachPanel').then((module) => ({ default: module.CoachPanel })));

function CoachMount() {
  const store = useGameStoreApi();
  const level = levelOf(store);
  if (level === 'ic') return null;
  return (
    <Suspense fallback={null}>
      <CoachPanel level={level} />
    </Suspense>
  );
}

function EndWatcher() {
  const phase = useGameStore((s) => s.game.phase);
  const id = useGameStore((s) => s.game.scenario.id);
  const seed = useGameStore((s) => s.game.seed);
  const level = levelOf(useGameStoreApi());
  useEffect(() => {
    // The war room URL is replaced, so Back from the debrief goes to the briefing, not a finished game.
    if (phase === 'ended') navigate(atLevel({ name: 'debrief', id, seed }, level), { replace: true });
  }, [phase, id, seed, level]);
  return null;
}

function WarRoomHeader() {
  const title = useGameStore((s) => s.game.scenario.title);
  const level = useGameStore((s) => s.game.severity.level);
  return (
    <header className="warroom__header">
      <div className="warroom__title">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          War room
        </p>
        <h1>{title}</h1>
      </div>
      <p className={`sev-badge${level === null ? ' sev-badge--none' : ` sev-badge--${level}`}`}>{level === null ? 'No severity' : `SEV${level}`}</p>
      <ActionPalette />
    </header>
  );
}

export function WarRoom({ store }: { store: GameStore }) {
  useGameLoop(store);
  return (
    <GameStoreProvider store={store}>
      <MotionProvider>
        <main className="screen warroom" id="main">
          <EndWatcher />
          <WarRoomHeader />
          <CoachMount />
          <WarRoomPanels />
        </main>
      </MotionProvider>
    </GameStoreProvider>
  );
}
